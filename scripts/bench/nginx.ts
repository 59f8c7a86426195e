/**
 * nginx for the bench: Debian's package (installed with apt-get when missing and root), run with a
 * config file of its own that listens on 127.0.0.1 only and keeps every file it writes in bench/tmp.
 */
import { spawnSync, type StdioOptions } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { progress } from './processes';

const NGINX = '/usr/sbin/nginx';

export interface NginxOptions {
	port: number;
	host: string;
	/** The folder served. */
	root: string;
	/** Where the config, pid file, logs and temp folders go. */
	tmpDir: string;
}

/** The config: foreground master (stopped by its PID), no access log, precompressed files served. */
export function nginxConfig({ port, host, root, tmpDir }: NginxOptions): string {
	const temp = (name: string) => join(tmpDir, 'nginx-temp', name);
	return `# Written by scripts/bench: nginx serving a static copy of the app's HTML.
daemon off;
worker_processes auto;
pid ${join(tmpDir, 'nginx.pid')};
error_log ${join(tmpDir, 'nginx-error.log')} warn;
events { worker_connections 1024; }
http {
	types { text/html html; text/css css; application/javascript js; application/json json; }
	default_type application/octet-stream;
	access_log off;
	sendfile on;
	tcp_nopush on;
	# As many requests per connection as Node's server allows, so neither side pays for reconnects.
	keepalive_requests 1000000;
	gzip_static on;
	client_body_temp_path ${temp('body')};
	proxy_temp_path ${temp('proxy')};
	fastcgi_temp_path ${temp('fastcgi')};
	uwsgi_temp_path ${temp('uwsgi')};
	scgi_temp_path ${temp('scgi')};
	server {
		listen ${host}:${port};
		root ${root};
		index index.html;
	}
}
`;
}

/** Writes the config (and the temp folders it names) into `tmpDir`; returns its path. */
export function writeNginxConfig(options: NginxOptions): string {
	mkdirSync(join(options.tmpDir, 'nginx-temp'), { recursive: true });
	const file = join(options.tmpDir, 'nginx.conf');
	writeFileSync(file, nginxConfig(options));
	return file;
}

/** The nginx binary; installs Debian's package first when it is missing and we are root. */
export function ensureNginx(): string {
	if (existsSync(NGINX)) return NGINX;
	if (process.getuid?.() !== 0) {
		throw new Error(`No nginx at ${NGINX}: install Debian's nginx (apt-get install nginx).`);
	}
	progress('nginx is missing: apt-get install nginx');
	// RUNLEVEL=1 keeps invoke-rc.d from starting the packaged service on port 80 after install.
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', 'nginx']
	]) {
		const stdio: StdioOptions = ['ignore', process.stderr, process.stderr];
		const result = spawnSync('apt-get', args, { stdio, env });
		if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
	}
	if (!existsSync(NGINX)) throw new Error(`apt-get installed nginx, but ${NGINX} is missing`);
	return NGINX;
}
