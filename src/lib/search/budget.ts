/**
 * The work one query may do, counted in steps inside the loops that do it: a step is one move of
 * the fuzzy matcher through the index's terms, one term looked at by a prefix, or one posting a
 * term brings to scoring (every later loop runs over those postings, so they bound it too).
 * Past the budget a query stops adding terms and says it was cut short. Steps are not all alike:
 * on a busy two-core machine a fuzzy move took 150–650 ns (8,322 for one 24-letter `a…~2`: 1.2–5.6
 * ms); a search that spent the whole million on a suggestion took 49 ms (about 50 ns a step).
 */
export const MAX_QUERY_STEPS = 1_000_000;

export class Budget {
	steps = 0;
	/** True once a loop stopped because the budget ran out. */
	exhausted = false;
	constructor(readonly max: number = MAX_QUERY_STEPS) {}

	/** Counts `n` steps; false (and exhausted) if they do not fit in what is left. */
	spend(n = 1): boolean {
		if (this.steps + n > this.max) {
			this.exhausted = true;
			return false;
		}
		this.steps += n;
		return true;
	}
}
