import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { describe, expect, it } from 'vitest'

import { newBuildDir, removeLeftovers, setAsideLeftovers, swapSite } from '../../../scripts/site/swap-site'

const tempDir = () => fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-swap-')))

/** A finished build of `out` whose home page says `text`. */
async function build(out: string, text: string): Promise<string> {
  const dir = await newBuildDir(out)
  fs.writeFileSync(path.join(dir, 'index.html'), text)
  return dir
}

/** The id of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!

describe('newBuildDir', () => {
  it('makes a folder a web server running as another user can read', async () => {
    const dir = await newBuildDir(path.join(tempDir(), 'dist'))
    expect(fs.statSync(dir).mode & 0o777).toBe(0o755)
  })
})

describe('removeLeftovers', () => {
  it('removes what killed builds left and keeps the live site, other sites and running builds’ folders', async () => {
    const root = tempDir()
    const out = path.join(root, 'dist')
    const cache = path.join(root, '.cache')
    const dead = deadPid()
    // process.ppid: a process that is certainly running, standing for another build.
    const running = process.ppid
    const names = {
      live: `dist.build-${dead}-a1B2c3`,
      oldBuild: `dist.build-${dead}-x9Y8z7`,
      staging: `dist.staging-${dead}`,
      previous: `dist.previous-${dead}`,
      link: `dist.link-${dead}`,
      runningStaging: `dist.staging-${running}`,
      runningBuild: `dist.build-${running}-Q1w2E3`,
      otherSite: `preview.staging-${dead}`,
      notOurs: 'dist.staging-old',
    }
    for (const name of Object.values(names)) if (name !== names.link) fs.mkdirSync(path.join(root, name))
    fs.symlinkSync(names.oldBuild, path.join(root, names.link))
    fs.symlinkSync(names.live, out)
    fs.mkdirSync(cache)
    for (const pid of [dead, running]) fs.writeFileSync(path.join(cache, `site-content-${pid}.json`), '{}')
    fs.writeFileSync(path.join(cache, 'other.json'), '{}')
    // Each build's inputs and search records go with it.
    for (const build of [names.live, names.oldBuild, names.runningBuild]) {
      fs.mkdirSync(path.join(cache, 'site-inputs'), { recursive: true })
      fs.writeFileSync(path.join(cache, 'site-inputs', `${build}.json`), '{}')
      fs.mkdirSync(path.join(cache, 'search-records', build, 'ru'), { recursive: true })
    }

    const removed = await removeLeftovers(out, cache)

    expect(removed.map((f) => path.relative(root, f)).sort()).toEqual(
      [
        names.oldBuild,
        names.staging,
        names.previous,
        names.link,
        `.cache/site-content-${dead}.json`,
        `.cache/site-inputs/${names.oldBuild}.json`,
        `.cache/search-records/${names.oldBuild}`,
      ].sort(),
    )
    expect(fs.readdirSync(path.join(cache, 'search-records')).sort()).toEqual([names.live, names.runningBuild].sort())
    expect(fs.readdirSync(root).sort()).toEqual(
      ['.cache', 'dist', names.live, names.runningStaging, names.runningBuild, names.otherSite, names.notOurs].sort(),
    )
    expect(fs.readdirSync(cache).sort()).toEqual(
      [`site-content-${running}.json`, 'other.json', 'site-inputs', 'search-records'].sort(),
    )
  })
})

describe('swapSite', () => {
  it('makes out a link to the new build; the next build removes the one it replaced', async () => {
    const root = tempDir()
    const out = path.join(root, 'dist')
    const first = await build(out, 'one')
    await swapSite(out, first)
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('one')

    const second = await build(out, 'two')
    await swapSite(out, second)
    expect(fs.realpathSync(out)).toBe(second)
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('two')
    // Kept for whoever followed the old link a moment ago…
    expect(fs.existsSync(first)).toBe(true)
    // …until the next build starts.
    expect(await removeLeftovers(out, path.join(root, '.cache'))).toEqual([first])
    expect(fs.readdirSync(root).sort()).toEqual(['dist', path.basename(second)])
  })

  it('lets the next build set the replaced one aside at once and delete it once it is live', async () => {
    const root = tempDir()
    const out = path.join(root, 'dist')
    const first = await build(out, 'one')
    await swapSite(out, first)
    const second = await build(out, 'two')
    await swapSite(out, second)
    const leftovers = await setAsideLeftovers(out, path.join(root, '.cache'))
    expect(leftovers.removed).toEqual([first])
    // Gone from its name (nothing can follow a link into it any more), its files not yet deleted.
    expect(fs.existsSync(first)).toBe(false)
    const aside = fs.readdirSync(root).filter((name) => !['dist', path.basename(second)].includes(name))
    expect(aside).toHaveLength(1)
    expect(fs.readFileSync(path.join(root, aside[0], 'index.html'), 'utf8')).toBe('one')
    await leftovers.remove()
    expect(fs.readdirSync(root).sort()).toEqual(['dist', path.basename(second)])
  })

  it('keeps the folder made ahead for this build, with its inputs and search records, and removes the others', async () => {
    const root = tempDir()
    const out = path.join(root, 'dist')
    const cache = path.join(root, '.cache')
    const live = await build(out, 'live')
    await swapSite(out, live)
    // This process's own folders: one made ahead for the build that now starts, one from before.
    const ahead = await build(out, 'live')
    const older = await build(out, 'older')
    for (const dir of [ahead, older]) {
      fs.mkdirSync(path.join(cache, 'search-records', path.basename(dir), 'ru'), { recursive: true })
      fs.mkdirSync(path.join(cache, 'site-inputs'), { recursive: true })
      fs.writeFileSync(path.join(cache, 'site-inputs', `${path.basename(dir)}.json`), '{}')
    }
    const leftovers = await setAsideLeftovers(out, cache, [ahead])
    await leftovers.remove()
    expect(leftovers.removed.sort()).toEqual(
      [
        older,
        path.join(cache, 'search-records', path.basename(older)),
        path.join(cache, 'site-inputs', `${path.basename(older)}.json`),
      ].sort(),
    )
    expect(fs.readdirSync(root).sort()).toEqual(['.cache', 'dist', path.basename(live), path.basename(ahead)].sort())
    expect(fs.existsSync(path.join(cache, 'search-records', path.basename(ahead), 'ru'))).toBe(true)
  })

  it("sets an old build's search records aside in the cache at once and deletes them once the new build is live", async () => {
    const root = tempDir()
    const out = path.join(root, 'dist')
    const cache = path.join(root, '.cache')
    await swapSite(out, await build(out, 'live'))
    const older = await build(out, 'older')
    const records = path.join(cache, 'search-records', path.basename(older))
    fs.mkdirSync(path.join(records, 'ru'), { recursive: true })
    fs.writeFileSync(path.join(records, 'ru', 'record.json'), '{}')
    const leftovers = await setAsideLeftovers(out, cache)
    expect(leftovers.removed).toContain(records)
    // Gone from its name at once, its files deleted only by remove(): a build does not wait for them.
    expect(fs.existsSync(records)).toBe(false)
    const aside = fs.readdirSync(cache).filter((name) => name.startsWith('site-aside-'))
    expect(aside).toHaveLength(1)
    expect(fs.existsSync(path.join(cache, aside[0], 'ru', 'record.json'))).toBe(true)
    await leftovers.remove()
    expect(fs.readdirSync(cache).filter((name) => name.startsWith('site-aside-'))).toEqual([])
  })

  it('removes what a killed build had set aside in the cache', async () => {
    const root = tempDir()
    const out = path.join(root, 'dist')
    const cache = path.join(root, '.cache')
    await swapSite(out, await build(out, 'live'))
    const killed = path.join(cache, `site-aside-${deadPid()}-0`)
    fs.mkdirSync(path.join(killed, 'ru'), { recursive: true })
    expect(await removeLeftovers(out, cache)).toEqual([killed])
    expect(fs.existsSync(killed)).toBe(false)
  })

  it('replaces a real folder left by an older build, once, and the next build removes it', async () => {
    const root = tempDir()
    const out = path.join(root, 'dist')
    fs.mkdirSync(out)
    fs.writeFileSync(path.join(out, 'index.html'), 'old')
    const built = await build(out, 'new')
    await swapSite(out, built)
    expect(fs.lstatSync(out).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new')
    await removeLeftovers(out, path.join(root, '.cache'))
    expect(fs.readdirSync(root).sort()).toEqual(['dist', path.basename(built)])
  })

  it('leaves alone the folder of a link someone made themselves', async () => {
    const root = tempDir()
    const out = path.join(root, 'dist')
    fs.mkdirSync(path.join(root, 'www'))
    fs.symlinkSync('www', out)
    await swapSite(out, await build(out, 'new'))
    await removeLeftovers(out, path.join(root, '.cache'))
    expect(fs.existsSync(path.join(root, 'www'))).toBe(true)
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new')
  })

  it('leaves no moment without a site while builds are swapped in', async () => {
    const out = path.join(tempDir(), 'dist')
    await swapSite(out, await build(out, 'site'))
    // A reader in another thread, as a web server would be, reading the home page as fast as it can.
    // [0]: stop; [1]: reads so far, so the swaps go on until the reader has really raced them, however busy the machine.
    const shared = new Int32Array(new SharedArrayBuffer(8))
    const reader = new Worker(
      `const fs = require('node:fs'); const { workerData: { file, shared }, parentPort } = require('node:worker_threads')
       let misses = 0
       while (Atomics.load(shared, 0) === 0) { Atomics.add(shared, 1, 1); try { fs.readFileSync(file) } catch { misses++ } }
       parentPort.postMessage({ misses })`,
      { eval: true, workerData: { file: path.join(out, 'index.html'), shared } },
    )
    const result = new Promise<{ misses: number }>((resolve) => reader.once('message', resolve))
    for (let i = 0; i < 200 || Atomics.load(shared, 1) < 1000; i++) await swapSite(out, await build(out, `site ${i}`))
    Atomics.store(shared, 0, 1)
    const { misses } = await result
    expect(Atomics.load(shared, 1)).toBeGreaterThanOrEqual(1000)
    expect(misses).toBe(0)
  })
})
