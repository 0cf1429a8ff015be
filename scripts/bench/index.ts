/** `npm run bench -- <name> [options]`: runs one benchmark script and prints its figures. */
const BENCHES: Record<string, () => Promise<unknown>> = {
  tls: () => import('./tls.js'),
}

const name = process.argv[2] ?? ''
const bench = BENCHES[name]
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]`)
  process.exit(2)
}
await bench()
