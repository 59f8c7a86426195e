// Admission to the app's handler. Under load a hundred connections each send a request the
// moment their last one is answered, so every turn of the event loop starts about a hundred
// handlers, and a request that arrives then — /healthz, a cached page — is read only on the next
// turn, a hundred handlers later. Here at most `limit` requests are inside the handler at once (a
// request leaves when its answer is ended, or its connection closes); the others wait in order.
// Each turn of the loop then does a bounded amount of the handler's work, and what server.js
// answers itself (/healthz, cached pages, refusals) is answered within a turn or two.
//
// Plain JavaScript, like the server (server.js) that uses it.

export class Admission {
	/**
	 * @param {number} limit requests inside the handler at once
	 * @param {number} [maxInsideMs] after this long inside, a request no longer holds its place
	 *   (it goes on, but a handler that never answers cannot block everyone else)
	 */
	constructor(limit, maxInsideMs = 60_000) {
		this.limit = limit;
		this.maxInsideMs = maxInsideMs;
		this.inside = 0;
		/** @type {((handedOn: boolean) => void)[]} */
		this.waiting = [];
		/** Places given up by requests that stayed inside longer than maxInsideMs. */
		this.overstayed = 0;
	}

	/**
	 * Runs `enter` now if there is room, else when a request ahead of it leaves. `enter` gets a
	 * `leave` function to call once its answer is ended (only its first call counts).
	 * @param {(leave: () => void) => void} enter
	 */
	admit(enter) {
		// `handedOn`: the place of a request that left, kept (still counted in `inside`) for this one.
		const run = (handedOn = false) => {
			if (!handedOn) this.inside++;
			let left = false;
			const leave = () => {
				if (left) return;
				left = true;
				clearTimeout(overstay);
				const next = this.waiting.shift();
				// The place passes to the next on a later turn, so that what arrived meanwhile is read
				// first; until then it stays taken, so no newcomer takes it too.
				if (next) setImmediate(next, true);
				else this.inside--;
			};
			const overstay = setTimeout(() => {
				this.overstayed++;
				leave();
			}, this.maxInsideMs);
			overstay.unref();
			enter(leave);
		};
		if (this.inside < this.limit && this.waiting.length === 0) run();
		else this.waiting.push(run);
	}
}

/**
 * Admits a response's request: `handle` runs when its turn comes, unless the connection closed
 * while it waited (then its place is handed on at once: a handler given a closed response may
 * never end it). The place is left when the answer is ended (its bytes handed to Node, however
 * slowly the client reads them) or the connection closes, whichever comes first.
 * @param {Admission} admission
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} handle
 */
export function admitResponse(admission, res, handle) {
	let closed = false;
	res.once('close', () => (closed = true));
	admission.admit((leave) => {
		if (closed || res.destroyed) return leave();
		const end = res.end;
		res.end = /** @type {typeof res.end} */ (
			/** @this {typeof res} @param {any[]} args */
			function (...args) {
				leave();
				return end.apply(this, /** @type {any} */ (args));
			}
		);
		res.once('close', leave);
		handle();
	});
}

/**
 * ADMISSION_LIMIT from the environment, 8 when unset or not a count.
 * @param {Record<string, string | undefined>} env
 */
export function admissionLimit(env) {
	const n = Number(env.ADMISSION_LIMIT);
	return Number.isInteger(n) && n >= 1 ? n : 8;
}
