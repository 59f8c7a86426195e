import { listQueue } from '$lib/server/db/reports';
import { readQueueFilter } from '$lib/server/editor/queue';
import { logout, requireEditor } from '$lib/server/editor/session';

export async function load(event) {
	const { db, editor } = await requireEditor(event);
	const { query, filter } = readQueueFilter(event.url.searchParams);
	const reports = (await listQueue(db, filter)).map((r) => ({
		id: r.id,
		target: r.target,
		kind: r.kind,
		status: r.status,
		created: r.created_at,
		excerpt: r.description.slice(0, 160)
	}));
	return { editor, query, reports };
}

export const actions = { logout };
