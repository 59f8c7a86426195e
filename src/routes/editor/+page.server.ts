import { corpus } from '$lib/server/corpus/corpus';
import { listQueue } from '$lib/server/db/reports';
import { readQueueFilter } from '$lib/server/editor/queue';
import { logout, requireEditor } from '$lib/server/editor/session';

export async function load(event) {
	const { db, editor } = await requireEditor(event);
	const { query, filter } = readQueueFilter(event.url.searchParams, corpus);
	const reports = (await listQueue(db, filter)).map((r) => ({
		id: r.id,
		target: r.target,
		kind: r.kind,
		status: r.status,
		created: r.created_at,
		excerpt: r.description.slice(0, 160)
	}));
	const topics = corpus.topics.map((t) => ({ id: t.id, title: t.title }));
	return { editor, query, topics, reports };
}

export const actions = { logout };
