import type { CatalogueEntry } from '../entry.js'

/** C6 and C8: the response the edge reads, and connection reuse. */
export const HTTP_CODES = {
  HTTP_NO_RESPONSE: {
    severity: 'error', cause: 'C6', title: 'No HTTP response',
    message: '{address}:{port} gave no complete response to {method} {path}: {reason}.',
    remedy: 'Make the origin answer {path} within the edge\'s response timeout, whole and on every address.',
  },
  HTTP_MALFORMED_RESPONSE: {
    severity: 'error', cause: 'C6', title: 'Malformed response',
    message: 'The response from {address}:{port} to {method} {path} is malformed: {reason} ("{bytes}").',
    remedy: 'Fix the origin\'s status line and header fields: CRLF line ends, "Name: value" fields, no folded lines, under 32 KiB in all.',
  },
  HTTP_EXTRA_CRLF_IN_HEADERS: {
    severity: 'error', cause: 'C6', title: 'Extra CRLF in headers',
    message: 'The response from {address}:{port} to {method} {path} has an empty line inside its headers ("{bytes}").',
    remedy: 'Remove the stray line break from the origin\'s headers (often a header value that ends in a newline).',
  },
  HTTP_CONTENT_LENGTH_INVALID: {
    severity: 'error', cause: 'C6', title: 'Invalid Content-Length',
    message: 'The response from {address}:{port} to {method} {path} has {reason}: Content-Length {value}.',
    remedy: 'Send one non-negative integer Content-Length that matches the body.',
  },
  HTTP_BODY_EXCEEDS_CONTENT_LENGTH: {
    severity: 'error', cause: 'C6', title: 'Body longer than Content-Length',
    message: 'The response from {address}:{port} to {method} {path} sends more than the announced {contentLength} body bytes: {reason} ("{bytes}").',
    remedy: 'Make Content-Length match the body, and send nothing after it.',
  },
  HTTP_NO_FRAMING: {
    severity: 'warning', cause: 'C6', title: 'No framing',
    message: 'The response from {address}:{port} to {method} {path} has neither Content-Length nor Transfer-Encoding: {reason}.',
    remedy: 'Send Content-Length or chunked encoding, so the body\'s end is known without closing the connection.',
  },
  HTTP_CL_AND_TE: {
    severity: 'error', cause: 'C6', title: 'Content-Length and Transfer-Encoding',
    message: 'The response from {address}:{port} to {method} {path} has both Content-Length and Transfer-Encoding ("{bytes}").',
    remedy: 'Send only one of them: drop Content-Length from chunked responses.',
  },
  HTTP_BAD_CHUNKING: {
    severity: 'error', cause: 'C6', title: 'Bad chunked encoding',
    message: 'The chunked body from {address}:{port} for {method} {path} is invalid: {reason} ("{bytes}").',
    remedy: 'Fix the origin\'s chunked encoding: hexadecimal sizes, CRLF after each chunk, a final 0-size chunk and an empty line.',
  },
  HTTP_BACKEND_5XX: {
    severity: 'error', cause: 'C6', title: 'Backend answers 5xx',
    message: '{address}:{port} answered {status} to {method} {path}{note}.',
    remedy: 'Fix the backend behind {path}: the edge passes its error on to viewers.',
  },
  HTTP_UNEXPECTED_STATUS: {
    severity: 'warning', cause: 'C6', title: 'Unexpected status',
    message: '{address}:{port} answered {status} to {method} {path}; expected {expected}{note}.',
    remedy: 'Fix the health path or the origin, or list the status in health.expect-status.',
  },
  HTTP_KEEPALIVE_TOO_SHORT: {
    severity: 'warning', cause: 'C8', title: 'Keep-alive too short',
    message: '{address}:{port} closes idle connections after {closedAfterMs} ms ({source}); the edge reuses them for up to {edgeMs} ms ({edgeWindowFrom}).',
    remedy: 'Raise the origin\'s keep-alive (idle) timeout above {edgeMs} ms, or lower the edge\'s keep-alive or idle timeout below the origin\'s.',
  },
} as const satisfies Record<string, CatalogueEntry>
