/**
 * The benchmark's workloads. The mixed workload is 50 queries a reader could type: one word, two
 * words, fuzzy, field-scoped and prefix queries, in the proportions of a search box's traffic
 * (mostly plain words). The hostile set holds the queries that scan most of an index in plain
 * lunr; the search module rewrites or refuses them.
 */
export const MIXED_QUERIES = [
	// one word (20)
	'detention',
	'Flores',
	'courthouse',
	'masks',
	'warrant',
	'deportation',
	'asylum',
	'children',
	'287(g)',
	'sanctuary',
	'oversight',
	'inspector',
	'medical',
	'deaths',
	'bond',
	'raids',
	'citizens',
	'trafficking',
	'budget',
	'detainers',
	// two or three words (15)
	'courthouse arrests',
	'family separation',
	'body cameras',
	'solitary confinement',
	'expedited removal',
	'due process',
	'zero tolerance',
	'detention standards',
	'community trust',
	'human smuggling',
	'criminal records',
	'worksite enforcement',
	'legal representation',
	'local police cooperation',
	'use of force',
	// fuzzy (5)
	'detension~1',
	'flores~1',
	'asylym~1',
	'warant~1',
	'courthose~2',
	// field-scoped (5)
	'question:detention',
	'by:aclu',
	'critique:masks',
	'response:safety',
	'tag:flores',
	// prefix and presence (5)
	'deport*',
	'famil*',
	'+detention +medical',
	'asylum -children',
	'immigr* court*'
] as const;

export const HOSTILE_QUERIES = [
	'*',
	'**',
	'a*',
	'de*',
	'*tion',
	'*e*',
	'e~5',
	'ice~3',
	'detention~9',
	'-ice',
	'-the',
	'+the',
	'ice ice ice ice ice ice ice ice ice ice',
	'ice detention immigration enforcement agency policy court critics',
	'con* pro* imm* det* dep* enf* sta* cou*',
	'a~2 b~2 c~2 d~2',
	'tax:',
	'~',
	'tax^',
	'+-tax',
	'https://www.ice.gov/news/releases',
	`${'abcdefghij '.repeat(20)}`,
	'"""',
	'\\\\\\',
	'question:*',
	'the of and to in a is that for it'
] as const;
