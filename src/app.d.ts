// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Set on 410 Gone: the retired id and what replaced it (see $lib/server/cite/address). */
			retired?: {
				id: string;
				date: string;
				reason: string;
				replacedBy: string | null;
				href: string | null;
			};
		}
	}
}

export {};
