/**
 * The balance page, assembled once from the corpus: headline figures, every chart with its summary
 * and table, the checker's balance warnings, and the rules behind them.
 */
import type { Problem } from '../corpus/parse';
import { ARGUMENT_WORDS, MAX_LENGTH_RATIO } from '../corpus/balance';
import type { LoadedTerm } from '../corpus/schema';
import { asOfSection, paritySection, sourceMixSection } from './claim-charts';
import { findingsSection, statusSection, topicSection } from './topic-charts';
import { answersSection, bearingsSection, freshnessSection } from './point-charts';
import { listParity, listUnsourced, type Views } from './stats';

/** A warning as the page shows it, linked to its pair when it is in a pair's file. */
function describeWarning(p: Problem) {
	const pairId = p.file.match(/\/([A-Z]{2}-\d{2,3})\.ya?ml$/)?.[1] ?? null;
	return { where: `${p.file}:${p.line}`, field: p.path, message: p.message, pairId };
}

/** Everything `/balance` renders, computed from the views, the checker's warnings and loaded terms. */
export function buildBalancePage(views: Views, warnings: Problem[], loaded: LoadedTerm[]) {
	const parity = listParity(views);
	return {
		figures: {
			pairs: views.pairs.length,
			beyond: parity.filter((r) => r.beyond).map((r) => r.id),
			unsourced: listUnsourced(views),
			warnings: warnings.length
		},
		sections: {
			byTopic: topicSection(views),
			sourceTypes: sourceMixSection(views, 'type'),
			perspectives: sourceMixSection(views, 'perspective'),
			parity: paritySection(views),
			status: statusSection(views),
			findings: findingsSection(views),
			answers: answersSection(views),
			bearings: bearingsSection(views),
			asOf: asOfSection(views),
			freshness: freshnessSection(views)
		},
		warnings: warnings.map(describeWarning),
		rules: {
			maxRatio: MAX_LENGTH_RATIO,
			words: ARGUMENT_WORDS,
			loadedTerms: [...loaded].sort(
				// Critics' words first, as the critics' side comes first everywhere.
				(a, b) => b.side.localeCompare(a.side) || a.term.localeCompare(b.term)
			)
		}
	};
}
export type BalancePage = ReturnType<typeof buildBalancePage>;
