import { describe, expect, it } from 'vitest'
import { assignShards, preferredShard, selectShard } from '../../../src/engine/shard.js'

const names = (count: number, prefix = 'origin') => Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`)

describe('assignShards', () => {
  it('puts every origin in exactly one shard, the same one on every call', () => {
    const list = names(200)
    const once = assignShards(list, 4)
    expect([...once.keys()].sort()).toEqual([...list].sort())
    expect(new Set(once.values())).toEqual(new Set([1, 2, 3, 4]))
    expect(assignShards([...list].reverse(), 4)).toEqual(once)
  })

  it('moves no other origin when one is added, removed or edited', () => {
    const before = assignShards(names(1000), 4)
    const added = assignShards([...names(1000), 'new-origin'], 4)
    const removed = assignShards(
      names(1000).filter((n) => n !== 'origin-500'),
      4,
    )
    for (const [name, shard] of before) {
      expect(added.get(name), name).toBe(shard)
      if (name !== 'origin-500') expect(removed.get(name), name).toBe(shard)
    }
    // An edit that keeps the name keeps the shard: only the name is hashed.
    const edited = selectShard([...names(1000).map((name) => ({ name, domain: 'a.example' }))], { index: 2, count: 4 })
    expect(edited.map((o) => o.name)).toEqual(names(1000).filter((n) => before.get(n) === 2))
  })

  it('moves no origin when one is added, for every list of 10 to 60 origins over 4 shards that needs no filling', () => {
    let compared = 0
    for (let count = 10; count <= 60; count++) {
      const before = assignShards(names(count, 'svc'), 4)
      const after = assignShards([...names(count, 'svc'), `extra-${count}`], 4)
      const plain = (m: Map<string, number>) => [...m].every(([name, shard]) => preferredShard(name, 4) === shard)
      if (!plain(before) || !plain(after)) continue
      compared++
      for (const [name, shard] of before) expect(after.get(name), `${count}: ${name}`).toBe(shard)
    }
    expect(compared).toBeGreaterThan(30)
  })

  it('leaves no shard empty once there are at least as many origins as shards', () => {
    for (let shards = 2; shards <= 8; shards++) {
      for (let count = shards; count <= 2 * shards + 3; count++) {
        const assigned = assignShards(names(count, `c${shards}`), shards)
        expect(new Set(assigned.values()).size, `${count} origins in ${shards} shards`).toBe(shards)
      }
    }
  })

  it('keeps the given order within a shard, and one shard of one is everything', () => {
    const items = names(30).map((name) => ({ name }))
    const all = [1, 2, 3].flatMap((index) => selectShard(items, { index, count: 3 }))
    expect(all.map((i) => i.name).sort()).toEqual(items.map((i) => i.name).sort())
    const second = selectShard(items, { index: 2, count: 3 })
    expect(second).toEqual(items.filter((i) => second.includes(i)))
    expect(selectShard(items, { index: 1, count: 1 })).toEqual(items)
  })
})
