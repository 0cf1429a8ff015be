import type { CatalogueEntry } from '../entry.js'

/** C5: the authoritative DNS path (NonS3OriginDnsError). */
export const DNS_CODES = {
  DNS_NXDOMAIN: {
    severity: 'error',
    cause: 'C5',
    title: 'The origin name does not exist',
    message: '{query} does not exist (NXDOMAIN from {resolver}).',
    remedy: 'Create the record for {query}, or correct the origin domain in the config and the distribution.',
  },
  DNS_NO_ADDRESS: {
    severity: 'error',
    cause: 'C5',
    title: 'The origin name has no address',
    message: '{query} exists but has no A or AAAA record ({resolver}).',
    remedy: 'Publish an A (and, for IPv6 edges, AAAA) record for {query}.',
  },
  DNS_SERVFAIL: {
    severity: 'error',
    cause: 'C5',
    title: 'A name server failed to answer',
    message: '{resolver} answered {rcode} for {query}.',
    remedy: 'Repair the authoritative name servers of the zone that holds {query}.',
  },
  DNS_NS_UNREACHABLE: {
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C5',
    title: 'A name server does not answer',
    message: 'Name server {server} ({address}) of {zone} does not answer over UDP or TCP.',
    remedy: 'Bring {server} back, or remove it from the delegation of {zone} at the parent and in the zone.',
  },
  DNS_LAME_DELEGATION: {
    severity: 'error',
    allowed: ['error', 'warning'],
    cause: 'C5',
    title: 'Lame delegation',
    message: 'Name server {server} ({address}) is delegated {zone} but does not answer authoritatively.',
    remedy: 'Load {zone} on {server}, or remove {server} from the delegation.',
  },
  DNS_DELEGATION_MISMATCH: {
    severity: 'warning',
    cause: 'C5',
    title: 'Parent and child NS sets differ',
    message: 'The parent delegates {zone} to {parentNs}; the zone itself lists {childNs}.',
    remedy: 'Make the NS records at the parent and in {zone} the same.',
  },
  DNS_SOA_SERIAL_MISMATCH: {
    severity: 'warning',
    cause: 'C5',
    title: 'SOA serials differ',
    message: 'The name servers of {zone} serve different SOA serials: {serials}.',
    remedy: 'Fix zone transfers so every name server of {zone} serves the same version.',
  },
  DNS_INCONSISTENT_ANSWERS: {
    severity: 'warning',
    cause: 'C5',
    title: 'Name servers disagree',
    message: 'The name servers of {zone} give different answers for {query}: {answers}.',
    remedy: 'Make every name server of {zone} serve the same records.',
  },
  DNS_CNAME_DANGLING: {
    severity: 'error',
    cause: 'C5',
    title: 'Dangling CNAME',
    message: '{query} is a CNAME to {target}, which does not exist.',
    remedy: 'Point the CNAME at an existing name, or create {target}.',
  },
  DNS_CNAME_LOOP: {
    severity: 'error',
    cause: 'C5',
    title: 'CNAME loop',
    message: 'The CNAME chain from {query} loops or exceeds 8 links: {chain}.',
    remedy: 'Break the loop so the chain ends at an address record.',
  },
  DNS_MISSING_GLUE: {
    severity: 'error',
    cause: 'C5',
    title: 'Missing glue',
    message: 'Name server {server} is inside {zone} but the parent gives no glue address for it.',
    remedy: 'Register glue (A/AAAA) for {server} at the parent of {zone}.',
  },
  DNS_TCP_UNSUPPORTED: {
    severity: 'warning',
    cause: 'C5',
    title: 'No DNS over TCP',
    message: 'Name server {server} ({address}) of {zone} does not answer over TCP.',
    remedy: 'Allow DNS over TCP (port 53) to {server}; large answers need it.',
  },
  DNS_DNSSEC_BOGUS: {
    severity: 'warning',
    cause: 'C5',
    title: 'DNSSEC does not validate',
    message: 'DNSSEC for {zone} does not validate: {problem} ({server}, {address}, {query}); validating resolvers answer SERVFAIL.',
    remedy: 'Publish at the parent of {zone} the DS of a DNSKEY the zone serves, or re-sign the zone; or remove the DS to turn DNSSEC off.',
    phrases: {
      problem: {
        by: 'problem',
        is: {
          'ds-matches-no-dnskey': 'the DS at {parent} (key tag {keyTags}) matches no DNSKEY of the zone',
          'no-dnskey': 'the parent publishes a DS (key tag {keyTags}) but the zone serves no DNSKEY',
          'rrsig-expired': 'the RRSIG over {covered} expired at {at}',
          'rrsig-not-yet-valid': 'the RRSIG over {covered} is valid only from {at}',
        },
      },
    },
  },
} as const satisfies Record<string, CatalogueEntry>
