import { corpus } from '$lib/server/corpus/corpus';
import { citationFile } from '$lib/server/cite/files';
import { citePlace } from '$lib/server/cite/place';

// Not prerendered: a citation names today's access date.
export async function GET({ params, url }) {
	const file = await citationFile(corpus, params.file, citePlace(url));
	if (file.status !== 200) {
		return new Response(`${file.message}\n`, {
			status: file.status,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'no-cache'
		}
	});
}
