/**
 * `npm run bench -- <name>`: runs scripts/bench/<name>.ts, which prints its own figures.
 */
const name = process.argv[2]
const benches: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  dns: () => import('./bench/dns.js'),
  gate: () => import('./bench/gate.js'),
  tls: () => import('./bench/tls.js'),
  sources: () => import('./bench/sources.js'),
  config: () => import('./bench/config.js'),
}
const load = name ? benches[name] : undefined
if (!load) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}>`)
  process.exit(2)
}
await (await load()).run()
