import type { CatalogueEntry } from '../entry.js'

/** Origins read from infrastructure code: what cannot be known, or would be refused, before deploy. */
export const SOURCE_CODES = {
  SOURCE_UNRESOLVED: {
    severity: 'notice',
    cause: '-',
    title: 'Known only after deploy',
    message: '{setting} of {origin} is {expression}, {why}: known only after deploy; not checked: {unchecked}.',
    remedy: 'Give the value to the gate (sources[].parameters, or an origins: entry of this name), or check this origin once deployed.',
    phrases: {
      why: {
        by: 'because',
        is: {
          attribute: 'an attribute of another resource',
          import: 'a value imported from another stack',
          resource: 'a reference to a resource',
          parameter: 'a parameter with no value in parameters: and no Default',
          'pseudo-parameter': 'a pseudo-parameter with no value in parameters:',
          condition: 'under a condition that cannot be decided from the parameters',
          'dynamic-reference': 'a dynamic reference resolved at deploy',
          function: 'a function evaluated at deploy',
          mapping: 'a mapping lookup whose key is not in the template',
          empty: 'an empty string',
          'unknown-after-apply': 'known after apply',
          policy: 'a policy the gate cannot read (the Host it sends is unknown)',
          'no-alias': "the distribution's own name (Host forwarded, no alias)",
          '*': 'not resolvable ({because})',
        },
      },
    },
  },
  SOURCE_INVALID: {
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: '-',
    title: 'Source does not read cleanly',
    message: 'The {format} source {file} {what} at line {line}.',
    remedy:
      'Fix the file so its own tools accept it: a key written twice is read last-wins, a file that does not parse is not read at all. ' +
      'Code is read only inside the repository: keep it there, or check that function by hand.',
    phrases: {
      what: {
        by: 'problem',
        is: {
          parse: 'does not parse ({parserCode})',
          empty: 'is empty',
          'duplicate-key': 'writes {key} twice (first on line {firstLine}; the last is read)',
          'no-resources': 'has no Resources',
          'no-distribution-config': 'has no DistributionConfig',
          'not-a-plan': 'is not a Terraform plan in JSON',
          'outside-repository': 'names code outside the repository in {setting} (not read; the function is not checked)',
          'reader-failed': 'could not be read to the end ({error}); nothing of it is used',
          '*': 'does not read cleanly ({problem})',
        },
      },
    },
  },
  SOURCE_SKIPPED: {
    severity: 'notice',
    cause: '-',
    title: 'Origin not probed',
    message: 'Origin {originId} is not probed: {why}.',
    remedy:
      'Nothing to change: CloudFront signs its own requests to S3, reaches VPC origins only from inside the VPC, ' +
      'and never contacts an origin no cache behaviour targets.',
    phrases: {
      why: {
        by: 'because',
        is: {
          s3: 'it is an S3 origin (CloudFront signs its own requests)',
          vpc: 'it is a VPC origin (reachable only from CloudFront)',
          'not-used': 'no cache behaviour targets it',
          '*': '{because}',
        },
      },
    },
  },
  EDGE_SETTING_INVALID: {
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: '-',
    title: 'Setting CloudFront refuses',
    message: '{setting} is {value}; CloudFront accepts {allowed}.',
    remedy: 'Change {setting} to a value CloudFront accepts; values above 60 s need a quota increase first.',
  },
} as const satisfies Record<string, CatalogueEntry>
