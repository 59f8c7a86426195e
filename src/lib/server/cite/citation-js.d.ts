// citation-js ships no type declarations: these cover the part of its API this module uses.
declare module '@citation-js/core' {
	/** A set of CSL-JSON items and its output formats. */
	export class Cite {
		constructor(data: unknown);
		data: Record<string, unknown>[];
		format(
			format: 'bibliography',
			options: { template: string; format: 'text' | 'html'; lang: string }
		): string;
		format(format: 'data' | 'biblatex' | 'bibtex', options?: { format?: 'text' }): string;
		format(
			format: 'ris',
			options: { format: 'object'; spec?: 'mixed' | 'new' | 'old' }
		): Record<string, string | string[]>[];
	}
	interface Register<T> {
		add(name: string, value: T): void;
		has(name: string): boolean;
		list(): string[];
	}
	export const plugins: {
		config: {
			get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> };
			get(plugin: '@bibtex'): { format: { useIdAsLabel: boolean; asciiOnly: boolean } };
		};
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
