// A client that runs beside the load generator, in its own process, so that its timings are not
// the generator's event loop being busy (autocannon saturates its core):
//
//   node side-client.js health <origin> <seconds>
//     asks <origin>/healthz every 250 ms; prints {"count","slowest","failed","loopMax"} (ms), where
//     loopMax is the longest event-loop delay the server itself reported.
//   node side-client.js head <origin> <seconds> <connections> <address> <path>...
//     sends HEAD requests over <connections> keep-alive connections, rotating through the paths
//     ("{n}" in a path becomes a new number each time), as the client <address> (X-Forwarded-For);
//     prints {"statuses","errors","timeouts"}.
//     (autocannon's parser waits for a HEAD response's body, so it cannot send HEAD itself.)
import { Agent, request } from 'node:http';

const [mode, origin, secondsText, ...rest] = process.argv.slice(2);
const until = Date.now() + Number(secondsText) * 1000;
const TIMEOUT_MS = 10_000;

/** One request; resolves with its status, or 'error' / 'timeout'; `onBody` gets the body. */
function send(method, path, agent, headers = {}, onBody = null) {
	return new Promise((resolve) => {
		const options = { method, agent, headers, timeout: TIMEOUT_MS };
		const req = request(`${origin}${path}`, options, (res) => {
			let body = '';
			res.on('data', (chunk) => (body += onBody ? chunk : ''));
			res.on('end', () => {
				onBody?.(body);
				resolve(res.statusCode);
			});
			res.on('error', () => resolve('error'));
		});
		req.on('timeout', () => {
			req.destroy();
			resolve('timeout');
		});
		req.on('error', () => resolve('error'));
		req.end();
	});
}

async function health() {
	const agent = new Agent({ keepAlive: false });
	let count = 0;
	let slowest = 0;
	let failed = 0;
	let loopMax = 0;
	const readLoop = (body) => {
		try {
			loopMax = Math.max(loopMax, JSON.parse(body).eventLoopDelay?.max ?? 0);
		} catch {
			// Not JSON: counted as not ok by its status.
		}
	};
	while (Date.now() < until) {
		const started = performance.now();
		const status = await send('GET', '/healthz', agent, {}, readLoop);
		slowest = Math.max(slowest, performance.now() - started);
		count++;
		if (status !== 200) failed++;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return { count, slowest: Math.round(slowest), failed, loopMax };
}

async function head(connections, address, paths) {
	const agent = new Agent({ keepAlive: true, maxSockets: connections });
	const statuses = {};
	let errors = 0;
	let timeouts = 0;
	let next = 0;
	let serial = 0;
	const loop = async () => {
		while (Date.now() < until) {
			const path = paths[next++ % paths.length].replace('{n}', String(++serial));
			const status = await send('HEAD', path, agent, { 'x-forwarded-for': address });
			if (status === 'error') errors++;
			else if (status === 'timeout') timeouts++;
			else statuses[status] = (statuses[status] ?? 0) + 1;
		}
	};
	await Promise.all(Array.from({ length: connections }, loop));
	agent.destroy();
	return { statuses, errors, timeouts };
}

const result =
	mode === 'health' ? await health() : await head(Number(rest[0]), rest[1], rest.slice(2));
process.stdout.write(`${JSON.stringify(result)}\n`);
