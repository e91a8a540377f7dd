import { describe, expect, it } from 'vitest'

import { releaseFreedMemory } from '../../../site/utils/free-memory'

const MB = 2 ** 20

describe('releaseFreedMemory', () => {
  it('gives back to the system the memory of what the process no longer uses', () => {
    // About 300 MB of small objects, as an export leaves behind, then dropped.
    let garbage: { id: number; text: string }[][] | undefined = Array.from({ length: 300 }, (_, i) =>
      Array.from({ length: 10_000 }, (_, j) => ({ id: j, text: `${i}:${j}`.padEnd(40, '.') })),
    )
    const held = process.memoryUsage().rss
    expect(garbage.length).toBe(300)
    garbage = undefined
    releaseFreedMemory()
    const after = process.memoryUsage().rss
    expect(held - after).toBeGreaterThan(100 * MB)
  })

  it('can be called again', () => {
    expect(() => releaseFreedMemory()).not.toThrow()
    expect(() => releaseFreedMemory()).not.toThrow()
  })
})
