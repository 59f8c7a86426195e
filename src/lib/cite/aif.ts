/**
 * The corpus in the Argument Interchange Format (AIF JSON, as AIFdb and OVA exchange it). Each
 * claim is an I-node; the response attacks the critics' claim through a CA-node ("Default
 * Conflict"); who made a claim is an L-node asserting it through a YA-node, with a locution that
 * carries the claim's date and source URL. Every edge runs through a scheme node.
 *
 * Point by point: each point is an I-node supporting its claim (RA, "Default Inference"); each
 * answer is an I-node in conflict with the point it answers (CA); a point left unanswered has no
 * answer node. Each finding is an I-node that supports (RA) or conflicts with (CA) the points it
 * bears on; AIF has no scheme for "context", so a context bearing is kept in the finding's text only.
 */
import type { ExportClaim, ExportPair } from './model';

export const SCHEME_TYPES = ['RA', 'CA', 'MA', 'PA', 'YA', 'TA'] as const;
export const NODE_TYPES = ['I', 'L', ...SCHEME_TYPES] as const;
export type AifNodeType = (typeof NODE_TYPES)[number];

export interface AifNode {
	nodeID: string;
	text: string;
	type: AifNodeType;
	timestamp?: string;
}
export interface AifEdge {
	edgeID: string;
	fromID: string;
	toID: string;
}
export interface AifLocution {
	nodeID: string;
	personID: string;
	timestamp: string;
	source: string;
}
export interface AifParticipant {
	participantID: string;
	firstname: string;
	surname: string;
}
export interface AifDocument {
	nodes: AifNode[];
	edges: AifEdge[];
	locutions: AifLocution[];
	participants: AifParticipant[];
}

/** Builds the AIF document of the whole corpus. Node ids derive from claim and pair ids. */
export function corpusToAif(pairs: readonly ExportPair[]): AifDocument {
	const doc: AifDocument = { nodes: [], edges: [], locutions: [], participants: [] };
	const people = new Map<string, string>();
	const edge = (fromID: string, toID: string) =>
		doc.edges.push({ edgeID: `e${doc.edges.length + 1}`, fromID, toID });

	const addClaim = (claim: ExportClaim) => {
		doc.nodes.push({ nodeID: claim.id, text: claim.summary, type: 'I' });
		if (!claim.speaker) return;
		const name = claim.speaker.name;
		if (!people.has(name)) {
			const participantID = `p${people.size + 1}`;
			people.set(name, participantID);
			doc.participants.push({ participantID, firstname: name, surname: '' });
		}
		const l = `${claim.id}-L`;
		const ya = `${claim.id}-YA`;
		doc.nodes.push(
			{ nodeID: l, text: `${name}: ${claim.summary}`, type: 'L', timestamp: claim.asOf },
			{ nodeID: ya, text: 'Asserting', type: 'YA' }
		);
		edge(l, ya);
		edge(ya, claim.id);
		doc.locutions.push({
			nodeID: l,
			personID: people.get(name)!,
			timestamp: claim.asOf,
			source: claim.sources[0]?.url ?? ''
		});
	};

	/** `from` supports (RA) or conflicts with (CA) `to`, through a scheme node of its own. */
	const relate = (from: string, to: string, type: 'RA' | 'CA') => {
		const id = `${from}~${type}~${to}`;
		doc.nodes.push({
			nodeID: id,
			text: type === 'RA' ? 'Default Inference' : 'Default Conflict',
			type
		});
		edge(from, id);
		edge(id, to);
	};
	const addPoints = (claim: ExportClaim) => {
		for (const point of claim.points) {
			doc.nodes.push({ nodeID: point.id, text: point.text, type: 'I' });
			relate(point.id, claim.id, 'RA');
		}
	};
	const addAnswers = (claim: ExportClaim) => {
		for (const answer of claim.answers) {
			if (answer.notAddressed) continue;
			const id = `${claim.id}-answers-${answer.point}`;
			doc.nodes.push({ nodeID: id, text: answer.text, type: 'I' });
			relate(id, answer.point, 'CA');
		}
	};

	for (const pair of pairs) {
		addClaim(pair.critique);
		addPoints(pair.critique);
		if (pair.response.status !== 'none-found') {
			addClaim(pair.response);
			addPoints(pair.response);
			const ca = `${pair.id}-CA`;
			doc.nodes.push({ nodeID: ca, text: 'Default Conflict', type: 'CA' });
			edge(pair.response.id, ca);
			edge(ca, pair.critique.id);
		}
		addAnswers(pair.critique);
		addAnswers(pair.response);
		for (const finding of pair.findings) {
			doc.nodes.push({ nodeID: finding.id, text: finding.text, type: 'I' });
			for (const b of finding.bears)
				if (b.how !== 'context') relate(finding.id, b.point, b.how === 'supports' ? 'RA' : 'CA');
		}
	}
	return doc;
}

/**
 * The structural problems of an AIF document: duplicate or mistyped nodes, edges to missing nodes,
 * edges that join two non-scheme nodes (I-to-I among them), locutions of missing L-nodes or people.
 */
export function checkAif(doc: AifDocument): string[] {
	const problems: string[] = [];
	const types = new Map<string, AifNodeType>();
	for (const n of doc.nodes) {
		if (types.has(n.nodeID)) problems.push(`duplicate node ${n.nodeID}`);
		if (!(NODE_TYPES as readonly string[]).includes(n.type))
			problems.push(`node ${n.nodeID} has type ${n.type}`);
		types.set(n.nodeID, n.type);
	}
	const isScheme = (t: AifNodeType | undefined) =>
		(SCHEME_TYPES as readonly string[]).includes(t ?? '');
	for (const e of doc.edges) {
		const from = types.get(e.fromID);
		const to = types.get(e.toID);
		if (!from || !to) problems.push(`edge ${e.edgeID} joins a missing node`);
		else if (!isScheme(from) && !isScheme(to))
			problems.push(`edge ${e.edgeID} joins ${from} to ${to} without a scheme node`);
	}
	const people = new Set(doc.participants.map((p) => p.participantID));
	for (const l of doc.locutions) {
		if (types.get(l.nodeID) !== 'L') problems.push(`locution of ${l.nodeID}, not an L-node`);
		if (!people.has(l.personID)) problems.push(`locution of ${l.nodeID} names no participant`);
	}
	return problems;
}
