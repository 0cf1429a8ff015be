import type { CatalogueEntry } from '../entry.js'

/** Origins read from infrastructure code: what cannot be known, or would be refused, before deploy. */
export const SOURCE_CODES = {
  SOURCE_UNRESOLVED: {
    severity: 'notice', cause: '-', title: 'Known only after deploy',
    message: '{setting} of {origin} is {expression} ({reason}): known only after deploy; not checked: {unchecked}.',
    remedy: 'Give the value to the gate (sources[].parameters, or an origins: entry of this name), or check this origin once deployed.',
  },
  SOURCE_INVALID: {
    severity: 'error', allowed: ['error', 'warning'], cause: '-', title: 'Source does not read cleanly',
    message: 'The {format} source does not read cleanly ({problem}) at line {line}.',
    remedy: 'Fix the file so its own tools accept it: a key written twice is read last-wins, a file that does not parse is not read at all.',
  },
  SOURCE_SKIPPED: {
    severity: 'notice', cause: '-', title: 'Origin not probed',
    message: 'Origin {originId} is not probed ({reason}).',
    remedy: 'Nothing to change: CloudFront signs its own requests to S3, reaches VPC origins only from inside the VPC, and never contacts an origin no cache behaviour targets.',
  },
  EDGE_SETTING_INVALID: {
    severity: 'error', allowed: ['error', 'warning'], cause: '-', title: 'Setting CloudFront refuses',
    message: '{setting} is {value}; CloudFront accepts {allowed}.',
    remedy: 'Change {setting} to a value CloudFront accepts; values above 60 s need a quota increase first.',
  },
} as const satisfies Record<string, CatalogueEntry>
