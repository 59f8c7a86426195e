/**
 * Mark shapes, so that colour is never the only cue: one d3 symbol per event kind, and mirrored
 * triangles for the two sides (the same shape and size, so neither side looks heavier).
 */
import {
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond,
	symbolSquare,
	symbolStar,
	symbolTriangle,
	symbolWye,
	type SymbolType
} from 'd3-shape';
import type { eventKinds } from '$lib/server/corpus/schema';

type EventKind = (typeof eventKinds)[number];

const KIND_SYMBOL: Record<EventKind, SymbolType> = {
	founding: symbolStar,
	program: symbolSquare,
	policy: symbolCircle,
	law: symbolDiamond,
	court: symbolTriangle,
	report: symbolWye,
	funding: symbolCross
};

/** The SVG path of an event kind's mark, centred on 0,0, `size` square units in area. */
export function kindSymbol(kind: EventKind, size = 90): string {
	return symbol(KIND_SYMBOL[kind], size)() ?? '';
}

/** A triangle, pointing up for critics (drawn above an axis) and down for the response (below it). */
export function sideSymbol(
	side: 'critique' | 'response',
	size = 90
): { d: string; rotate: number } {
	return { d: symbol(symbolTriangle, size)() ?? '', rotate: side === 'critique' ? 0 : 180 };
}

/** A pair inside the length band is a circle; one beyond it a diamond, so the two differ in shape. */
export function parityDotSymbol(beyond: boolean, size = 70): string {
	return symbol(beyond ? symbolDiamond : symbolCircle, size)() ?? '';
}
