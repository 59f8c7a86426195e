// `npm start`: serves the production build on http://localhost:3000 with no environment set.
// PORT, HOST and ORIGIN are honoured when given; adapter-node needs ORIGIN for its origin checks,
// so it defaults to the address the server listens on.
import { existsSync } from 'node:fs';

process.env.PORT ||= '3000';
process.env.HOST ||= '0.0.0.0';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;

if (!existsSync(new URL('../build/index.js', import.meta.url))) {
	console.error('No production build in build/: run `npm run build` first.');
	process.exit(1);
}
console.log(`ICE Debate Explorer on ${process.env.ORIGIN}`);
await import('../build/index.js');
