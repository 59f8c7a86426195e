/**
 * nginx for the bench: Debian's package, run with a config file of its own that listens on
 * 127.0.0.1 only and keeps every file it writes in bench/tmp.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
	return `# Written by scripts/bench: nginx serving copies of the app's answers.
daemon off;
# One worker, on the servers' one core: each server gets one core, as the app's one Node process.
worker_processes 1;
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
	charset utf-8;
	# Descriptors and sizes kept between requests; the bytes come from the page cache: memory.
	open_file_cache max=100 inactive=60s;
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
