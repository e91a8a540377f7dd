import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importDir } from '../../scripts/content/import-dir'
import { buildSite } from '../../scripts/site/build-site'
import { fixture, freshPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
  await importDir(payload, fixture('valid'))
}, 120_000)

/** The id of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!

// A whole build (Astro and Pagefind) takes a while; the swap and clean-up rules are unit-tested in tests/unit/site/swap-site.test.ts.
describe('buildSite', { timeout: 240_000 }, () => {
  it('cleans up after killed builds, keeps a running one’s files, and turns an old dist folder into a link to the new site', async () => {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-build-')))
    const out = path.join(root, 'dist')
    const dead = deadPid()
    const running = process.ppid
    // dist as older builds left it: a real folder.
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'index.html'), 'old site')
    for (const name of [`dist.staging-${dead}`, `dist.previous-${dead}`, `dist.staging-${running}`])
      fs.mkdirSync(path.join(root, name))
    const cache = path.resolve('.cache')
    fs.mkdirSync(cache, { recursive: true })
    const deadContent = path.join(cache, `site-content-${dead}.json`)
    const runningContent = path.join(cache, `site-content-${running}.json`)
    fs.writeFileSync(deadContent, '{}')
    fs.writeFileSync(runningContent, '{}')
    try {
      // What readers got when the compressed copies began: the new site already, its pages not yet compressed.
      let whenCompressing: { page: boolean; copy: boolean } | undefined
      const report = await buildSite(payload, out, (line) => {
        if (line.startsWith('Compressing'))
          whenCompressing = {
            page: fs.existsSync(path.join(out, 'ru/index.html')),
            copy: fs.existsSync(path.join(out, 'ru/index.html.br')),
          }
      })
      expect(report.articles).toBeGreaterThan(0)
      expect(whenCompressing).toEqual({ page: true, copy: false })
      expect(report.seconds).toBeLessThanOrEqual(report.totalSeconds)
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(out, 'ru/index.html.br')))).toEqual(
        fs.readFileSync(path.join(out, 'ru/index.html')),
      )

      expect(fs.lstatSync(out).isSymbolicLink()).toBe(true)
      expect(fs.readFileSync(path.join(out, 'ru/index.html'), 'utf8')).toContain('<html')
      const built = path.basename(fs.realpathSync(out))
      expect(built).toMatch(new RegExp(`^dist\\.build-${process.pid}-`))
      // The old folder stays until the next build, for whoever was reading it during the swap.
      expect(fs.readdirSync(root).sort()).toEqual(
        ['dist', built, `dist.previous-${process.pid}`, `dist.staging-${running}`].sort(),
      )
      expect(fs.existsSync(deadContent)).toBe(false)
      expect(fs.existsSync(runningContent)).toBe(true)

      await buildSite(payload, out, () => {})
      const rebuilt = path.basename(fs.realpathSync(out))
      expect(rebuilt).not.toBe(built)
      expect(fs.readdirSync(root).sort()).toEqual(['dist', built, rebuilt, `dist.staging-${running}`].sort())
    } finally {
      fs.rmSync(runningContent, { force: true })
    }
  })
})

describe('a build whose offline files fail while Astro renders', { timeout: 240_000 }, () => {
  it('fails with the language at fault and leaves the site online as it was', async () => {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-build-fail-')))
    const out = path.join(root, 'dist')
    // A zimwriterfs that fails at once, long before Astro is done.
    const bin = path.join(root, 'bin')
    fs.mkdirSync(bin)
    fs.writeFileSync(
      path.join(bin, 'zimwriterfs'),
      '#!/bin/sh\nif [ "$1" = "--version" ]; then echo 3.0; exit 0; fi\necho "disk full" >&2\nexit 1\n',
      { mode: 0o755 },
    )
    const originalPath = process.env.PATH
    process.env.PATH = `${bin}${path.delimiter}${originalPath}`
    try {
      await expect(buildSite(payload, out, () => {}, { full: true })).rejects.toThrow(
        /Could not write the \w+ ZIM file/,
      )
      expect(fs.existsSync(out)).toBe(false)
    } finally {
      process.env.PATH = originalPath
      fs.rmSync(root, { recursive: true, force: true })
    }
  })
})
