// `npm start`'s environment, set before the server loads (build/start.js, written by
// scripts/bundle-server.js, runs this and then build/index.js).

/**
 * `npm start`'s defaults (build/start.js): port 3000 on every interface, and ORIGIN its own
 * address, which adapter-node needs for its origin checks. `node build` leaves them unset, so a
 * server deployed without ORIGIN or ALLOWED_HOSTS refuses to start (http/origin.ts).
 * @param {NodeJS.ProcessEnv} env
 */
export function startDefaults(env) {
	env.PORT ||= '3000';
	env.HOST ||= '0.0.0.0';
	env.ORIGIN ||= `http://localhost:${env.PORT}`;
}
