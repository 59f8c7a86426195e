/**
 * The report form: its fields read from FormData, checked by one zod schema, every problem named
 * by field, and the reader's own text handed back so that the form can show it again.
 */
import { z } from 'zod';
import { MAX_DESCRIPTION, MAX_EVIDENCE, REPORT_KINDS } from '../../corrections/labels';

const httpsUrl = z
	.string()
	.url('is not a web address')
	.refine((u) => u.startsWith('https://'), 'must start with https://');

export const reportSchema = z.object({
	target: z.string().min(1, 'Say what the report is about.'),
	kind: z.enum(REPORT_KINDS, { error: 'Choose what is wrong.' }),
	description: z
		.string()
		.trim()
		.min(10, 'Describe the problem in a sentence or more (at least 10 characters).')
		.max(
			MAX_DESCRIPTION,
			`Keep the description to ${MAX_DESCRIPTION.toLocaleString('en-US')} characters.`
		),
	evidence: z.array(httpsUrl).max(MAX_EVIDENCE, `Give at most ${MAX_EVIDENCE} links.`),
	email: z
		.union([z.literal(''), z.email('This email address does not look right.')])
		.transform((e) => e || null)
});
export type ReportForm = z.infer<typeof reportSchema>;

/** What the reader typed, as text, to fill the form again. */
export interface FormValues {
	target: string;
	kind: string;
	description: string;
	evidence: string;
	email: string;
}
export type FieldErrors = Partial<Record<keyof FormValues, string>>;

const text = (form: FormData, name: string) => {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
};

export function readReportForm(form: FormData) {
	const values: FormValues = {
		target: text(form, 'target').trim(),
		kind: text(form, 'kind'),
		description: text(form, 'description'),
		evidence: text(form, 'evidence'),
		email: text(form, 'email').trim()
	};
	// The honeypot: hidden from people (and labelled "leave empty"), filled by form-filling bots.
	const bot = text(form, 'website') !== '';
	const links = values.evidence
		.split(/\s+/)
		.map((l) => l.trim())
		.filter(Boolean);
	const parsed = reportSchema.safeParse({ ...values, evidence: links });
	if (parsed.success) return { ok: true as const, bot, values, report: parsed.data };
	const errors: FieldErrors = {};
	for (const issue of parsed.error.issues) {
		const field = issue.path[0] as keyof FormValues;
		if (errors[field]) continue;
		errors[field] =
			field === 'evidence' && typeof issue.path[1] === 'number'
				? `The link “${links[issue.path[1]].slice(0, 80)}” ${issue.message}.`
				: issue.message;
	}
	return { ok: false as const, bot, values, errors };
}

/**
 * The request's form, read only up to `limit` bytes: the 413 comes before anything is parsed,
 * whether or not the client declared a length.
 */
export async function readLimitedForm(request: Request, limit: number): Promise<FormData | null> {
	const declared = Number(request.headers.get('content-length') ?? 0);
	if (declared > limit) return null;
	if (!request.body) return new FormData();
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel();
			return null;
		}
		chunks.push(value);
	}
	const body = new Blob(chunks as BlobPart[]);
	return new Request('http://localhost/', {
		method: 'POST',
		headers: { 'content-type': request.headers.get('content-type') ?? '' },
		body
	}).formData();
}
