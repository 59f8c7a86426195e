/** Memory and CPU of a running process, read from /proc (Linux). */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident and peak resident memory of a process, in bytes, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rss: number; peak: number } {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field: string) =>
		Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
	return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}

const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** Fields of /proc/<pid>/stat after the command name: field 3 (state) is at index 0. */
function statFields(pid: number | 'self'): string[] {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** utime (field 14) + stime (15): CPU of all the process's threads, in clock ticks. */
function ticksOf(pid: number): number {
	const fields = statFields(pid);
	return Number(fields[11]) + Number(fields[12]);
}

function childrenOf(pid: number): number[] {
	try {
		return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
			readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8')
				.split(/\s+/)
				.filter(Boolean)
				.map(Number)
		);
	} catch {
		return [];
	}
}

/** CPU seconds (user + system) used so far by a process and its children (nginx's workers). */
export function cpuSecondsOf(pid: number): number {
	let ticks = 0;
	for (const id of [pid, ...childrenOf(pid)]) {
		try {
			ticks += ticksOf(id);
		} catch {
			// Exited in between.
		}
	}
	return ticks / clockTicks;
}

/**
 * CPU seconds of this process's children that have exited and been waited for (cutime + cstime,
 * fields 16 and 17): how a child's CPU is read once it is gone (wrk's, after its run).
 */
export function childrenCpuSeconds(): number {
	const fields = statFields('self');
	return (Number(fields[13]) + Number(fields[14])) / clockTicks;
}
