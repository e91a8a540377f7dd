import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { writeOfflineDownloads } from '../../../../site/offline/downloads'
import { hasZimwriterfs } from '../../../../site/offline/zim'
import { fixture } from './pack-fixture'

const made: string[] = []
const tempDir = () => {
  made.push(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-offline-')))
  return made[made.length - 1]
}
const originalPath = process.env.PATH

afterEach(() => {
  process.env.PATH = originalPath
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('writeOfflineDownloads', () => {
  it('writes a pack (and a ZIM file where zim-tools are installed) for each language with content, and returns their sizes', async () => {
    const dir = tempDir()
    const lines: string[] = []
    const sizes = await writeOfflineDownloads(fixture(), dir, (line) => lines.push(line))
    const zim = await hasZimwriterfs()
    expect(Object.keys(sizes)).toEqual(['ru', 'en'])
    expect(fs.readdirSync(dir).sort()).toEqual(
      zim ? ['en.html', 'en.zim', 'ru.html', 'ru.zim'] : ['en.html', 'ru.html'],
    )
    for (const locale of ['ru', 'en'] as const) {
      expect(sizes[locale]!.packBytes).toBe(fs.statSync(path.join(dir, `${locale}.html`)).size)
      if (zim) expect(sizes[locale]!.zimBytes).toBe(fs.statSync(path.join(dir, `${locale}.zim`)).size)
    }
    expect(lines.filter((l) => /^(ru|en): \1\.html \d+ KB/.test(l))).toHaveLength(2)
  })

  it('skips ZIM files with one line saying how to install zim-tools when zimwriterfs is missing', async () => {
    const dir = tempDir()
    process.env.PATH = tempDir()
    const lines: string[] = []
    const sizes = await writeOfflineDownloads(fixture(), dir, (line) => lines.push(line))
    expect(lines.filter((l) => l.includes('apt-get install zim-tools'))).toHaveLength(1)
    expect(sizes.en).toEqual({ packBytes: expect.any(Number) })
    expect(fs.readdirSync(dir).sort()).toEqual(['en.html', 'ru.html'])
  })
})
