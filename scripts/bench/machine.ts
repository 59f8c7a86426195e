/** The machine and tools a bench ran on, for the head of the results. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, hostname, totalmem } from 'node:os';
import { join } from 'node:path';
import { wrkVersion } from './wrk';

/** `uptime`'s line (time, up, users, load averages), trimmed. */
export function uptime(): string {
	const result = spawnSync('uptime', [], { encoding: 'utf8' });
	return result.status === 0 ? result.stdout.trim() : 'uptime unavailable';
}

function packageVersion(name: string, root: string): string {
	try {
		const json = readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8');
		return (JSON.parse(json) as { version: string }).version;
	} catch {
		return '?';
	}
}

function nginxVersion(): string {
	const result = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
	return /nginx\/([\d.]+)/.exec(result.stderr ?? '')?.[1] ?? '?';
}

/** One line per fact: cores, CPU, memory, Node, date, tool versions. */
export function describeMachine(root = process.cwd()): string[] {
	return [
		`Date: ${new Date().toISOString()}`,
		`Machine: ${hostname()}, ${availableParallelism()} cores (nproc), ` +
			`${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, ` +
			'shared with other work',
		`Node ${process.version}; wrk ${wrkVersion()}, sirv ` +
			`${packageVersion('sirv', root)}, nginx ${nginxVersion()}, Lighthouse 12.2.3 in ` +
			`${spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'Chromium'}`
	];
}
