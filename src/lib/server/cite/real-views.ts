/**
 * Test helper: the views of the real corpus in claims/, read from disk as the checker reads it
 * (the corpus' own tests report it if it does not validate).
 */
import { readCorpusFiles, todayUtc } from '../corpus/load';
import { validateCorpus } from '../corpus/validate';
import { buildViews } from '../corpus/views';
import { liveMarkdown } from '../markdown/sanitise';

export function realViews() {
	const { data } = validateCorpus(readCorpusFiles(), { today: todayUtc() });
	if (!data) throw new Error('claims/ does not validate: run npm run check:claims');
	return buildViews(data, liveMarkdown);
}
