import { corpus } from '$lib/server/corpus/corpus';
import { readLogFilter } from '$lib/server/corrections/log';
import { correctionsLog } from '$lib/server/corrections/public';
import { NO_STORE } from '$lib/server/corrections/submit';

export async function load({ url, setHeaders }) {
	setHeaders(NO_STORE);
	const { about, targets, notices } = readLogFilter(corpus, url.searchParams);
	return { about, notices, reports: await correctionsLog(targets) };
}
