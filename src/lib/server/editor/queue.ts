/** The editors' queue and one report in it: filters read from the URL, decisions from a form. */
import { z } from 'zod';
import { DECISIONS, REPORT_KINDS, REPORT_STATUSES } from '../../corrections/labels';
import type { CorpusViews } from '../corpus/views';
import { targetsOfTopic } from '../corrections/targets';
import type { QueueFilter } from '../db/reports';

const filterSchema = z.object({
	status: z.enum(['open', ...REPORT_STATUSES, 'all']).catch('open'),
	kind: z.enum([...REPORT_KINDS, 'all']).catch('all'),
	/** A topic id; checked against the corpus (any other value means every topic). */
	topic: z.string().catch('all'),
	age: z.coerce.number().int().min(0).max(3650).optional().catch(undefined)
});
export type QueueQuery = z.infer<typeof filterSchema>;

/** The queue's filters from the URL: a value it does not know is dropped, never an error. */
export function readQueueFilter(
	params: URLSearchParams,
	corpus: CorpusViews
): { query: QueueQuery; filter: QueueFilter } {
	const query = filterSchema.parse({
		status: params.get('status') ?? undefined,
		kind: params.get('kind') ?? undefined,
		topic: params.get('topic') ?? undefined,
		age: params.get('age') || undefined
	});
	if (!corpus.topicById.has(query.topic)) query.topic = 'all';
	return {
		query,
		filter: {
			status: query.status === 'all' ? undefined : query.status,
			kind: query.kind === 'all' ? undefined : query.kind,
			olderThanDays: query.age,
			targets: query.topic === 'all' ? undefined : targetsOfTopic(corpus, query.topic)
		}
	};
}

export const decisionSchema = z
	.object({
		status: z.enum(DECISIONS, { error: 'Choose a decision.' }),
		publicNote: z.string().trim().max(2000, 'Keep the public note to 2,000 characters.'),
		privateNote: z.string().trim().max(2000, 'Keep the private note to 2,000 characters.'),
		duplicateOf: z
			.string()
			.trim()
			.transform((s) => s.replace(/^.*\/corrections\//, '') || null)
	})
	.refine((d) => d.status !== 'duplicate' || d.duplicateOf, {
		message: 'A duplicate names the report it repeats (its id or tracking address).',
		path: ['duplicateOf']
	});

export function readDecision(form: FormData) {
	const text = (n: string) => String(form.get(n) ?? '');
	const values = {
		status: text('status'),
		publicNote: text('publicNote'),
		privateNote: text('privateNote'),
		duplicateOf: text('duplicateOf')
	};
	const parsed = decisionSchema.safeParse(values);
	return parsed.success
		? { ok: true as const, decision: parsed.data, values }
		: { ok: false as const, values, message: parsed.error.issues.map((i) => i.message).join(' ') };
}
