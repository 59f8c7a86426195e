import { login } from '$lib/server/editor/session';

export function load({ setHeaders }) {
	setHeaders({ 'cache-control': 'no-store' });
}

export const actions = { default: login };
