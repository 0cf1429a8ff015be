import type { CatalogueEntry } from '../entry.js'

/** C7: edge functions. `{origin}` is the function's name; `{file}` and `{line}` where its code is. */
export const EDGE_FUNCTION_CODES = {
  EDGE_FUNCTION_SYNTAX: {
    severity: 'error',
    cause: 'C7',
    title: 'Edge function uses what its runtime lacks',
    message: '{origin} ({file}:{line}): {rule} {subject} is not available in {runtime}.',
    remedy:
      'Keep to what {runtime} supports: no eval, new Function or timers; require only crypto, ' +
      'querystring (and cloudfront in 2.0); const, let and async only in cloudfront-js-2.0; at most 10 ' +
      'KB of code.',
  },
  EDGE_FUNCTION_THREW: {
    severity: 'error',
    allowed: ['error', 'notice'],
    cause: 'C7',
    title: 'Edge function threw',
    message: '{origin} failed on request {request} ({event}): {outcome} {error} {errorMessage}, at {file}:{line}. CloudFront answers 503.',
    remedy: 'Handle the request at {file}:{line}: a header, cookie or query parameter may be absent, and every promise must settle.',
  },
  EDGE_FUNCTION_TIMEOUT: {
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C7',
    title: 'Edge function runs too long',
    message: '{origin} did not finish request {request} ({event}) within {limitMs} ms: {outcome}. CloudFront answers 503 or throttles.',
    remedy: 'Make every path of the handler ({file}:{line}) return, call back or settle its promise, and keep its work small.',
  },
  EDGE_FUNCTION_INVALID_OUTPUT: {
    severity: 'error',
    cause: 'C7',
    title: 'Edge function returns what CloudFront rejects',
    message:
      '{origin} returned an invalid {field} ({problem}) on request {request} ({event}), at ' +
      '{file}:{line}. CloudFront answers 502 (Lambda@Edge) or 503 (CloudFront Functions).',
    remedy: "Return the event's request or response, or a response of the documented shape: {field} is set at {file}:{line}.",
  },
  EDGE_FUNCTION_READONLY_HEADER: {
    severity: 'error',
    cause: 'C7',
    title: 'Edge function changes a read-only header',
    message: '{origin} {change} the read-only header {header} in {event} (request {request}), at {file}:{line}. CloudFront answers 502.',
    remedy: 'Leave {header} as it came in this event, or move the change to an event where it may be written.',
  },
  EDGE_FUNCTION_DISALLOWED_HEADER: {
    severity: 'error',
    cause: 'C7',
    title: 'Edge function sets a forbidden header',
    message: '{origin} sets {header}, which CloudFront forbids, in {event} (request {request}), at {file}:{line}. CloudFront answers 502.',
    remedy: 'Remove {header}: CloudFront manages it itself.',
  },
  EDGE_FUNCTION_TOO_LARGE: {
    severity: 'error',
    cause: 'C7',
    title: 'Edge function output too large',
    message:
      '{origin}: the {part} is {size}, over the limit of {limit} in {event} (request {request}), at ' +
      '{file}:{line}. CloudFront answers 502.',
    remedy: 'Keep the {part} under {limit}, or serve it from the origin.',
  },
  EDGE_FUNCTION_DEPLOY_RULE: {
    severity: 'error',
    cause: 'C7',
    title: 'Lambda@Edge association refused',
    message: '{origin}: CloudFront refuses to associate the function: {rule} ({setting}).',
    remedy:
      'Lambda@Edge needs a numbered version in us-east-1 without environment variables, VPC, layers, ' +
      'container image, arm64 or X-Ray; viewer events at most 5 s, 128 MB and 1 MB of package; origin ' +
      'events at most 30 s and 50 MB.',
  },
  EDGE_FUNCTION_SUSPICIOUS: {
    severity: 'warning',
    cause: 'C7',
    title: 'Edge function code looks wrong',
    message: '{origin} ({file}:{line}): {rule} {subject}.',
    remedy:
      "CloudFront Functions headers are {value, multiValue} objects (no [0]); a Lambda@Edge header's " +
      'key is its name as sent, the lower case of its map key.',
  },
  EDGE_FUNCTION_UNCHECKED: {
    severity: 'notice',
    cause: 'C7',
    title: 'Edge function partly unchecked',
    message: '{what}',
    remedy: '{fix}',
    phrases: {
      what: {
        by: 'capability',
        is: {
          code:
            '{origin}: its code is not in the repository as the gate can read it ({api}), so only its deployment settings ' +
            'were checked ({file}:{line}).',
          '*':
            '{origin} calls {api} ({capability}) at {file}:{line}: the check runs without network or files, ' +
            'so what it returns on request {request} is unchecked.',
        },
      },
      fix: {
        by: 'capability',
        is: {
          code: 'Declare it under edge-functions: with the name it is reported by and its code file, to have the code run too.',
          '*': 'Nothing to change; make the function work when the call fails to have it checked in full.',
        },
      },
    },
  },
} as const satisfies Record<string, CatalogueEntry>
