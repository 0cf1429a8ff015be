import type { NetworkInterfaceInfo } from 'node:os'
import { describe, expect, it } from 'vitest'
import { canReach } from '../../../src/probes/routes.js'

type Table = Record<string, NetworkInterfaceInfo[]>

const loopback: NetworkInterfaceInfo[] = [
  { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
  {
    address: '::1',
    netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
    family: 'IPv6',
    mac: '00:00:00:00:00:00',
    internal: true,
    cidr: '::1/128',
    scopeid: 0,
  },
]
const ipv4Global: NetworkInterfaceInfo = {
  address: '192.0.2.10',
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '02:00:00:00:00:01',
  internal: false,
  cidr: '192.0.2.10/24',
}
const ipv6LinkLocal: NetworkInterfaceInfo = {
  address: 'fe80::1',
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '02:00:00:00:00:01',
  internal: false,
  cidr: 'fe80::1/64',
  scopeid: 2,
}
const ipv6Global: NetworkInterfaceInfo = {
  address: '2001:db8::10',
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '02:00:00:00:00:01',
  internal: false,
  cidr: '2001:db8::10/64',
  scopeid: 0,
}
const ipv4LinkLocal: NetworkInterfaceInfo = {
  address: '169.254.10.20',
  netmask: '255.255.0.0',
  family: 'IPv4',
  mac: '02:00:00:00:00:02',
  internal: false,
  cidr: '169.254.10.20/16',
}

describe('canReach', () => {
  it('with only loopback interfaces: reaches loopback of both families, nothing global', () => {
    const table: Table = { lo: loopback }

    expect(canReach('127.0.0.1', 4, table)).toBe(true)
    expect(canReach('127.0.0.2', 4, table)).toBe(true)
    expect(canReach('::1', 6, table)).toBe(true)
    expect(canReach('2001:db8::1', 6, table)).toBe(false)
    expect(canReach('198.51.100.7', 4, table)).toBe(false)
  })

  it('with a global IPv6 address: reaches global IPv6', () => {
    const table: Table = { lo: loopback, eth0: [ipv4Global, ipv6LinkLocal, ipv6Global] }

    expect(canReach('2001:db8::1', 6, table)).toBe(true)
    expect(canReach('198.51.100.7', 4, table)).toBe(true)
  })

  it('with only a link-local IPv6 address: no IPv6 route, IPv4 still reachable', () => {
    const table: Table = { lo: loopback, eth0: [ipv4Global, ipv6LinkLocal] }

    expect(canReach('2001:db8::1', 6, table)).toBe(false)
    expect(canReach('198.51.100.7', 4, table)).toBe(true)
  })

  it('with only a link-local IPv4 address: no IPv4 route beyond loopback', () => {
    const table: Table = { lo: loopback, eth0: [ipv4LinkLocal, ipv6Global] }

    expect(canReach('198.51.100.7', 4, table)).toBe(false)
    expect(canReach('127.0.0.1', 4, table)).toBe(true)
    expect(canReach('2001:db8::1', 6, table)).toBe(true)
  })

  it('reads numeric families as older Node versions report them', () => {
    const numeric = { ...ipv6Global, family: 6 } as unknown as NetworkInterfaceInfo
    const table: Table = { lo: loopback, eth0: [numeric] }

    expect(canReach('2001:db8::1', 6, table)).toBe(true)
    expect(canReach('198.51.100.7', 4, table)).toBe(false)
  })

  it('with an empty table reaches only loopback', () => {
    expect(canReach('127.0.0.1', 4, {})).toBe(true)
    expect(canReach('::1', 6, {})).toBe(true)
    expect(canReach('198.51.100.7', 4, {})).toBe(false)
    expect(canReach('2001:db8::1', 6, {})).toBe(false)
  })
})

describe('canReach, loopback spellings', () => {
  it.each([['0:0:0:0:0:0:0:1'], ['::1'], ['::ffff:127.0.0.1']])('needs no IPv6 route for %s', (address) => {
    expect(canReach(address, 6, {})).toBe(true)
  })
})
