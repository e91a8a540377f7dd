import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  MEMORY_ENV,
  memoryBudget,
  memoryLimit,
  pagefindPeak,
  recordBytes,
  searchPlan,
} from '../../../../site/integrations/search-jobs'

const MB = 2 ** 20
const GB = 2 ** 30

describe('pagefindPeak', () => {
  it('is above what Pagefind took on each language measured at 3,000 articles', () => {
    // Records' bytes → Pagefind's peak (/usr/bin/time), at 3,000 articles a language.
    const measured: [string, number, number][] = [
      ['en', 35.5 * MB, 1.79 * GB],
      ['ru', 58.0 * MB, 1.99 * GB],
      ['ar', 54.8 * MB, 2.17 * GB],
      ['ky', 65.2 * MB, 2.5 * GB],
    ]
    for (const [, bytes, peak] of measured) expect(pagefindPeak(bytes)).toBeGreaterThan(peak)
  })
})

describe('searchPlan', () => {
  it('indexes two languages at once, beside the pages, when both fit in the memory the build may use', () => {
    expect(searchPlan([20 * MB, 30 * MB, 10 * MB], 8 * GB)).toEqual({ jobs: 2, afterPages: false })
  })

  it('indexes one at a time, after the pages, when the two largest do not fit together, though each fits alone', () => {
    const sizes = [65 * MB, 58 * MB, 35 * MB]
    expect(pagefindPeak(65 * MB)).toBeLessThan(4 * GB)
    expect(searchPlan(sizes, 4 * GB)).toEqual({ jobs: 1, afterPages: true })
    expect(searchPlan(sizes, pagefindPeak(65 * MB) + pagefindPeak(58 * MB))).toEqual({ jobs: 2, afterPages: false })
  })

  it('indexes a single language beside the pages unless it does not fit by itself', () => {
    expect(searchPlan([10 * MB], 64 * GB)).toEqual({ jobs: 1, afterPages: false })
    expect(searchPlan([10 * MB], pagefindPeak(10 * MB) - 1)).toEqual({ jobs: 1, afterPages: true })
  })
})

describe('memoryLimit and memoryBudget', () => {
  it('is what the system has free for this process, unless an operator sets it', () => {
    expect(memoryLimit({})).toBeUndefined()
    expect(memoryLimit({ [MEMORY_ENV]: '' })).toBeUndefined()
    const budget = memoryBudget({})
    expect(budget).toBeGreaterThan(0)
    expect(budget).toBeLessThanOrEqual(os.totalmem())
  })

  it("takes the operator's figure for the whole build, less what this process holds", () => {
    expect(memoryLimit({ [MEMORY_ENV]: '4096' })).toBe(4 * GB)
    const budget = memoryBudget({ [MEMORY_ENV]: '4096' })
    expect(budget).toBeLessThan(4096 * MB - 10 * MB)
    expect(budget).toBeGreaterThan(4096 * MB - process.memoryUsage().rss - 256 * MB)
    expect(memoryBudget({ [MEMORY_ENV]: '1' })).toBe(0)
  })

  it('refuses a figure that is not a whole number of MB, naming the variable, the value and what to do', () => {
    for (const bad of ['4 GB', '0', '-1', '1.5', '0x1000', '1e3', ' 4096', 'lots']) {
      expect(() => memoryLimit({ [MEMORY_ENV]: bad })).toThrow(
        `PORTAL_BUILD_MEMORY_MB must be the memory a build may use, as a whole number of MB (for example 4096), not "${bad}". Set it so, or unset it to use what the machine has free.`,
      )
    }
  })
})

describe('recordBytes', () => {
  it("sums the sizes of each language folder's record files", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'record-bytes-'))
    try {
      for (const [file, size] of [
        ['ru/ru/articles/a/index.html', 1000],
        ['ru/ru/articles/b/index.html', 234],
        ['en/en/articles/a/index.html', 55],
      ] as const) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
        fs.writeFileSync(path.join(dir, file), 'x'.repeat(size))
      }
      expect(await recordBytes(dir, ['ru', 'en'])).toEqual([1234, 55])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
