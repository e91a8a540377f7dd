import fs from 'node:fs/promises'
import path from 'node:path'

import { listFiles } from '../utils/list-files'

/**
 * How many languages Pagefind indexes at once: two when the memory the build
 * may use holds both at their peak, else one. Pagefind holds a whole
 * language in memory while it writes its index: at 3,000 articles a language
 * it peaked at 1.8 GB for English (36 MB of records), 2.0 GB for Russian
 * (58 MB), 2.2 GB for Arabic (55 MB) and 2.5 GB for Kyrgyz (65 MB), whichever
 * number of threads it was given. Two at a time are about a sixth faster
 * there (87 s for all seven against about 105 s), so a machine short of
 * memory builds one at a time rather than failing.
 */

/** The environment variable that sets the memory a build may use, in MB, in place of what the machine has free. */
export const MEMORY_ENV = 'PORTAL_BUILD_MEMORY_MB'

/** Pagefind's peak per byte of a language's records, the largest measured (English) rounded up. */
const PEAK_PER_RECORD_BYTE = 52
/** Pagefind's peak on a handful of records. */
const PEAK_BASE = 64 * 2 ** 20

/** Pagefind's estimated peak memory, in bytes, on a language whose record files hold `bytes`. */
export function pagefindPeak(bytes: number): number {
  return PEAK_BASE + bytes * PEAK_PER_RECORD_BYTE
}

/**
 * The memory a build may use, in bytes, as an operator sets it with
 * {@link MEMORY_ENV}; undefined when it is not set. Throws, naming the
 * variable, on anything but a whole number of MB: a build checks it before
 * its first step.
 */
export function memoryLimit(env: Record<string, string | undefined> = process.env): number | undefined {
  const set = env[MEMORY_ENV]
  if (set === undefined || set === '') return undefined
  if (!/^[0-9]+$/.test(set) || Number(set) < 1)
    throw new Error(
      `${MEMORY_ENV} must be the memory a build may use, as a whole number of MB (for example 4096), not "${set}". Set it so, or unset it to use what the machine has free.`,
    )
  return Number(set) * 2 ** 20
}

/**
 * The memory, in bytes, Pagefind's runs may take now: {@link memoryLimit}
 * less what this process holds, when set; else what the system has free
 * for this process (its cgroup's limit included), Astro's share, if it
 * runs, already taken.
 */
export function memoryBudget(env: Record<string, string | undefined> = process.env): number {
  const limit = memoryLimit(env)
  return limit === undefined ? process.availableMemory() : Math.max(0, limit - process.memoryUsage().rss)
}

export interface SearchPlan {
  /** How many languages Pagefind indexes at once. */
  jobs: 1 | 2
  /** Whether the runs wait for the pages (Astro) first: the budget holds no more than one. */
  afterPages: boolean
}

/**
 * Two languages at once when the two largest fit in `budget` together; else
 * one at a time, after the pages. A single language waits for the pages only
 * if it does not fit by itself.
 */
export function searchPlan(recordBytes: readonly number[], budget: number): SearchPlan {
  const [a, b] = [...recordBytes].sort((x, y) => y - x)
  if (b === undefined) return { jobs: 1, afterPages: a !== undefined && pagefindPeak(a) > budget }
  const two = pagefindPeak(a) + pagefindPeak(b) <= budget
  return { jobs: two ? 2 : 1, afterPages: !two }
}

/** The bytes of the record files of each of `parts`, language folders of `dir`. */
export async function recordBytes(dir: string, parts: readonly string[]): Promise<number[]> {
  return Promise.all(
    parts.map(async (part) => {
      const files = await listFiles(path.join(dir, part))
      const sizes = await Promise.all(files.map(async (f) => (await fs.stat(path.join(dir, part, f))).size))
      return sizes.reduce((n, s) => n + s, 0)
    }),
  )
}
