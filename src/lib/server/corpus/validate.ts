/**
 * Validation: every file through its schema, then the checks that span files. All problems are
 * collected and returned together; nothing here throws on bad data.
 */
import { checkSchema, parseYamlFile, type ParsedFile, type Problem } from './parse';
import { checkPairs, checkRegistries, type CrossContext } from './cross-checks';
import { pair as pairSchema, registries, type Pair, type RegistryName } from './schema';
import type { z } from 'zod';
import { checkBalance } from './balance';

/** The folder, inside the corpus, of source registries beside sources.yaml. */
export const SOURCES_DIR = 'sources';

export interface CorpusFile {
	/** Path relative to the project root, e.g. `claims/family-separation/FS-01.yaml`. */
	path: string;
	text: string;
}

export type Registry<N extends RegistryName> = z.infer<(typeof registries)[N]>;

/** The validated corpus, before views are built on it. */
export interface CorpusData {
	pairs: Pair[];
	topics: Registry<'topics.yaml'>['topics'];
	sources: Registry<'sources.yaml'>['sources'];
	events: Registry<'timeline.yaml'>['events'];
	terms: Registry<'glossary.yaml'>['terms'];
	loadedTerms: Registry<'loaded-terms.yaml'>['terms'];
	retired: Registry<'retired.yaml'>['retired'];
	about: Registry<'about.yaml'>;
}

/** Where a located value came from, so cross-file checks can point at its line. */
export interface Located<T> {
	data: T;
	file: ParsedFile;
}

export interface ValidateOptions {
	/** The day after which a date counts as "in the future" (YYYY-MM-DD). */
	today: string;
	/** The folder the corpus lives in, relative to the project root. */
	root?: string;
}

/** Validates every file of the corpus and the links between them. */
export function validateCorpus(
	files: CorpusFile[],
	{ today, root = 'claims' }: ValidateOptions
): { data: CorpusData | null; problems: Problem[] } {
	const problems: Problem[] = [];
	const registry = <N extends RegistryName>(name: N): Located<Registry<N>> | null => {
		const path = `${root}/${name}`;
		const file = files.find((f) => f.path === path);
		if (!file) {
			problems.push(problemAt(path, 1, '', `missing registry file ${name}`));
			return null;
		}
		const { parsed, problems: syntax } = parseYamlFile(path, file.text);
		problems.push(...syntax);
		if (!parsed) return null;
		const { data, problems: shape } = checkSchema(parsed, registries[name]);
		problems.push(...shape);
		return data ? { data: data as Registry<N>, file: parsed } : null;
	};
	const topics = registry('topics.yaml');
	const sources = registry('sources.yaml');
	const timeline = registry('timeline.yaml');
	const glossary = registry('glossary.yaml');
	const loaded = registry('loaded-terms.yaml');
	const retired = registry('retired.yaml');
	const about = registry('about.yaml');

	// Sources added by topic or by writer may live in sources/*.yaml beside sources.yaml.
	const extraSources: Located<Registry<'sources.yaml'>>[] = [];
	for (const file of files) {
		const rel = file.path.slice(root.length + 1);
		if (!new RegExp(`^${SOURCES_DIR}/[^/]+\\.ya?ml$`).test(rel)) continue;
		const { parsed, problems: syntax } = parseYamlFile(file.path, file.text);
		problems.push(...syntax);
		if (!parsed) continue;
		const { data, problems: shape } = checkSchema(parsed, registries['sources.yaml']);
		problems.push(...shape);
		if (data) extraSources.push({ data, file: parsed });
	}

	const pairs: Located<Pair>[] = [];
	for (const file of files) {
		const rel = file.path.slice(root.length + 1);
		if (!/^[^/]+\/[^/]+\.ya?ml$/.test(rel) || rel.startsWith(`${SOURCES_DIR}/`)) continue;
		const { parsed, problems: syntax } = parseYamlFile(file.path, file.text);
		problems.push(...syntax);
		if (!parsed) continue;
		const { data, problems: shape } = checkSchema(parsed, pairSchema);
		problems.push(...shape);
		if (data) pairs.push({ data, file: parsed });
	}

	if (!topics || !sources || !timeline || !glossary || !loaded || !retired || !about) {
		return { data: null, problems };
	}
	const ctx: CrossContext = { problems, today, root };
	const sourceFiles = [sources, ...extraSources];
	const allSources = sourceFiles.flatMap((f) => f.data.sources);
	checkRegistries(ctx, topics, sourceFiles, timeline, glossary, retired, about);
	checkPairs(ctx, pairs, topics, allSources, timeline, retired);
	problems.push(...checkBalance(pairs, glossary, loaded.data.terms, timeline.data.events));
	const data: CorpusData = {
		pairs: pairs.map((p) => p.data),
		topics: topics.data.topics,
		sources: allSources,
		events: timeline.data.events,
		terms: glossary.data.terms,
		loadedTerms: loaded.data.terms,
		retired: retired.data.retired,
		about: about.data
	};
	return { data: problems.some((p) => p.level === 'error') ? null : data, problems };
}

function problemAt(file: string, line: number, path: string, message: string): Problem {
	return { file, line, path, message, level: 'error' };
}
