/**
 * What a printed page says of itself: its absolute address, the day it was printed, and a QR code
 * of the address, so a handout leads back to the page. The QR code is drawn here, as SVG, by
 * `qrcode`: the library stays on the server and out of the browser's bundle.
 */
import QRCode from 'qrcode';
import { absoluteUrl } from '$lib/cite/model';
import { todayUtc } from '../corpus/load';
import { siteOrigin } from './place';

export interface Handout {
	/** The page's absolute address. */
	address: string;
	/** `YYYY-MM-DD`, UTC: the day the page was rendered (the access date its citations name). */
	printed: string;
	/** An SVG document (`<svg …>…</svg>`) of the address as a QR code, drawn by `qrcode`. */
	qr: string;
}

/** Light modules around the code (the standard asks for 4; the page's white margin adds to these). */
const QUIET_ZONE = 2;

/** Draws an address as a QR code, as SVG markup. */
export function qrSvg(text: string): Promise<string> {
	return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: QUIET_ZONE });
}

/** The handout footer of the page at a site-relative `path`, for a request to `url`. */
export async function handoutOf(url: URL, path: string): Promise<Handout> {
	const address = absoluteUrl(siteOrigin(url), path);
	return { address, printed: todayUtc(), qr: await qrSvg(address) };
}
