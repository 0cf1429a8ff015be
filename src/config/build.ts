/** Turns a validated, merged origin (the file's kebab-case keys) into the engine's OriginConfig. */

import type { Fields } from './merge.js'
import type { OriginConfig } from './types.js'

export function toOriginConfig(value: Fields, line: number, fieldLines: Record<string, number>): OriginConfig {
  const certificate = value.certificate as Fields
  const timeouts = value.timeouts as Fields
  const health = value.health as Fields | undefined
  const origin: OriginConfig = {
    name: value.name as string,
    domain: value.domain as string,
    edge: value.edge as OriginConfig['edge'],
    protocolPolicy: value['protocol-policy'] as OriginConfig['protocolPolicy'],
    sslProtocols: value['ssl-protocols'] as OriginConfig['sslProtocols'],
    httpPort: value['http-port'] as number,
    httpsPort: value['https-port'] as number,
    ipAddressType: value['ip-address-type'] as OriginConfig['ipAddressType'],
    certificate: { warnDays: certificate['warn-days'] as number, failDays: certificate['fail-days'] as number },
    timeouts: {
      connectMs: timeouts['connect-ms'] as number,
      readMs: timeouts['read-ms'] as number,
      connectAttempts: timeouts['connect-attempts'] as number,
    },
    failOn: value['fail-on'] as OriginConfig['failOn'],
    skip: (value.checks as Fields).skip as OriginConfig['skip'],
    hostHeaders: (value['host-header'] as string[] | undefined) ?? [],
    line,
    fieldLines,
  }
  if (timeouts['keep-alive-ms'] !== undefined) origin.timeouts.keepAliveMs = timeouts['keep-alive-ms'] as number
  if (value.addresses !== undefined) origin.addresses = value.addresses as string[]
  if (health !== undefined) {
    origin.health = {
      path: health.path as string,
      method: health.method as NonNullable<OriginConfig['health']>['method'],
      expectStatus: health['expect-status'] as number[],
      headers: health.headers as Record<string, string>,
    }
  }
  return origin
}
