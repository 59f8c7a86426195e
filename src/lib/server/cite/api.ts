/**
 * The JSON API's payloads, built from the corpus views. Pairs and claims are given back in the
 * corpus' own shape (the schema's output), so /api/schema.json describes them exactly.
 */
import { json } from '@sveltejs/kit';
import { claimPath, pairPath } from '$lib/cite/model';
import type { Citation, Claim, Critique, Response as ResponseClaim } from '../corpus/schema';
import type { CitationView, ClaimView, CorpusViews, PairView } from '../corpus/views';
import type { z } from 'zod';
import { API_VERSION, type ApiResponse } from './api-schema';
import { canonicalId, goneError } from './address';

type Views = Pick<
	CorpusViews,
	'pairs' | 'pairById' | 'claimById' | 'sources' | 'sourceById' | 'citedBy' | 'topics'
> &
	Pick<CorpusViews, 'pairsByTopic' | 'events' | 'pairsByEvent'>;

const pairJson = (id: string) => `/api/pairs/${id}.json`;
const claimJson = (id: string) => `/api/claims/${id}.json`;

function rawCitation({ source, quote, pinpoint }: CitationView): Citation {
	return { source, ...(quote ? { quote } : {}), ...(pinpoint ? { pinpoint } : {}) };
}

/** A claim view back in the corpus' shape: no rendered HTML, no resolved sources. */
function rawClaim(claim: ClaimView<Critique>): Critique;
function rawClaim(claim: ClaimView<ResponseClaim>): ResponseClaim;
function rawClaim(claim: ClaimView): Claim;
function rawClaim(claim: ClaimView): Claim {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- view-only fields, dropped
	const { side, pairId, topic, argumentHtml, words, sources, points, answers, ...rest } = claim;
	// The view spreads the claim, so what is left is the claim itself (the schema tests check it).
	return {
		...rest,
		points: points.map(({ id, text }) => ({ id, text })),
		answers: answers.map(({ point, not_addressed, text }) => ({ point, not_addressed, text })),
		sources: sources.map(rawCitation)
	} as Claim;
}

function apiPair(p: PairView): ApiResponse<'pair'>['pair'] {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- view-only fields, dropped
	const { critique, response, findings, rows, sinceReview, ...rest } = p;
	return {
		...rest,
		critique: rawClaim(critique),
		response: rawClaim(response),
		findings: findings.map(({ text, by, date, bears, sources }) => ({
			text,
			by,
			date,
			bears,
			sources: sources.map(rawCitation)
		})),
		links: { html: pairPath(p.id), json: pairJson(p.id) }
	};
}

function sourcesOf(views: Views, claims: ClaimView[]) {
	const ids = new Set(claims.flatMap((c) => c.sources.map((s) => s.source)));
	return [...ids].sort().map((id) => views.sourceById.get(id)!);
}

export function pairsPayload(views: Views): ApiResponse<'pairs'> {
	return { apiVersion: API_VERSION, count: views.pairs.length, pairs: views.pairs.map(apiPair) };
}

/** One pair with the sources its claims cite; null for an unknown id. */
export function pairPayload(views: Views, id: string): ApiResponse<'pair'> | null {
	const p = views.pairById.get(id);
	if (!p) return null;
	return {
		apiVersion: API_VERSION,
		pair: apiPair(p),
		sources: sourcesOf(views, [p.critique, p.response])
	};
}

/** One claim with its pair's heading and its sources; null for an unknown id. */
export function claimPayload(views: Views, id: string): ApiResponse<'claim'> | null {
	const claim = views.claimById.get(id);
	if (!claim) return null;
	const p = views.pairById.get(claim.pairId)!;
	return {
		apiVersion: API_VERSION,
		claim: rawClaim(claim),
		side: claim.side,
		pair: {
			id: p.id,
			topic: p.topic,
			question: p.question,
			last_reviewed: p.last_reviewed,
			revision: p.revision
		},
		sources: sourcesOf(views, [claim]),
		links: { html: claimPath(id), json: claimJson(id) }
	};
}

export function sourcesPayload(views: Views): ApiResponse<'sources'> {
	const sources = views.sources.map((s) => ({
		...s,
		citedBy: (views.citedBy.get(s.id) ?? []).map(({ pairId, claimId, side }) => ({
			pairId,
			claimId,
			side
		}))
	}));
	return { apiVersion: API_VERSION, count: sources.length, sources };
}

export function topicsPayload(views: Views): ApiResponse<'topics'> {
	const topics = views.topics.map((t) => ({
		...t,
		pairs: (views.pairsByTopic.get(t.id) ?? []).map((p) => p.id)
	}));
	return { apiVersion: API_VERSION, topics };
}

export function timelinePayload(views: Views): ApiResponse<'timeline'> {
	const events = views.events.map((e) => ({ ...e, pairs: views.pairsByEvent.get(e.id) ?? [] }));
	return { apiVersion: API_VERSION, events };
}

/** A JSON error answer in the API's shape. */
export function apiError(status: number, message: string): Response {
	const body: ApiResponse<'error'> = { apiVersion: API_VERSION, error: { status, message } };
	return json(body, { status });
}

/**
 * GET /api/pairs/<id>.json and /api/claims/<id>.json: the payload, or a JSON error: 400 for an id
 * of the wrong shape, 410 for a retired id, 404 for an unknown one.
 */
export function answerById(
	views: Views & Pick<CorpusViews, 'retiredById'>,
	id: string,
	kind: {
		noun: 'pair' | 'claim';
		pattern: z.ZodType<string>;
		payload: (v: Views, id: string) => object | null;
	}
): Response {
	const canonical = canonicalId(id);
	if (canonical)
		return new Response(null, {
			status: 308,
			headers: { location: `/api/${kind.noun}s/${canonical}.json` }
		});
	const parsed = kind.pattern.safeParse(id);
	if (!parsed.success) return apiError(400, parsed.error.issues[0].message);
	const body = kind.payload(views, id);
	if (body) return json(body);
	const retired = views.retiredById.get(id);
	if (retired) return apiError(410, goneError(retired).message);
	return apiError(404, `There is no ${kind.noun} with the id "${id}".`);
}
