import { describe, expect, it } from 'vitest'

import { WordFolds } from '../../../../site/search/word-folds'
import { releaseFreedMemory } from '../../../../site/utils/free-memory'

const MB = 2 ** 20

function heapInUse(): number {
  releaseFreedMemory()
  return process.memoryUsage().heapUsed
}

describe('WordFolds', () => {
  it('folds each word as queries are, and marks the spellings readers may type instead', () => {
    const folds = new WordFolds()
    const words = folds.of('Патент ещё', 'ru')
    expect(words.map((w) => w.folded)).toEqual(['патент', 'еще'])
    expect(words.map((w) => w.variant)).toEqual([false, true])
    // The second time from what it remembered, the same.
    expect(folds.of('Патент ещё', 'ru')).toEqual(words)
  })

  it('keeps none of the texts the words it remembers came from', () => {
    const folds = new WordFolds()
    const before = heapInUse()
    // 40 bodies of about 1.3 MB each (2 bytes a character), each bringing one new long word.
    for (let i = 0; i < 40; i++) {
      const filler = Array.from({ length: 60_000 }, (_, j) => ['как', 'для', 'мне', 'срок'][j % 4]).join(' ')
      folds.of(`${filler} регистрационного${i}й ${filler}`, 'ru')
    }
    expect(folds.of('регистрационного7й', 'ru')[0].folded).toBe('регистрационного7й')
    expect(heapInUse() - before).toBeLessThan(8 * MB)
  })
})
