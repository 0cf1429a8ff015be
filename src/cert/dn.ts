import type { AttributeTypeAndValue, Name } from '@peculiar/asn1-x509'
import { escapeControl } from '../text/escape.js'

/** Short names for the attribute types seen in server certificates; others print as their OID. */
const ATTRIBUTE_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'title',
  '2.5.4.15': 'businessCategory',
  '2.5.4.17': 'postalCode',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'emailAddress',
  '1.3.6.1.4.1.311.60.2.1.2': 'jurisdictionST',
  '1.3.6.1.4.1.311.60.2.1.3': 'jurisdictionC',
}

export const COMMON_NAME_OID = '2.5.4.3'

/** The attribute's value as text; values of types outside DirectoryString print as `#hex` (RFC 4514). */
export function attributeText(attribute: AttributeTypeAndValue): string {
  const value = attribute.value
  if (value.anyValue) return `#${Buffer.from(value.anyValue).toString('hex')}`
  return escapeControl(value.toString())
}

/** One line, most specific RDN first, as RFC 4514 orders it: `CN=leaf.lab.test, O=Lab`. */
export function formatName(name: Name): string {
  return [...name]
    .reverse()
    .map((rdn) => [...rdn].map((a) => `${ATTRIBUTE_NAMES[a.type] ?? a.type}=${escapeValue(attributeText(a))}`).join(' + '))
    .join(', ')
}

/**
 * A key that is equal for names RFC 5280 (7.1) treats as equal: string types and case are ignored
 * and whitespace is collapsed, so an issuer field matches its CA's subject however each was encoded.
 */
export function canonicalName(name: Name): string {
  const rdns = [...name].map((rdn) => [...rdn].map((a) => [a.type, attributeText(a).trim().replace(/\s+/g, ' ').toLowerCase()]).sort())
  return JSON.stringify(rdns)
}

function escapeValue(text: string): string {
  return text.replace(/[,+"\\<>;]/g, (c) => `\\${c}`)
}
