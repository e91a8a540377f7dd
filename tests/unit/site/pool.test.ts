import { describe, expect, it } from 'vitest'

import { pool } from '../../../site/utils/pool'

describe('pool', () => {
  it('runs every item, never more than the size at once', async () => {
    let running = 0
    let most = 0
    const done: number[] = []
    await pool([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      most = Math.max(most, ++running)
      await new Promise((resolve) => setTimeout(resolve, n % 3))
      done.push(n)
      running--
    })
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(most).toBe(3)
  })

  it('starts nothing after a failure, and throws the first once the started ones are done', async () => {
    const started: number[] = []
    let finished = 0
    const run = pool([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n)
      if (n === 0) throw new Error('item 0 failed')
      await new Promise((resolve) => setTimeout(resolve, 5))
      finished++
    })
    await expect(run).rejects.toThrow('item 0 failed')
    expect(started).toEqual([0, 1])
    expect(finished).toBe(1)
  })
})
