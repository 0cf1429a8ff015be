import { createHash } from 'node:crypto'

/** `I/N`: the I-th (1-based) of N shards. */
export interface Shard {
  index: number
  count: number
}

/**
 * Which shard each origin runs in, by name alone, so that adding, removing or editing one origin moves no
 * other between shards (a matrix job keeps its origins from one commit to the next).
 *
 * The rule, exactly:
 * 1. Each origin goes to the shard I (1..N) with the highest score sha256("I/N\0name"), the first 8 bytes read
 *    as an unsigned big-endian integer (rendezvous hashing). Ties cannot occur in practice; the lower I wins.
 * 2. Only when that leaves a shard empty while the origins number at least N: each empty shard, lowest I
 *    first, takes the origin with the highest score for it among shards that hold two or more origins.
 *    With a few origins per shard this step keeps every matrix job busy; it may move origins when the list
 *    changes, which step 1 alone never does. With many origins per shard it never applies in practice
 *    (for 1,000 origins and 4 shards an empty shard has a probability below 10^-120).
 */
export function assignShards(names: readonly string[], count: number): Map<string, number> {
  const scores = new Map(names.map((name) => [name, scoresOf(name, count)]))
  const members: string[][] = Array.from({ length: count }, () => [])
  for (const name of names) members[best(scores.get(name)!)]!.push(name)

  if (names.length >= count) {
    for (let shard = 0; shard < count; shard++) {
      if (members[shard]!.length > 0) continue
      let pick: { name: string; from: number; score: bigint } | undefined
      members.forEach((list, from) => {
        if (list.length < 2) return
        for (const name of list) {
          const s = scores.get(name)![shard]!
          if (!pick || s > pick.score) pick = { name, from, score: s }
        }
      })
      if (!pick) break
      const { name, from } = pick
      members[from] = members[from]!.filter((n) => n !== name)
      members[shard]!.push(name)
    }
  }
  const assigned = new Map<string, number>()
  members.forEach((list, shard) => list.forEach((name) => assigned.set(name, shard + 1)))
  return assigned
}

/** The items of one shard, in their given order. */
export function selectShard<T extends { name: string }>(items: readonly T[], shard: Shard): T[] {
  const assigned = assignShards(
    items.map((i) => i.name),
    shard.count,
  )
  return items.filter((item) => assigned.get(item.name) === shard.index)
}

/** Step 1 alone: the shard (1-based) an origin's name prefers. */
export function preferredShard(name: string, count: number): number {
  return best(scoresOf(name, count)) + 1
}

function scoresOf(name: string, count: number): bigint[] {
  return Array.from({ length: count }, (_, i) => score(name, i + 1, count))
}

function score(name: string, index: number, count: number): bigint {
  return createHash('sha256').update(`${index}/${count}\0${name}`).digest().readBigUInt64BE(0)
}

function best(scores: readonly bigint[]): number {
  let top = 0
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[top]!) top = i
  return top
}
