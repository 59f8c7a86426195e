import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { handoutOf, qrSvg } from './handout';

describe('the handout’s address, date and QR code', () => {
	it('draws the address as an SVG QR code of the right size, with a quiet zone', async () => {
		const address = 'https://example.org/compare?ids=DC-03-C,DC-03-R';
		const svg = await qrSvg(address);
		const size = QRCode.create(address, { errorCorrectionLevel: 'M' }).modules.size + 4;
		expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
		expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
		expect(svg).toMatch(/<path [^>]*d="M/);
		expect(await qrSvg(`${address},EM-01-C`)).not.toBe(svg);
	});

	it('prints the absolute address and today’s date', async () => {
		const handout = await handoutOf(new URL('http://localhost:9/compare?x=1'), '/pairs/DC-03');
		expect(handout.address).toMatch(/^https?:\/\/[^/]+\/pairs\/DC-03$/);
		expect(handout.printed).toBe(new Date().toISOString().slice(0, 10));
		expect(handout.qr).toBe(await qrSvg(handout.address));
	});
});
