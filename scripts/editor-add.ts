// `npm run editor:add -- <name>`: creates an editor account in the configured database
// (DATA_DIR or DATABASE_URL, as the server). The passphrase is read from EDITOR_PASSPHRASE or,
// when that is unset, typed at the prompt (not echoed).
import { createInterface } from 'node:readline/promises';
import { configFromEnv, openDatabase } from '../src/lib/server/db/connect';
import { addEditor } from '../src/lib/server/db/editors';

async function askHidden(question: string) {
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
	// Echo nothing while the passphrase is typed.
	(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
		if (s === question) process.stdout.write(s);
	};
	const answer = await rl.question(question);
	rl.close();
	process.stdout.write('\n');
	return answer;
}

const name = process.argv[2];
if (!name) {
	console.error(
		'Usage: npm run editor:add -- <name>   (passphrase from EDITOR_PASSPHRASE or a prompt)'
	);
	process.exit(2);
}
const passphrase = process.env.EDITOR_PASSPHRASE ?? (await askHidden('Passphrase: '));
const config = configFromEnv();
const db = await openDatabase(config);
try {
	await addEditor(db.kysely, name, passphrase);
	console.log(
		`Editor "${name}" added (${config.engine === 'sqlite' ? config.file : 'PostgreSQL'}).`
	);
} catch (e) {
	const message = e instanceof Error ? e.message : String(e);
	console.error(
		/unique|constraint/i.test(message) ? `An editor "${name}" already exists.` : message
	);
	process.exitCode = 1;
} finally {
	await db.close();
}
