import { describe, expect, it } from 'vitest';
import { citedIds, findCitations, paragraphs, stripCitations } from './citations';

describe('inline citations', () => {
	it('reads one, several and pinpointed citations', () => {
		const groups = findCitations('A [@one]. B [@two; @three, p. 4]. C [@four, para. 2].');
		expect(groups.map((g) => g.cites)).toEqual([
			[{ id: 'one' }],
			[{ id: 'two' }, { id: 'three', locator: 'p. 4' }],
			[{ id: 'four', locator: 'para. 2' }]
		]);
		expect(groups.every((g) => !g.malformed)).toBe(true);
	});

	it('flags a bracket it cannot read', () => {
		const [group] = findCitations('Text [@Bad Id].');
		expect(group.malformed).toBe('@Bad Id');
		const [second] = findCitations('Text [@good; nothing].');
		expect(second.malformed).toBe('nothing');
		expect(second.cites).toEqual([{ id: 'good' }]);
	});

	it('leaves ordinary links and brackets alone', () => {
		expect(findCitations('See [the report](https://example.org) and [sic].')).toEqual([]);
	});

	it('strips citations with the space before them', () => {
		expect(stripCitations('It rose [@a]. It fell [@b; @c, p. 2].')).toBe('It rose. It fell.');
		expect(citedIds('x [@a] y [@b; @a]')).toEqual(['a', 'b', 'a']);
	});

	it('splits paragraphs on blank lines', () => {
		expect(paragraphs('one\ntwo\n\n three \n \n\nfour')).toEqual(['one\ntwo', 'three', 'four']);
	});
});
