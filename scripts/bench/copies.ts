/**
 * Each measured route's own answer, fetched from the app once (the bytes as sent, gzip when the
 * app compressed them), written where the yardsticks serve it: sirv and nginx as a file with its
 * .gz twin, bare node:http from memory by manifest.json. Every yardstick then sends that route's
 * bytes, with its content type and encoding.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Capture {
	route: string;
	status: number;
	contentType: string;
	/** The body as sent: compressed when `gzip`. */
	body: Buffer;
	gzip: boolean;
	/** The body decoded. */
	identity: Buffer;
	/** Milliseconds the answer took (the first request of a route after start: its first render). */
	ms: number;
}

/** Extensions that make sirv and nginx send the same content type as the app. */
const EXTENSIONS: Record<string, string> = { 'text/html': 'html', 'application/json': 'json' };

/** GETs `origin + route` with `headers`, keeping the bytes as they came (no decompression). */
export function capture(
	origin: string,
	route: string,
	headers: Record<string, string>
): Promise<Capture> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		get(`${origin}${route}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('error', reject);
			res.on('end', () => {
				const body = Buffer.concat(chunks);
				const gzip = res.headers['content-encoding'] === 'gzip';
				resolve({
					route,
					status: res.statusCode ?? 0,
					contentType: res.headers['content-type'] ?? '',
					body,
					gzip,
					identity: gzip ? gunzipSync(body) : body,
					ms: performance.now() - started
				});
			});
		}).on('error', reject);
	});
}

/** Where copy number `index` of an answer of `contentType` is served: `/copies/<index>.<ext>`. */
export function copyPath(index: number, contentType: string): string {
	const type = contentType.split(';')[0].trim().toLowerCase();
	const extension = EXTENSIONS[type];
	if (!extension) throw new Error(`no copy for content type ${contentType || '(none)'}`);
	return `/copies/${index}.${extension}`;
}

/**
 * Writes each capture into `dir` (emptied first), with a .gz twin holding the app's own gzip bytes
 * when it compressed, and the manifest the node:http yardstick reads; returns each copy's path.
 */
export function writeCopies(dir: string, captures: Capture[]): string[] {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'copies'), { recursive: true });
	const manifest = captures.map((c, i) => {
		if (c.status !== 200) throw new Error(`${c.route} answered ${c.status}, not 200`);
		const path = copyPath(i, c.contentType);
		const file = path.slice(1);
		writeFileSync(join(dir, file), c.identity);
		if (c.gzip) writeFileSync(join(dir, `${file}.gz`), c.body);
		return {
			path,
			headers: { 'content-type': c.contentType },
			file,
			gzipFile: c.gzip ? `${file}.gz` : null
		};
	});
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, '\t'));
	return manifest.map((m) => m.path);
}
