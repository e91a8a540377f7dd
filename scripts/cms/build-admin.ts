import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { bins, run } from '../lib/run'

const STAMP = 'cms/.next/portal-source-hash'
/** What the admin build is made from; a change to any of it means rebuilding. */
const SOURCES = ['cms', 'content-models', 'package-lock.json']

async function sourceHash(): Promise<string> {
  const hash = crypto.createHash('sha256')
  for (const source of SOURCES) {
    const stat = await fs.stat(source)
    const files = stat.isDirectory()
      ? (await fs.readdir(source, { recursive: true }))
          .map((f) => path.join(source, f))
          .filter((f) => !f.includes('.next'))
      : [source]
    for (const file of files.sort()) {
      const s = await fs.stat(file)
      if (s.isFile()) hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`)
    }
  }
  return hash.digest('hex')
}

/**
 * Builds the Next.js admin (`next build cms`) unless the last build was made
 * from the same sources, saying every `every` seconds that it is still at it
 * (Next prints nothing for minutes while it compiles). Returns whether it built.
 */
export async function buildAdminIfStale(
  log: (line: string) => void = console.log,
  { every = 20 }: { every?: number } = {},
): Promise<boolean> {
  const hash = await sourceHash()
  const previous = await fs.readFile(STAMP, 'utf8').catch(() => '')
  if (previous === hash) return false
  const started = Date.now()
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`
  log('Building the CMS admin (next build: one to five minutes, depending on the machine)…')
  const ticker = setInterval(() => log(`  …still building the admin (${elapsed()})`), every * 1000)
  try {
    await run(bins.payload(), ['generate:importmap'])
    await run(bins.next(), ['build', 'cms'])
  } finally {
    clearInterval(ticker)
  }
  await fs.writeFile(STAMP, hash)
  log(`Built the CMS admin in ${elapsed()}.`)
  return true
}
