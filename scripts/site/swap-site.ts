import fs from 'node:fs/promises'
import path from 'node:path'

import { PER_BUILD_CACHE } from '../../site/build'

/*
 * How a finished build replaces the site. `<out>` is a symbolic link to the
 * folder of the newest build, `<out>.build-<pid>-<random>`, and the swap renames
 * a new link over it: rename(2) replaces a link in one step, so a static
 * server, `npm run serve` or an rsync of `<out>/` sees the old site or the new
 * one, never none. Renaming the old folder away and the new one in, as builds
 * did before, left a moment with no `<out>` at all; a folder cannot be renamed
 * over a non-empty folder, so there is no atomic swap of real folders. (POSIX
 * only: Windows needs privileges for links.)
 *
 * The build a swap replaces stays until the next build starts: a request or a
 * copy that followed the old link just before the swap can still read it
 * (removing it at once made such reads fail, rarely but measurably).
 *
 * Every name beside `<out>` carries the pid of the process that made it, so a
 * later build can tell the leftovers of a killed build from those of a build
 * still running.
 */

/** Creates a new folder beside `out` for this process to build into, unique even when a dead builder's pid comes round again. */
export async function newBuildDir(out: string): Promise<string> {
  const dir = await fs.mkdtemp(`${out}.build-${process.pid}-`)
  // mkdtemp makes it private (0700); a web server running as another user must read the site.
  await fs.chmod(dir, 0o755)
  return dir
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The pid in the name of something a build of `out` leaves beside it (build, link, and the staging and previous folders of older builds). */
function builderOf(out: string, file: string): number | undefined {
  if (path.dirname(file) !== path.dirname(out)) return undefined
  const match = new RegExp(
    `^${escape(path.basename(out))}\\.(?:build|staging|previous|link)-(\\d+)(?:-[A-Za-z0-9]+)?$`,
  ).exec(path.basename(file))
  return match ? Number(match[1]) : undefined
}

/** Whether a process with this id exists (EPERM: it does, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The folder `out` links to, or undefined when it is not a link. */
async function linkTarget(out: string): Promise<string | undefined> {
  const target = await fs.readlink(out).catch(() => undefined)
  return target === undefined ? undefined : path.resolve(path.dirname(out), target)
}

/** The build the site shows now (the folder `out` links to), for an incremental build to start from. */
export async function liveBuild(out: string): Promise<string | undefined> {
  return linkTarget(out)
}

/**
 * Removes what earlier builds of `out` left behind: the site the last swap
 * replaced, and the build folders, links, content files and offline downloads in `cacheDir` of
 * builds that were killed. Kept: the site `out` links to, and everything of
 * a process still running, which may be building now. This process's
 * own leftovers go too, as it runs one build at a time (its content file name
 * already assumes that) and a long-running publisher would otherwise keep
 * them until it stops. Returns what it removed.
 */
export async function removeLeftovers(out: string, cacheDir: string): Promise<string[]> {
  const leftovers = await setAsideLeftovers(out, cacheDir)
  await leftovers.remove()
  return leftovers.removed
}

let asideCount = 0

/**
 * {@link removeLeftovers} in two steps, so that a build need not wait for
 * old folders to be deleted (55,000 files for a build folder at 7,000 article
 * pages, 1–2 s; 6,400 for a build's search records, 0.6–0.9 s, which every
 * publish waited for): folders are renamed out of the way at once (in the
 * folder they are in, so one rename each, under a name of this process's
 * that the next clean-up removes if this one is killed first), files are
 * removed, and `remove()` deletes the renamed folders, once the new build is
 * live. `removed` names what was there. What `keep` names stays (this
 * process's own: the folder made ahead for this build, with its entries in
 * the cache, and the snapshot bodies it keeps between builds).
 */
export async function setAsideLeftovers(
  out: string,
  cacheDir: string,
  keep: readonly string[] = [],
): Promise<{ removed: string[]; remove: () => Promise<void> }> {
  const live = await linkTarget(out)
  const kept = new Set(keep.map((dir) => path.resolve(dir)))
  const list = async (dir: string) => (await fs.readdir(dir).catch(() => [])).map((name) => path.join(dir, name))
  const candidates: [string, number | undefined][] = [
    ...(await list(path.dirname(out))).map((file): [string, number | undefined] => [file, builderOf(out, file)]),
    // Each build's record of its inputs and its search records (ADR 0007), named after its folder: they go with the build.
    ...(await Promise.all(PER_BUILD_CACHE.map((dir) => list(path.join(cacheDir, dir)))))
      .flat()
      .map((file): [string, number | undefined] => {
        const build = path.join(path.dirname(out), path.basename(file, '.json'))
        return [file, build === live || kept.has(build) ? undefined : builderOf(out, build)]
      }),
    ...(await list(cacheDir)).map((file): [string, number | undefined] => {
      // The content snapshot and its bodies, the offline downloads and the incremental build's work files a build keeps in the cache.
      const match =
        /^(?:site-(?:content|inputs|render)-(\d+)\.json|offline-(\d+)|site-(?:partial|search|search-records|bodies|aside)-(\d+)(?:-\d+|-delta)?)$/.exec(
          path.basename(file),
        )
      return [file, match ? Number(match[1] ?? match[2] ?? match[3]) : undefined]
    }),
  ]
  const removed: string[] = []
  const aside: string[] = []
  for (const [file, pid] of candidates) {
    if (pid === undefined || file === live || kept.has(file) || (pid !== process.pid && isRunning(pid))) continue
    removed.push(file)
    const folder = (await fs.lstat(file).catch(() => undefined))?.isDirectory()
    // Beside `out`, a name builderOf knows; in the cache, one the pattern above knows.
    const to =
      path.dirname(file) === path.dirname(out)
        ? `${out}.staging-${process.pid}-aside${asideCount++}`
        : path.join(cacheDir, `site-aside-${process.pid}-${asideCount++}`)
    if (
      folder &&
      (await fs.rename(file, to).then(
        () => true,
        () => false,
      ))
    )
      aside.push(to)
    else await fs.rm(file, { recursive: true, force: true })
  }
  return {
    removed,
    remove: async () => {
      for (const folder of aside) await fs.rm(folder, { recursive: true, force: true })
    },
  }
}

/**
 * Makes `out` the finished build `built` (a folder from newBuildDir) in one
 * atomic rename. Throws only when the old site is still in place.
 */
export async function swapSite(out: string, built: string): Promise<void> {
  const link = `${out}.link-${process.pid}`
  await fs.rm(link, { force: true })
  // Relative, so `out` and its builds still work when their folder is moved or mounted elsewhere.
  await fs.symlink(path.basename(built), link, 'dir')
  // A real folder, from a build before links, cannot be swapped in one step:
  // this once, the site is missing for a moment. The next build removes it.
  const previous = `${out}.previous-${process.pid}`
  const realFolder = (await fs.lstat(out).catch(() => undefined))?.isDirectory()
  if (realFolder) await fs.rename(out, previous)
  try {
    await fs.rename(link, out)
  } catch (error) {
    if (realFolder) await fs.rename(previous, out)
    await fs.rm(link, { force: true })
    throw error
  }
}
