// Kept while the bench still starts this path (scripts/bench/servers.ts): the server is part of
// the build, build/start.js (`npm start`), and this only runs it.
import { existsSync } from 'node:fs';

const entry = new URL('../build/start.js', import.meta.url);
if (!existsSync(entry)) {
	console.error('No production build in build/: run `npm run build` first.');
	process.exit(1);
}
await import(entry.href);
