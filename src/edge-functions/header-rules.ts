/**
 * CloudFront's header rules for edge functions (developer guide, "Restrictions on edge functions"):
 * headers a function may never set, and headers it may not add, change or delete in each event. Either
 * makes CloudFront answer 502 (Lambda@Edge) or 503 (CloudFront Functions) instead of the page.
 */
import type { EdgeEvent } from './types.js'

const DISALLOWED = new Set([
  'connection',
  'expect',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'trailer',
  'upgrade',
  'x-accel-buffering',
  'x-accel-charset',
  'x-accel-limit-rate',
  'x-accel-redirect',
  'x-amzn-auth',
  'x-amzn-cf-billing',
  'x-amzn-cf-id',
  'x-amzn-cf-xff',
  'x-amzn-errortype',
  'x-amzn-fle-profile',
  'x-amzn-header-count',
  'x-amzn-header-order',
  'x-amzn-lambda-integration-tag',
  'x-amzn-requestid',
  'x-cache',
  'x-forwarded-proto',
  'x-real-ip',
])
const DISALLOWED_PREFIXES = ['x-amz-cf-', 'x-edge-']

export function isDisallowedHeader(name: string): boolean {
  const lower = name.toLowerCase()
  return DISALLOWED.has(lower) || DISALLOWED_PREFIXES.some((prefix) => lower.startsWith(prefix))
}

/** Read-only per event: of the request in request events, of the response in response events. */
const READ_ONLY: Record<EdgeEvent, readonly string[]> = {
  'viewer-request': ['content-length', 'host', 'transfer-encoding', 'via'],
  'origin-request': [
    'accept-encoding',
    'content-length',
    'if-modified-since',
    'if-none-match',
    'if-range',
    'if-unmodified-since',
    'transfer-encoding',
    'via',
  ],
  'origin-response': ['transfer-encoding', 'via'],
  'viewer-response': ['warning', 'via'],
}

export function isReadOnlyHeader(event: EdgeEvent, name: string): boolean {
  return READ_ONLY[event].includes(name.toLowerCase())
}

/** Headers a viewer-request function may not add, though it may read them. */
export function isAddForbidden(event: EdgeEvent, name: string): boolean {
  return event === 'viewer-request' && name.toLowerCase() === 'cloudfront-viewer-country'
}
