/** The limits on what readers and editors may send, read once from the environment. */
import { randomBytes } from 'node:crypto';
import { hashClient, type Limit } from '../db/rate-limit';

/** Largest report form accepted (bytes); a bigger body is answered 413 before it is parsed. */
export const MAX_BODY = 16 * 1024;

/** `N/SECONDS`, e.g. `10/3600`: N attempts per window of SECONDS. */
export function parseLimit(bucket: string, spec: string | undefined, fallback: string): Limit {
	const m = /^(\d+)\/(\d+)$/.exec((spec ?? '').trim()) ?? /^(\d+)\/(\d+)$/.exec(fallback)!;
	return { bucket, max: Number(m[1]), windowSeconds: Number(m[2]) };
}

export const REPORT_LIMIT = parseLimit('report', process.env.REPORT_RATE_LIMIT, '10/3600');
export const LOGIN_LIMIT = parseLimit('login', process.env.LOGIN_RATE_LIMIT, '10/900');

// Instances behind one balancer must share the salt (RATE_LIMIT_SALT) for their limits to agree;
// a single instance may let it be random (limits then restart with the process).
const SALT = process.env.RATE_LIMIT_SALT || randomBytes(16).toString('hex');

/** The client as the rate limits know it: a salted hash, never the address itself. */
export const clientId = (address: string) => hashClient(address, SALT);
