import { error } from '@sveltejs/kit';
import { trackedReport } from '$lib/server/corrections/public';
import { NO_STORE } from '$lib/server/corrections/submit';

export async function load({ params, url, setHeaders }) {
	setHeaders(NO_STORE);
	const report = await trackedReport(params.id);
	if (!report) error(404, 'There is no report at this address. Check that it was copied whole.');
	return { report, sent: url.searchParams.has('sent') };
}
