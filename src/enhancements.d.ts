// The enhancement modules' addresses, by entry name (src/lib/server/enhance/vite-plugin.ts).
declare module 'virtual:enhancements' {
	const addresses: Readonly<Record<string, string | undefined>>;
	export default addresses;
}
