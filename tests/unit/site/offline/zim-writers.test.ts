/**
 * writeOfflineDownloads runs zimwriterfs for at most two languages at once,
 * while it prepares the next language, and leaves nothing running when one
 * fails. A stand-in `zimwriterfs` on the PATH records how many run together.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { localeCodes } from '../../../../content-models/locales'
import type { SiteContent } from '../../../../site/data/types'
import { writeOfflineDownloads } from '../../../../site/offline/downloads'
import { snapshotArticle, translation } from '../../../helpers/site-content'

const made: string[] = []
const tempDir = () => {
  made.push(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-zim-writers-')))
  return made[made.length - 1]
}
const originalPath = process.env.PATH

afterEach(() => {
  process.env.PATH = originalPath
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** One article in every language. */
function everyLanguage(): SiteContent {
  return {
    generatedAt: '2026-11-21T12:00:00.000Z',
    topics: [],
    regions: [],
    glossary: [],
    articles: [
      snapshotArticle('patent', {
        translations: Object.fromEntries(localeCodes.map((l) => [l, translation(`Patent ${l}`, {})])),
      }),
    ],
    helpCentres: [],
    events: [],
  }
}

/**
 * A zimwriterfs that notes its start and end in `log`, takes a moment, then
 * writes its output file (the last argument), or fails for the language in
 * `failFor`.
 */
function fakeZimwriterfs(log: string, failFor = ''): string {
  const bin = tempDir()
  const script = `#!/bin/sh
if [ "$1" = "--version" ]; then echo "zim-tools (stand-in)"; exit 0; fi
for last; do :; done
echo "start $last" >> "${log}"
sleep 0.3
case "$last" in */${failFor || 'none'}.zim) echo "end $last" >> "${log}"; echo "cannot write" >&2; exit 1;; esac
printf ZIM > "$last"
echo "end $last" >> "${log}"
`
  fs.writeFileSync(path.join(bin, 'zimwriterfs'), script, { mode: 0o755 })
  return bin
}

/** The most writers the log shows running at the same time. */
function mostAtOnce(log: string): number {
  let running = 0
  let most = 0
  for (const line of fs.readFileSync(log, 'utf8').trim().split('\n')) {
    running += line.startsWith('start') ? 1 : -1
    most = Math.max(most, running)
  }
  return most
}

describe('writeOfflineDownloads with zimwriterfs', () => {
  it('runs at most two writers at once and writes every language’s files', async () => {
    const dir = tempDir()
    const log = path.join(tempDir(), 'log')
    process.env.PATH = `${fakeZimwriterfs(log)}${path.delimiter}${originalPath}`
    const sizes = await writeOfflineDownloads(everyLanguage(), dir, () => {})
    expect(Object.keys(sizes)).toEqual([...localeCodes])
    for (const locale of localeCodes) expect(sizes[locale]!.zimBytes).toBe(3)
    expect(mostAtOnce(log)).toBe(2)
  })

  it('fails with the language whose file could not be written, once no writer is left running', async () => {
    const dir = tempDir()
    const log = path.join(tempDir(), 'log')
    process.env.PATH = `${fakeZimwriterfs(log, 'uz')}${path.delimiter}${originalPath}`
    await expect(writeOfflineDownloads(everyLanguage(), dir, () => {})).rejects.toThrow(
      'Could not write the uz ZIM file: cannot write',
    )
    const lines = fs.readFileSync(log, 'utf8').trim().split('\n')
    expect(lines.filter((l) => l.startsWith('start'))).toHaveLength(lines.filter((l) => l.startsWith('end')).length)
  })
})
