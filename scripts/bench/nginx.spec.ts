import { describe, expect, it } from 'vitest';
import { nginxConfig } from './nginx';

describe('nginxConfig', () => {
	const config = nginxConfig({
		port: 4352,
		host: '127.0.0.1',
		root: '/x/static',
		tmpDir: '/x/tmp'
	});

	it('listens on the given loopback address and port only', () => {
		expect(config.match(/^\s*listen .*;$/gm)).toEqual(['\t\tlisten 127.0.0.1:4352;']);
	});

	it('runs in the foreground with its pid file, logs and temp folders in the bench folder', () => {
		expect(config).toContain('daemon off;');
		expect(config).toContain('pid /x/tmp/nginx.pid;');
		expect(config).toContain('access_log off;');
		expect(config).toContain('worker_processes 1;');
		for (const path of config.matchAll(/(?:_path|error_log) (\S+)/g)) {
			expect(path[1].startsWith('/x/tmp/')).toBe(true);
		}
	});

	it('serves the folder with its precompressed copies', () => {
		expect(config).toContain('root /x/static;');
		expect(config).toContain('gzip_static on;');
	});
});
