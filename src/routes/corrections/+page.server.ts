import { correctionsLog } from '$lib/server/corrections/public';
import { NO_STORE } from '$lib/server/corrections/submit';

export async function load({ setHeaders }) {
	setHeaders(NO_STORE);
	return { reports: await correctionsLog() };
}
