import { BlockList } from 'node:net'
import { networkInterfaces } from 'node:os'
import type { Family } from './types.js'

/**
 * Whether this machine can reach an address of the given family at all. Many CI runners have no
 * IPv6 route: probing there would report the origin as broken when the runner is.
 */
export function canReach(address: string, family: Family, interfaces?: ReturnType<typeof networkInterfaces>): boolean {
  if (isLoopback(address, family)) return true
  // Listing the interfaces costs a system call and a copy of every one: only where the answer needs it.
  return Object.values(interfaces ?? networkInterfaces()).some((list) =>
    (list ?? []).some((i) => !i.internal && familyNumber(i.family) === family && !isLinkLocal(i.address, family)),
  )
}

// Any spelling of a loopback address (`0:0:0:0:0:0:0:1`, `::ffff:127.0.0.1`) needs no route.
const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addSubnet('::1', 128, 'ipv6')
LOOPBACK.addSubnet('::ffff:127.0.0.0', 104, 'ipv6')

function isLoopback(address: string, family: Family): boolean {
  return LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

function isLinkLocal(address: string, family: Family): boolean {
  return family === 4 ? address.startsWith('169.254.') : /^fe[89ab]/i.test(address)
}

function familyNumber(family: string | number): number {
  return family === 'IPv6' || family === 6 ? 6 : 4
}
