/** The `edge-functions:` list: code CloudFront runs on requests and responses, checked beside the origins. */

import { CLOUDFRONT_RUNTIMES, EDGE_EVENTS, EDGE_FUNCTION_KINDS } from '../edge-functions/types.js'
import type { ObjectField } from './fields.js'

export const EDGE_FUNCTION_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

const TEST_REQUEST: ObjectField = {
  kind: 'object',
  description: 'A request to try beside the built-in set, as a viewer sends it.',
  required: ['uri'],
  fields: {
    method: { kind: 'enum', values: EDGE_FUNCTION_METHODS, default: 'GET', description: 'Request method.' },
    uri: {
      kind: 'string',
      pattern: { source: '^/\\S*$', message: 'must start with "/" and contain no spaces' },
      description: 'Path, percent-encoding kept, without the query string.',
    },
    querystring: {
      kind: 'string',
      pattern: { source: '^[^?#\\s]*$', message: 'must not contain "?", "#" or spaces' },
      default: '',
      description: 'Query string without "?".',
    },
    headers: {
      kind: 'map',
      keys: { source: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", message: "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)" },
      caseInsensitiveKeys: true,
      values: {
        kind: 'string',
        pattern: { source: '^[^\\r\\n]*$', message: 'must not contain a line break' },
        description: 'Header value.',
      },
      default: {},
      description: 'Header fields the viewer sends.',
    },
    body: { kind: 'string', description: 'Request body (Lambda@Edge with include-body sees it).' },
  },
}

export const EDGE_FUNCTION: ObjectField = {
  kind: 'object',
  description:
    'One edge function and the events it is associated with; an entry named like a function read from sources refines it ' +
    '(kind, code and events are then optional).',
  required: ['name'],
  fields: {
    name: {
      kind: 'string',
      pattern: { source: '^[A-Za-z0-9._-]+$', message: 'may contain only letters, digits, ".", "_" and "-"' },
      description: 'Unique name of the function; what reports show. The name of a function read from sources refines it.',
    },
    kind: { kind: 'enum', values: EDGE_FUNCTION_KINDS, description: 'cloudfront-function or lambda-edge: whose runtime and rules apply.' },
    runtime: {
      kind: 'enum',
      values: CLOUDFRONT_RUNTIMES,
      description: 'CloudFront Functions only: the JavaScript runtime (default cloudfront-js-2.0).',
    },
    code: { kind: 'string', minLength: 1, description: 'The source file, relative to the repository root.' },
    handler: {
      kind: 'string',
      pattern: { source: '^[A-Za-z_$][A-Za-z0-9_$]*$', message: 'must be a JavaScript identifier' },
      default: 'handler',
      description: 'CloudFront Functions: the top-level function; Lambda@Edge: the export.',
    },
    events: {
      kind: 'list',
      items: { kind: 'enum', values: EDGE_EVENTS, description: 'An event type.' },
      minItems: 1,
      unique: true,
      description: 'The events the function is associated with.',
    },
    'include-body': {
      kind: 'boolean',
      default: false,
      description: 'Lambda@Edge only: IncludeBody, the request body is passed to the function.',
    },
    'key-value-store': {
      kind: 'string',
      minLength: 1,
      description: 'CloudFront Functions only: a JSON file of the keys and values its key-value store holds.',
    },
    requests: { kind: 'list', items: TEST_REQUEST, description: 'Requests to try beside the built-in set.' },
  },
}
