import type { CatalogueEntry, Phrase } from '../entry.js'

/** How the stream ended, when it ended too early. */
const ENDING: Phrase = {
  by: 'end',
  is: {
    closed: 'the origin closed the connection',
    reset: 'the origin reset the connection',
    timeout: 'the read timeout of {afterMs} ms passed',
  },
}
const RECEIVED: Phrase = { by: 'bytesReceived', is: { '1': '1 byte', '*': '{bytesReceived} bytes' } }
const EXTRA: Phrase = { by: 'extraBytes', is: { '1': '1 byte', '*': '{extraBytes} bytes' } }

/** A status that is not the expected one may be a redirect to another host: where following it ended. */
const REDIRECT_NOTE: Phrase = {
  by: 'redirectOutcome',
  is: {
    followed: '; it redirects to another host, {redirect.host} ({redirect.followed.url} answers {redirect.followed.status})',
    'follow-failed': '; it redirects to another host, {redirect.host} (following it failed: {redirect.followed.error})',
    'not-followed': '; it redirects to another host, {redirect.host}',
    '*': '',
  },
}

/** C6 and C8: the response the edge reads, and connection reuse. */
export const HTTP_CODES = {
  HTTP_NO_RESPONSE: {
    severity: 'error',
    cause: 'C6',
    title: 'No HTTP response',
    message: '{address}:{port} gave no complete response to {method} {path}: {what}.',
    remedy: "Make the origin answer {path} within the edge's response timeout, whole and on every address.",
    phrases: {
      what: {
        by: 'problem',
        is: {
          'connect-timeout': 'no connection within {afterMs} ms',
          'connect-error': '{error}',
          'tls-timeout': 'no TLS handshake within {afterMs} ms',
          'tls-error': '{error}',
          'nothing-before-timeout': 'nothing arrived within the read timeout of {afterMs} ms',
          'partial-head-before-timeout':
            'only {received} arrived within the read timeout of {afterMs} ms, and the header block had not ended',
          'ended-before-any-byte': '{ending} before sending a byte',
          'ended-in-head': '{ending} after {received}, before the header block ended',
          'ended-in-body': '{ending} after {bodyBytes} of {contentLength} announced body bytes',
          '*': 'the response ended early ({problem})',
        },
      },
      ending: ENDING,
      received: RECEIVED,
    },
  },
  HTTP_CONNECTION_RESET: {
    severity: 'error',
    cause: 'C6',
    title: 'Connection reset mid-response',
    message: '{address}:{port} reset the connection (TCP RST) in the middle of its response to {method} {path}: {where}.',
    remedy:
      'Find what kills the connection mid-response (a crashing worker, a proxy or firewall rule, a target being drained) and let the origin finish its response.',
    phrases: {
      where: {
        by: 'problem',
        is: {
          'ended-in-head': 'after {received}, before the header block ended',
          'ended-in-body': 'after {bodyBytes} of {contentLength} announced body bytes',
          'ended-in-chunks': 'after {bodyBytes} body bytes, before the last chunk',
          'unframed-body-reset': 'after {bodyBytes} body bytes of a body only a clean close could end',
          '*': 'after {received}',
        },
      },
      received: RECEIVED,
    },
  },
  HTTP_MALFORMED_RESPONSE: {
    severity: 'error',
    cause: 'C6',
    title: 'Malformed response',
    message: 'The response from {address}:{port} to {method} {path} is malformed: {what} ("{bytes}").',
    remedy: 'Fix the origin\'s status line and header fields: CRLF line ends, "Name: value" fields, no folded lines, under 32 KiB in all.',
    phrases: {
      what: {
        by: 'problem',
        is: {
          'leading-empty-line': '{count} empty line(s) before the status line',
          'bare-lf': 'a line ends in LF without CR',
          'status-line-syntax': 'the status line is not "HTTP/1.x NNN reason"',
          'unsupported-version': 'unsupported version {version} in answer to HTTP/1.1',
          'status-out-of-range': 'status {status} is outside 100-599',
          'too-many-interim': 'more than {limit} interim 1xx responses',
          'whitespace-before-first-field': 'whitespace before the first header field',
          'obs-fold': 'a header value folded onto a continuation line (obs-fold)',
          'no-colon': 'a header line without a colon',
          'empty-name': 'a header line with an empty field name',
          'space-before-colon': 'whitespace between the field name and its colon',
          'name-not-token': 'a field name with characters outside the token set',
          'bare-cr-in-value': 'a bare CR inside the {field} value',
          'control-byte-in-value': 'a control byte inside the {field} value',
          'header-block-too-large': 'the header block is over {limit} bytes',
          'te-not-chunked-last': 'Transfer-Encoding does not end in exactly one chunked',
          '*': 'a defect the balancer rejects ({problem})',
        },
      },
    },
  },
  HTTP_EXTRA_CRLF_IN_HEADERS: {
    severity: 'error',
    cause: 'C6',
    title: 'Extra CRLF in headers',
    message: 'The response from {address}:{port} to {method} {path} has an empty line inside its headers ("{bytes}").',
    remedy: "Remove the stray line break from the origin's headers (often a header value that ends in a newline).",
  },
  HTTP_CONTENT_LENGTH_INVALID: {
    severity: 'error',
    cause: 'C6',
    title: 'Invalid Content-Length',
    message: 'The response from {address}:{port} to {method} {path} has {what}: Content-Length {value}.',
    remedy: 'Send one non-negative integer Content-Length that matches the body.',
    phrases: {
      what: {
        by: 'problem',
        is: {
          'cl-empty': 'an empty Content-Length',
          'cl-negative': 'a negative Content-Length',
          'cl-too-large': 'a Content-Length too large to be real',
          'cl-not-integer': 'a Content-Length that is not an integer',
          'cl-conflict': 'several Content-Length values that differ',
          '*': 'an invalid Content-Length',
        },
      },
    },
  },
  HTTP_BODY_EXCEEDS_CONTENT_LENGTH: {
    severity: 'error',
    cause: 'C6',
    title: 'Body longer than Content-Length',
    message:
      'The response from {address}:{port} to {method} {path} sends more than the announced {contentLength} body bytes: {what} ("{bytes}").',
    remedy: 'Make Content-Length match the body, and send nothing after it.',
    phrases: {
      what: {
        by: 'problem',
        is: {
          'bytes-beyond-length': '{extra} beyond the announced {contentLength}',
          'body-not-allowed': 'a body ({extra}) on a {bodiless}, which has none',
          '*': '{extra} more',
        },
      },
      bodiless: { by: 'method', is: { HEAD: 'response to HEAD', '*': '{status} response' } },
      extra: EXTRA,
    },
  },
  HTTP_NO_FRAMING: {
    severity: 'warning',
    cause: 'C6',
    title: 'No framing',
    message: 'The response from {address}:{port} to {method} {path} has neither Content-Length nor Transfer-Encoding: {what}.',
    remedy: "Send Content-Length or chunked encoding, so the body's end is known without closing the connection.",
    phrases: {
      what: {
        by: 'problem',
        is: {
          'unframed-body-timeout':
            'no Content-Length or Transfer-Encoding, and the body had not ended after {afterMs} ms ({bodyBytes} bytes)',
          'unframed-body-close': 'the {bodyBytes}-byte body ends only where the connection closes',
          'unframed-body-over-budget':
            'no Content-Length or Transfer-Encoding, and the body had not ended after {bodyBytes} bytes, where the reading stops',
          '*': 'the body ends only where the connection closes',
        },
      },
    },
  },
  HTTP_CL_AND_TE: {
    severity: 'error',
    cause: 'C6',
    title: 'Content-Length and Transfer-Encoding',
    message: 'The response from {address}:{port} to {method} {path} has both Content-Length and Transfer-Encoding ("{bytes}").',
    remedy: 'Send only one of them: drop Content-Length from chunked responses.',
  },
  HTTP_BAD_CHUNKING: {
    severity: 'error',
    cause: 'C6',
    title: 'Bad chunked encoding',
    message: 'The chunked body from {address}:{port} for {method} {path} is invalid: {what} ("{bytes}").',
    remedy: "Fix the origin's chunked encoding: hexadecimal sizes, CRLF after each chunk, a final 0-size chunk and an empty line.",
    phrases: {
      what: {
        by: 'problem',
        is: {
          'chunk-data-no-crlf': 'chunk data is not followed by CRLF (more data than its size says?)',
          'chunk-line-unterminated': 'a chunk line with no end',
          'chunk-line-bare-lf': 'a chunk line ends in LF without CR',
          'chunk-size-not-hex': 'a chunk size that is not hexadecimal',
          'chunk-size-too-large': 'a chunk size too large to be real',
          'trailer-not-field': 'a trailer line that is not a header field',
          'bytes-after-last-chunk': '{extra} after the last chunk',
          'ended-in-chunks': '{ending} before the last chunk',
          '*': 'a defect in its encoding ({problem})',
        },
      },
      ending: ENDING,
      extra: EXTRA,
    },
  },
  HTTP_BODY_UNREAD: {
    severity: 'notice',
    cause: 'C6',
    title: 'Body not read to its end',
    message:
      '{address}:{port} was still sending the {body} for {method} {path} when {budget}: {bodyBytes} body bytes read; whether the body ends, and ends where announced, went unchecked.',
    remedy:
      'Nothing to fix if {path} streams by design; otherwise point health.path at a response that ends, so its framing can be checked.',
    phrases: {
      body: { by: 'framing', is: { chunked: 'chunked body', length: 'body of Content-Length {contentLength}', '*': 'body' } },
      budget: {
        by: 'problem',
        is: {
          'body-over-byte-budget': 'the reading stopped at its bound of {limit} bytes',
          'body-over-time-budget': 'the read timeout of {afterMs} ms passed',
          '*': 'the reading stopped',
        },
      },
    },
  },
  HTTP_BACKEND_5XX: {
    severity: 'error',
    cause: 'C6',
    title: 'Backend answers 5xx',
    message: '{address}:{port} answered {status} to {method} {path}{redirectNote}.',
    remedy: 'Fix the backend behind {path}: the edge passes its error on to viewers.',
    phrases: { redirectNote: REDIRECT_NOTE },
  },
  HTTP_UNEXPECTED_STATUS: {
    severity: 'warning',
    cause: 'C6',
    title: 'Unexpected status',
    message: '{address}:{port} answered {status} to {method} {path}; expected {expected}{redirectNote}.',
    remedy: 'Fix the health path or the origin, or list the status in health.expect-status.',
    phrases: { redirectNote: REDIRECT_NOTE },
  },
  HTTP_KEEPALIVE_TOO_SHORT: {
    severity: 'warning',
    cause: 'C8',
    title: 'Keep-alive too short',
    message:
      '{address}:{port} closes idle connections after {closedAfterMs} ms ({seen}); the edge reuses them for up to {edgeMs} ms ({window}).',
    remedy:
      "Raise the origin's keep-alive (idle) timeout above {edgeMs} ms, or lower the edge's keep-alive or idle timeout below the origin's.",
    phrases: {
      seen: {
        by: 'source',
        is: { observed: 'observed', announced: 'announced as Keep-Alive: timeout={announcedTimeoutS}', '*': '{source}' },
      },
      window: { by: 'edgeWindowFrom', is: { config: 'timeouts.keep-alive-ms', '*': '{edge} default' } },
    },
  },
} as const satisfies Record<string, CatalogueEntry>
