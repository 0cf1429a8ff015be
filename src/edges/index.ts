import type { EdgeName } from '../vocabulary.js'
import type { EdgeProfile } from './types.js'
import { alb } from './alb.js'
import { clb } from './clb.js'
import { cloudfront } from './cloudfront.js'
import { generic } from './generic.js'

const PROFILES: Readonly<Record<EdgeName, EdgeProfile>> = { cloudfront, alb, clb, generic }

export function edgeProfile(name: EdgeName): EdgeProfile {
  return PROFILES[name]
}

export { clientHelloFor } from './hello.js'
export type { ClientHelloSpec } from './hello.js'
