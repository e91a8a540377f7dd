import { type ChildProcess, spawn } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

import { CONTENT_FILE_ENV } from '../data/snapshot'
import { type AstroAnswer, astroBuildCode, astroDir, type RenderAgain, STAY_ENV } from './kept-astro'
import { PAGE_INPUTS_ENV, RENDER_ONLY_ENV } from './page-inputs'

/*
 * Astro's process, as the site's build runs it (site/build.ts): `astro build`
 * in a child process with this process's Node (the project's pinned one).
 * Astro runs in its own process: it needs React in production mode, while a
 * process that has opened the Local API has already loaded it in development
 * mode. The site keeps this small spawner of its own rather than importing
 * the scripts' runner (scripts/lib/run.ts, made for servers and log files),
 * so that nothing in site/ depends on the code that drives it.
 *
 * A process that builds again and again (the publisher) can keep Astro's
 * process once it has built ({@link KeptAstro}): the next build that renders
 * some paths (an incremental one, ADR 0007) renders them in it, without
 * starting Node and Astro nor bundling the site with Vite again (about 1.5 s
 * of a publish at 7,000 article pages). page-inputs.ts is its other side.
 */

/** The folder of the build cache where Node keeps the code it compiled for Astro's process (NODE_COMPILE_CACHE). */
const COMPILE_CACHE_DIR = 'node-compile-cache'

/**
 * Node's heap limit for Astro: half the machine's memory (at most 16 GB), unless
 * NODE_OPTIONS sets one. Node's own default, about 4 GB, is what Astro holds
 * at 20,000 pages (the snapshot, every route's props and the rendered pages),
 * and it dies of it ("JavaScript heap out of memory") where the machine has
 * memory to spare.
 */
function astroHeap(): string[] {
  if (process.env.NODE_OPTIONS?.includes('--max-old-space-size')) return []
  const mb = Math.min(16384, Math.max(4096, Math.floor(os.totalmem() / 2 / 1024 / 1024)))
  return [`--max-old-space-size=${mb}`]
}

const astroBin = () => path.join(astroDir(), 'bin/astro.mjs')

/** `astro build` into `outDir`, reading the snapshot in `contentFile`; `stays` opens a channel to keep it. */
function spawnAstro(
  outDir: string,
  contentFile: string,
  cacheDir: string,
  env: Record<string, string>,
  stays: boolean,
): { child: ChildProcess; command: string } {
  const args = ['build', '--outDir', outDir, '--silent']
  const child = spawn(process.execPath, [...astroHeap(), astroBin(), ...args], {
    stdio: ['ignore', 'inherit', 'inherit', ...(stays ? ['ipc' as const] : [])],
    env: {
      // Node keeps what it compiled of Astro, Vite and Rollup for the next run (about 0.1 s of each start).
      NODE_COMPILE_CACHE: path.join(cacheDir, COMPILE_CACHE_DIR),
      ...process.env,
      ...env,
      [CONTENT_FILE_ENV]: contentFile,
      ...(stays ? { [STAY_ENV]: '1' } : {}),
    },
  })
  return { child, command: `astro ${args.join(' ')}` }
}

/** Runs `astro build` into `outDir` in a process of its own, reading the snapshot in `contentFile`. */
export function astroBuild(
  outDir: string,
  contentFile: string,
  cacheDir: string,
  env: Record<string, string> = {},
): Promise<void> {
  const { child, command } = spawnAstro(outDir, contentFile, cacheDir, env, false)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with code ${code}`))))
  })
}

/** What a kept process was started for: it renders again only for the same folder, snapshot file, cache and code. */
interface KeptFor {
  outDir: string
  contentFile: string
  cacheDir: string
  code: string
}

const sameFor = (a: KeptFor, b: KeptFor) =>
  a.outDir === b.outDir && a.contentFile === b.contentFile && a.cacheDir === b.cacheDir && a.code === b.code

/** How a kept Astro built: "again" in the process kept since the build before, "started" in a new one it keeps, "alone" in one of its own (it could not keep one). */
export type KeptBuild = 'again' | 'started' | 'alone'

/**
 * Astro's process kept between the builds of this process. {@link build}
 * runs `astro build` the first time and keeps the process; while the folder,
 * the snapshot file, the build cache and the site's code (`code`,
 * incremental.ts `codeHash`) stay the same, the builds after it only render
 * again (the paths the RenderOnly file names), in that process. When the kept
 * process has died or fails to render, or a process to keep fails to build,
 * the build says why and runs a plain `astro build` (failing with its error
 * if that fails too: a build that fails for its content runs Astro twice);
 * when the installed Astro lacks what a kept process renders with
 * (kept-astro.ts), every build does. Builds are one at a time. The kept
 * process holds what Astro loaded (about 0.75 GB at 7,000 article pages)
 * until {@link close}, and ends with this process.
 */
export class KeptAstro {
  #child: ChildProcess | undefined
  #for: KeptFor | undefined
  #waiting: { child: ChildProcess; resolve: () => void; reject: (error: Error) => void } | undefined
  #canStay: Promise<string | undefined> | undefined
  /** How many times a process to keep was started. */
  started = 0

  /**
   * Runs `astro build` into `outDir` as {@link astroBuild} does, recording
   * page inputs to `files.runFile` and rendering what `files.onlyFile` names
   * (page-inputs.ts), in the kept process when it can; `log` says why it
   * could not.
   */
  async build(
    outDir: string,
    contentFile: string,
    cacheDir: string,
    files: { runFile: string; onlyFile: string },
    code: string,
    log: (line: string) => void = () => {},
  ): Promise<KeptBuild> {
    const env = { [PAGE_INPUTS_ENV]: files.runFile, [RENDER_ONLY_ENV]: files.onlyFile }
    const wanted: KeptFor = { outDir, contentFile, cacheDir, code }
    if (this.#child && this.#for && sameFor(this.#for, wanted)) {
      try {
        await this.#ask(this.#child, { type: 'render', ...files })
        return 'again'
      } catch (error) {
        log(`    Astro kept since the last build could not render (${message(error)}): Astro starts again`)
      }
    }
    await this.close()
    // Once per process: whether the installed Astro has what a kept process renders with.
    // This module's own import(): Node's, or that of a test runner standing for it.
    this.#canStay ??= astroBuildCode((url) => import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>).then(
      () => undefined,
      (error: unknown) => message(error),
    )
    const cannot = await this.#canStay
    if (cannot === undefined) {
      try {
        await this.#start(outDir, contentFile, cacheDir, env, wanted)
        return 'started'
      } catch (error) {
        await this.close()
        log(`    Astro could not be kept (${message(error)}): it builds in a process of its own`)
      }
    } else log(`    ${cannot}`)
    await astroBuild(outDir, contentFile, cacheDir, env)
    return 'alone'
  }

  /** Ends the kept process, if any, once it has exited: the memory it holds is given back. */
  async close(): Promise<void> {
    const child = this.#child
    if (!child) return
    const exited = new Promise<void>((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
    )
    this.#forget(child, 'it was ended')
    await exited
  }

  async #start(
    outDir: string,
    contentFile: string,
    cacheDir: string,
    env: Record<string, string>,
    wanted: KeptFor,
  ): Promise<void> {
    const { child, command } = spawnAstro(outDir, contentFile, cacheDir, env, true)
    this.started++
    this.#child = child
    this.#for = wanted
    child.on('message', (answer: AstroAnswer) => {
      const waiting = this.#waiting
      if (waiting?.child !== child) return
      this.#waiting = undefined
      this.#idle(child)
      if (answer.type === 'built') return waiting.resolve()
      this.#forget(child)
      waiting.reject(new Error(answer.message))
    })
    child.on('error', (error) => this.#forget(child, `${command} failed: ${error.message}`))
    child.on('exit', (code, signal) =>
      this.#forget(
        child,
        code === 0 ? `${command} ended before it had built` : `${command} exited with ${signal ?? `code ${code}`}`,
      ),
    )
    await new Promise<void>((resolve, reject) => (this.#waiting = { child, resolve, reject }))
  }

  /** Between builds, neither the kept process nor its channel keeps this one running: it ends with it (page-inputs.ts leaves when the channel closes). */
  #idle(child: ChildProcess): void {
    child.unref()
    child.channel?.unref()
  }

  /** Forgets `child` if it is the kept one, failing the build waiting for it with `why`, and ends it. */
  #forget(child: ChildProcess, why?: string): void {
    const waiting = this.#waiting
    if (waiting?.child === child) {
      this.#waiting = undefined
      waiting.reject(new Error(why ?? 'Astro ended'))
    }
    if (this.#child !== child) return
    this.#child = undefined
    this.#for = undefined
    if (child.connected) child.disconnect()
    if (child.exitCode === null && child.signalCode === null) child.kill()
  }

  #ask(child: ChildProcess, message: RenderAgain): Promise<void> {
    // While it renders, this process waits for it.
    child.ref()
    child.channel?.ref()
    return new Promise<void>((resolve, reject) => {
      this.#waiting = { child, resolve, reject }
      child.send(message, (error) => {
        if (error) this.#forget(child, `it could not be asked: ${error.message}`)
      })
    })
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
