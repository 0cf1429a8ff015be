/**
 * Settings CloudFront refuses at deploy although cfn-lint and the AWS provider let them through
 * (CloudFront API reference: CustomOriginConfig, Origin, OriginGroup; quotas for the timeouts).
 * Judged from the source alone, at the setting's line: EDGE_SETTING_INVALID.
 */

import type { SourceKind } from './types.js'

/** The settings judged here, by a name common to every format. */
export type SettingKey =
  | 'id'
  | 'domain'
  | 'originPath'
  | 'httpPort'
  | 'httpsPort'
  | 'protocolPolicy'
  | 'sslProtocols'
  | 'readTimeout'
  | 'keepAliveTimeout'
  | 'ipAddressType'
  | 'connectionAttempts'
  | 'connectionTimeout'
  | 'headerValue'
  | 'aliases'
  | 'targetOriginId'
  | 'members'
  | 'condition'
  | 'originRequestPolicy'

const CLOUDFORMATION_NAMES: Record<SettingKey, string> = {
  id: 'Id',
  domain: 'DomainName',
  originPath: 'OriginPath',
  httpPort: 'HTTPPort',
  httpsPort: 'HTTPSPort',
  protocolPolicy: 'OriginProtocolPolicy',
  sslProtocols: 'OriginSSLProtocols',
  readTimeout: 'OriginReadTimeout',
  keepAliveTimeout: 'OriginKeepaliveTimeout',
  ipAddressType: 'IpAddressType',
  connectionAttempts: 'ConnectionAttempts',
  connectionTimeout: 'ConnectionTimeout',
  headerValue: 'HeaderValue',
  aliases: 'Aliases',
  targetOriginId: 'TargetOriginId',
  members: 'Members',
  condition: 'Condition',
  originRequestPolicy: 'OriginRequestPolicyId',
}

const TERRAFORM_NAMES: Record<SettingKey, string> = {
  id: 'origin_id',
  domain: 'domain_name',
  originPath: 'origin_path',
  httpPort: 'http_port',
  httpsPort: 'https_port',
  protocolPolicy: 'origin_protocol_policy',
  sslProtocols: 'origin_ssl_protocols',
  readTimeout: 'origin_read_timeout',
  keepAliveTimeout: 'origin_keepalive_timeout',
  ipAddressType: 'ip_address_type',
  connectionAttempts: 'connection_attempts',
  connectionTimeout: 'connection_timeout',
  headerValue: 'custom_header.value',
  aliases: 'aliases',
  targetOriginId: 'target_origin_id',
  members: 'member',
  condition: 'condition',
  originRequestPolicy: 'origin_request_policy_id',
}

/** What the format itself calls a setting, for findings. */
export function settingName(format: SourceKind, key: SettingKey): string {
  if (format === 'terraform-plan') return TERRAFORM_NAMES[key]
  if (format === 'cloudfront-config' && key === 'sslProtocols') return 'OriginSslProtocols'
  return CLOUDFORMATION_NAMES[key]
}

export const EDGE_SSL_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'] as const
export const EDGE_PROTOCOL_POLICIES = ['http-only', 'https-only', 'match-viewer'] as const
export const EDGE_IP_ADDRESS_TYPES = ['ipv4', 'ipv6', 'dualstack'] as const

export interface SettingProblem {
  severity: 'error' | 'warning'
  allowed: string
}

/** An integer, from a number or a numeric string (a Number parameter arrives as a string). */
export function integerOf(value: number | string | undefined): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim())
  return undefined
}

/** The problem with a numeric setting's value, or undefined when CloudFront takes it. */
export function numberProblem(key: SettingKey, value: number | string): SettingProblem | undefined {
  const n = integerOf(value)
  switch (key) {
    case 'httpPort':
    case 'httpsPort': {
      const ok = n !== undefined && (n === 80 || n === 443 || (n >= 1024 && n <= 65535))
      return ok ? undefined : { severity: 'error', allowed: '80, 443, 1024-65535' }
    }
    case 'connectionAttempts':
      return n !== undefined && n >= 1 && n <= 3 ? undefined : { severity: 'error', allowed: '1-3' }
    case 'connectionTimeout':
      return n !== undefined && n >= 1 && n <= 10 ? undefined : { severity: 'error', allowed: '1-10' }
    case 'readTimeout':
    case 'keepAliveTimeout':
      if (n === undefined || n < 1 || n > 180) return { severity: 'error', allowed: '1-180' }
      // Above 60 s CloudFront needs a raised quota first.
      return n > 60 ? { severity: 'warning', allowed: '1-60 (61-180 with a quota increase)' } : undefined
    default:
      return undefined
  }
}

export function enumProblem(key: 'protocolPolicy' | 'ipAddressType' | 'sslProtocols', value: string): SettingProblem | undefined {
  const allowed: readonly string[] =
    key === 'protocolPolicy' ? EDGE_PROTOCOL_POLICIES : key === 'ipAddressType' ? EDGE_IP_ADDRESS_TYPES : EDGE_SSL_PROTOCOLS
  return allowed.includes(value) ? undefined : { severity: 'error', allowed: allowed.join(', ') }
}
