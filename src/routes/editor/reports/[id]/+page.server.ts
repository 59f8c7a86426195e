import { error, fail, redirect } from '@sveltejs/kit';
import { corpus } from '$lib/server/corpus/corpus';
import { resolveTarget } from '$lib/server/corrections/targets';
import { auditTrail, decide, getReport } from '$lib/server/db/reports';
import { readDecision } from '$lib/server/editor/queue';
import { requireEditor } from '$lib/server/editor/session';

export async function load(event) {
	const { db } = await requireEditor(event);
	const report = await getReport(db, event.params.id);
	if (!report) error(404, 'There is no report with this id.');
	return {
		report: { ...report, evidence: JSON.parse(report.evidence) as string[] },
		target: resolveTarget(corpus, report.target),
		audit: await auditTrail(db, report.id)
	};
}

export const actions = {
	default: async (event) => {
		const { db, editor } = await requireEditor(event);
		const read = readDecision(await event.request.formData());
		if (!read.ok) return fail(400, { values: read.values, message: read.message });
		const { duplicateOf } = read.decision;
		if (duplicateOf && (duplicateOf === event.params.id || !(await getReport(db, duplicateOf)))) {
			return fail(400, { values: read.values, message: 'There is no other report with that id.' });
		}
		if (!(await decide(db, event.params.id, editor.id, read.decision))) {
			error(404, 'There is no report with this id.');
		}
		redirect(303, `/editor/reports/${event.params.id}?saved`);
	}
};
