/**
 * `npx tsx scripts/bench/scale.ts --articles 1000 [--runs 2] [--publishes 5] [--repeats 5]`:
 * the portal at the size of a real network of centres, against a bare Astro +
 * Pagefind site of the same texts (scripts/bench/bare-site/), on this machine:
 *  1. a corpus of `--articles` articles in 7 languages (scripts/bench/corpus/;
 *     cached in `--work`, reused when the options match);
 *  2. its import into a fresh SQLite file, then a re-import that changes nothing;
 *  3. `--runs` rounds of a full build of ours (`buildSite`, SITE_AS_OF pinned)
 *     and of the bare site, alternating which goes first, with each phase, the
 *     ratio ours / bare and peak memory;
 *  4. publish → live `--publishes` times: one article's Russian text changed
 *     and published through the Local API, then `buildSite` as the publisher
 *     calls it, timed from the save's start until the new site is in place;
 *  5. the admin's calls through the Local API (`--repeats` times each): the
 *     articles list (page 1 and page 50), a draft save, the dashboard's
 *     translation report.
 * Ends with a Markdown table (measure | ours | bare | ours / bare) and one summary line;
 * the figures also go to `<work>/n<articles>/results-<time>.json`.
 *
 * Peak memory: for our build, this process's own peak (VmHWM, reset before
 * each build) and the largest child (Astro, the Pagefind service), sampled
 * from /proc every 250 ms; for the bare build, `/usr/bin/time -v` of each
 * command (the largest process of its tree). "Tree" is the largest sampled sum
 * over all processes of a build at one moment.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { bins, binPath } from '../lib/run'
import { describeCorpus, generateCorpus, readCorpus, type CorpusSummary } from './corpus/corpus'

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '2' },
    publishes: { type: 'string', default: '5' },
    repeats: { type: 'string', default: '5' },
    seed: { type: 'string', default: 'portal-bench' },
    work: { type: 'string', default: path.join(os.tmpdir(), 'portal-bench') },
    /** Keep the database of an earlier run with the same corpus instead of importing again (the import is then not measured). */
    'reuse-db': { type: 'boolean', default: false },
    /** Build only ours (the bare site's figures of an earlier run stand). */
    'skip-bare': { type: 'boolean', default: false },
    /** Leave the built sites in the work folder. */
    keep: { type: 'boolean', default: false },
    /** At most this many file reads at once in this process: a workaround for EMFILE in our build (see capReads). */
    'cap-reads': { type: 'string' },
  },
})
const whole = (name: 'articles' | 'runs' | 'publishes' | 'repeats', min: number) => {
  const n = Number(flags[name])
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be a whole number ≥ ${min}, not "${flags[name]}"`)
  return n
}
const ARTICLES = whole('articles', 1)
const RUNS = whole('runs', 1)
const PUBLISHES = whole('publishes', 0)
const REPEATS = whole('repeats', 1)
const SEED = flags.seed!
const CAP_READS = flags['cap-reads'] === undefined ? undefined : Number(flags['cap-reads'])
if (CAP_READS !== undefined && !(Number.isInteger(CAP_READS) && CAP_READS >= 1)) {
  throw new Error(`--cap-reads must be a whole number ≥ 1, not "${flags['cap-reads']}"`)
}
const AS_OF = '2026-11-29'
const WORK = path.resolve(flags.work!, `n${ARTICLES}`)
const CORPUS = path.join(WORK, 'corpus')
const DB = path.join(WORK, 'portal.db')
/**
 * Inside the repository (the ignored `.cache/`), as `dist/` is in production:
 * Astro keeps its prerender chunks in `<cwd>/.astro/.prerender/` when the
 * output folder is outside the working directory, a folder every such build
 * from this checkout shares, so another one running meanwhile breaks it.
 */
const OURS_OUT = path.resolve('.cache', `scale-bench-n${ARTICLES}`, 'ours', 'dist')
const BARE_OUT = path.join(WORK, 'bare', 'dist')
const BARE_CACHE = path.join(WORK, 'bare', 'cache')
const BARE_ROOT = path.resolve('scripts/bench/bare-site')
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

// ---------- output ----------

const benchStart = performance.now()
const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
const mb = (kb: number | undefined) => (kb === undefined ? '?' : `${Math.round(kb / 1024)} MB`)
const clock = () => `[${(((performance.now() - benchStart) / 1000) | 0).toString().padStart(5)} s]`
const log = (line: string) => console.log(`${clock()} ${line}`)
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
/** "12.3 s (11.9–13.0)": median and range of several runs. */
const spread = (ms: number[]) =>
  ms.length === 0 ? '–' : ms.length === 1 ? s(ms[0]) : `${s(median(ms))} (${s(Math.min(...ms))}–${s(Math.max(...ms))})`
const ratio = (a: number[], b: number[]) =>
  a.length && b.length && median(b) > 0 ? `${(median(a) / median(b)).toFixed(1)}×` : '–'
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')

// ---------- memory ----------

const readText = (file: string) => fsp.readFile(file, 'utf8').catch(() => '')
const statusKb = (status: string, field: string) => {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)
  return m ? Number(m[1]) : undefined
}

/** This process's peak resident memory since the last `resetPeak()` (VmHWM). */
async function ownPeakKb(): Promise<number | undefined> {
  return statusKb(await readText('/proc/self/status'), 'VmHWM')
}
function resetPeak(): void {
  // "5" resets the peak to the current resident size (Linux ≥ 4.0).
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5')
  } catch {
    /* not Linux, or not allowed: the peak is then the process's lifetime peak */
  }
}

/**
 * Samples the memory of this process's descendants from /proc: each one's
 * peak (VmHWM, kept from its last sample before it ended) and the largest sum
 * of resident memory over this process and all of them at one moment.
 *
 * Kept light, as it runs beside the builds it measures: descendants are found
 * through each thread's `children` file, not by reading every process's
 * `stat`, and a command line (reading one takes the process's memory-map
 * lock) is read again only when the process's name changes (an exec) or
 * while it is still this process's own (forked, not yet exec'd).
 * With the sampler before it (every process's `stat` and each child's
 * command line, four times a second), two full builds took 54.8–56.2 s
 * against 47.5–48.2 s for two without any; with this one, 55.9–56.9 s
 * against 52.4–58.7 s: within the noise.
 */
class TreeSampler {
  private timer?: NodeJS.Timeout
  private busy = false
  /** pid → [command, peak kB, kernel's name of the process when the command was read]. */
  readonly children = new Map<number, [string, number, string]>()
  treePeakKb = 0
  private static warned = false

  start(): this {
    if (!fs.existsSync(`/proc/self/task/${process.pid}/children`) && !TreeSampler.warned) {
      TreeSampler.warned = true
      log(
        'memory: this kernel has no /proc/<pid>/task/<tid>/children (CONFIG_PROC_CHILDREN): child processes not sampled',
      )
    }
    this.timer = setInterval(() => void this.sample(), 250)
    void this.sample()
    return this
  }

  async stop(): Promise<this> {
    clearInterval(this.timer)
    await this.sample()
    return this
  }

  /** The largest child process's peak, with its command. */
  largestChild(): { command: string; kb: number } | undefined {
    const [best] = [...this.children.values()].sort((a, b) => b[1] - a[1])
    return best ? { command: best[0], kb: best[1] } : undefined
  }

  /** The children of `pid`, from each of its threads' `children` file. */
  private async childrenOf(pid: number | 'self'): Promise<number[]> {
    const tasks = await fsp.readdir(`/proc/${pid}/task`).catch(() => [] as string[])
    const lists = await Promise.all(tasks.map((t) => readText(`/proc/${pid}/task/${t}/children`)))
    return lists.flatMap((list) => list.split(' ').filter(Boolean).map(Number))
  }

  private async sample(): Promise<void> {
    if (this.busy) return
    this.busy = true
    try {
      const descendants: number[] = []
      for (let next = await this.childrenOf('self'); next.length;) {
        descendants.push(...next)
        next = (await Promise.all(next.map((pid) => this.childrenOf(pid)))).flat()
      }
      let sum = statusKb(await readText('/proc/self/status'), 'VmRSS') ?? 0
      for (const pid of descendants) {
        const status = await readText(`/proc/${pid}/status`)
        const rss = statusKb(status, 'VmRSS')
        const hwm = statusKb(status, 'VmHWM')
        if (rss === undefined || hwm === undefined) continue
        sum += rss
        const known = this.children.get(pid)
        const comm = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? ''
        // Read again after an exec (a new name) or while it is still this process's own command (forked, not yet exec'd).
        const name = known && known[2] === comm && known[0] !== (await ownCommand) ? known[0] : await commandName(pid)
        this.children.set(pid, [name, Math.max(hwm, known?.[1] ?? 0), comm])
      }
      this.treePeakKb = Math.max(this.treePeakKb, sum)
    } finally {
      this.busy = false
    }
  }
}

/** This process's own command as {@link commandName} gives it. */
const ownCommand = commandName(process.pid)

/** A process's command for the report: its first argument that is not node, time or an option. */
async function commandName(pid: number): Promise<string> {
  const cmd = (await readText(`/proc/${pid}/cmdline`)).split('\0').filter(Boolean)
  return cmd.map((a) => path.basename(a)).find((a) => !/^node(\.exe)?$|^time$|^-/.test(a)) ?? '?'
}

// ---------- child processes ----------

interface Timed {
  ms: number
  code: number | null
  /** `/usr/bin/time -v`: the largest resident size of the command's process tree. */
  maxRssKb?: number
  tail: string[]
}

/**
 * Runs `node <script> <args>` (under `/usr/bin/time -v` when present), passing
 * each output line to `onLine`; resolves when it exits, with its wall time.
 */
function timed(
  script: string,
  args: string[],
  env: Record<string, string>,
  onLine?: (l: string) => void,
  cwd?: string,
) {
  const command = TIME ?? process.execPath
  const argv = TIME ? ['-v', process.execPath, script, ...args] : [script, ...args]
  const started = performance.now()
  const child: ChildProcess = spawn(command, argv, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
    cwd,
  })
  const tail: string[] = []
  let maxRssKb: number | undefined
  const keep = (line: string) => tail.push(line) > 30 && tail.shift()
  createInterface({ input: child.stdout! }).on('line', (line) => {
    keep(line)
    onLine?.(line)
  })
  createInterface({ input: child.stderr! }).on('line', (line) => {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(line)
    if (m) maxRssKb = Number(m[1])
    else if (!/^\t/.test(line)) keep(line)
  })
  return new Promise<Timed>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, maxRssKb, tail }))
  })
}

function failed(what: string, run: Timed): Error {
  return new Error(`${what} exited with code ${run.code}:\n  ${run.tail.slice(-15).join('\n  ')}`)
}

// ---------- 1. corpus ----------

async function corpus(): Promise<CorpusSummary> {
  const cached = await readCorpus(CORPUS, { articles: ARTICLES, seed: SEED })
  if (cached) {
    log(`corpus: reusing ${CORPUS}: ${describeCorpus(cached)}`)
    return cached
  }
  log(`corpus: writing ${ARTICLES} articles × 7 languages to ${CORPUS}…`)
  const summary = await generateCorpus({
    articles: ARTICLES,
    out: CORPUS,
    seed: SEED,
    onProgress: (line) => log(`  ${line}`),
  })
  log(`corpus: ${describeCorpus(summary)} in ${s(summary.seconds * 1000)}`)
  return summary
}

// ---------- 2. import ----------

/** `scripts/import.ts` on the corpus in its own process, as `npm run content:import` runs it. */
async function importCorpus(label: string, expected: number): Promise<Timed> {
  let done = 0
  const started = performance.now()
  const step = Math.max(1, Math.round(expected / 10))
  const run = await timed(bins.tsx(), ['scripts/import.ts', CORPUS], {}, (line) => {
    if (/^\s+(created|updated|unchanged)\s+articles\//.test(line) && ++done % step === 0) {
      const elapsed = performance.now() - started
      const eta = (elapsed / done) * (expected - done)
      log(`  ${label}: ${done}/${expected} articles, ${s(elapsed)}${done < expected ? `, ~${s(eta)} to go` : ''}`)
    }
    if (line.startsWith('Imported')) log(`  ${line}`)
    // A re-import of the same files should change nothing: name what it did change.
    else if (label === 're-import' && /^\s+(created|updated)\s/.test(line)) log(`  ${label}: ${line.trim()}`)
  })
  if (run.code !== 0) throw failed(label, run)
  log(`${label}: ${s(run.ms)}, peak ${mb(run.maxRssKb)} (load ${load()})`)
  return run
}

// ---------- 3. builds ----------

interface OursRun {
  /** Milliseconds until the new site was live (the compressed copies follow). */
  ms: number
  /** Milliseconds after that, writing the compressed copies into the live site. */
  afterLiveMs?: number
  /** Phase number (1–5) → milliseconds, from the timestamps of its numbered log lines. */
  phases: Record<number, number>
  /**
   * Milliseconds each step took itself, from the build's report: export,
   * offline, astro, pagefind (these three run side by side, so they
   * overlap), sw, swap.
   */
  steps: Record<string, number>
  pages: number
  indexedPages: number
  mode?: string
  /** The build kept the site online's offline files (`deferOffline`): another build must follow. */
  offlineDeferred?: boolean
  /** The build indexed the changes in an index of their own (`deferSearch`): another build must follow. */
  searchDeferred?: boolean
  ownPeakKb?: number
  largestChild?: { command: string; kb: number }
  treePeakKb: number
  /** The build threw: its message (the phases are those it reached). */
  error?: string
  /** A full build that deferred the offline files: the build that then wrote them, as the publisher runs it. */
  offlineAfter?: { ms: number; error?: string }
}

type BuildSite = typeof import('../site/build-site').buildSite

/**
 * One run of our build. A full one (no `options`, or `full`) first removes
 * every trace of an earlier build; otherwise it builds on the site online
 * with `options`, as the publisher calls it.
 */
async function oursBuild(
  payload: Payload,
  buildSite: BuildSite,
  label: string,
  options?: { full?: boolean; deferOffline?: boolean; deferSearch?: boolean; prepareNext?: boolean },
): Promise<OursRun> {
  const incremental = options !== undefined && !options.full
  // As the publisher: an incremental build renders in the Astro the build before kept; a full build starts without one.
  if (!incremental) await (await import('../site/build-site')).endKeptAstro()
  if (!incremental) await fsp.rm(path.dirname(OURS_OUT), { recursive: true, force: true })
  await fsp.mkdir(path.dirname(OURS_OUT), { recursive: true })
  resetPeak()
  const sampler = new TreeSampler().start()
  const marks: [number, number][] = []
  // The site is live once the compressed copies start (they are written into the live site).
  let liveAt: number | undefined
  const started = performance.now()
  let report: (Awaited<ReturnType<BuildSite>> & { mode?: string }) | undefined
  let error: string | undefined
  try {
    report = await (buildSite as (...args: unknown[]) => ReturnType<BuildSite>)(
      payload,
      OURS_OUT,
      (line: string) => {
        const m = /^(\d)\/5 /.exec(line)
        if (m) marks.push([Number(m[1]), performance.now()])
        if (line.startsWith('Compressing the text files')) liveAt = performance.now()
        log(`  ${label}: ${line}`)
      },
      // Builds that know this option (ADR 0007) would otherwise update the site online incrementally.
      // Each makes the next one's folder ahead once it is live and keeps Astro's process, as the publisher's builds do.
      { prepareNext: true, keepAstro: true, ...(options ?? { full: true }) },
    )
  } catch (e) {
    // Reported, not fatal: the other measurements are still worth having.
    error = (e instanceof Error ? e.message : String(e)).split('\n')[0]
    log(`  ${label}: FAILED in phase ${marks.at(-1)?.[0] ?? '?'}/5: ${error}`)
  }
  const ended = performance.now()
  await sampler.stop()
  const phases: Record<number, number> = {}
  marks.forEach(([n, t], i) => (phases[n] = (marks[i + 1]?.[1] ?? liveAt ?? ended) - t))
  const steps = Object.fromEntries(
    Object.entries((report as { steps?: Record<string, number> } | undefined)?.steps ?? {}).map(([k, sec]) => [
      k,
      sec * 1000,
    ]),
  )
  return {
    ms: (liveAt ?? ended) - started,
    afterLiveMs: liveAt === undefined ? undefined : ended - liveAt,
    phases,
    steps,
    pages: report?.pages ?? 0,
    indexedPages: report?.indexedPages ?? 0,
    mode: report?.mode,
    offlineDeferred: (report as { offlineDeferred?: boolean } | undefined)?.offlineDeferred,
    searchDeferred: (report as { searchDeferred?: boolean } | undefined)?.searchDeferred,
    ownPeakKb: await ownPeakKb(),
    largestChild: sampler.largestChild(),
    treePeakKb: sampler.treePeakKb,
    error,
  }
}

/**
 * Opt-in (`--cap-reads <n>`), for a machine whose open-file limit a build
 * exceeds: at most `n` `fs/promises` readFile calls of this process at a
 * time. site/offline/file-list.ts `hashTree` reads every file of the build at
 * once, and a 1,000-article build has more than 20,000 (EMFILE). A bench-side
 * workaround, reported in the results, so the other phases can be measured.
 */
function capReads(limit: number): void {
  const readFile = fsp.readFile
  let active = 0
  const waiting: (() => void)[] = []
  fsp.readFile = (async (...args: Parameters<typeof readFile>) => {
    while (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    active++
    try {
      return await readFile(...args)
    } finally {
      active--
      waiting.shift()?.()
    }
  }) as typeof readFile
}

interface BareRun {
  ms: number
  astroMs: number
  pagefindMs: number
  pages: number
  indexedPages: number
  astroPeakKb?: number
  pagefindPeakKb?: number
  treePeakKb: number
}

/** The bare site: `astro build` then `pagefind --site`, each in its own process, from empty caches. */
async function bareBuild(label: string): Promise<BareRun> {
  await fsp.rm(path.dirname(BARE_OUT), { recursive: true, force: true })
  const sampler = new TreeSampler().start()
  const env = {
    BARE_CORPUS_DIR: CORPUS,
    BARE_OUT_DIR: BARE_OUT,
    BARE_CACHE_DIR: BARE_CACHE,
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  log(`  ${label}: astro build…`)
  let pages = 0
  // From its own folder: with an output folder outside the working directory, Astro
  // keeps its prerender chunks in `<cwd>/.astro/`, which would be the repository's, shared with other builds.
  const astro = await timed(
    bins.astro(),
    ['build', '--root', BARE_ROOT],
    env,
    (line) => {
      if (/index\.html \(\+/.test(line) && ++pages % 2000 === 0) log(`  ${label}: ${pages} pages`)
    },
    BARE_ROOT,
  )
  if (astro.code !== 0) throw failed('bare astro build', astro)
  log(`  ${label}: astro ${s(astro.ms)}, ${pages} pages; pagefind --site…`)
  let indexedPages = 0
  const pagefind = await timed(binPath('pagefind', 'lib/runner/bin.cjs'), ['--site', BARE_OUT], env, (line) => {
    const m = /Indexed (\d+) pages/.exec(line)
    if (m) indexedPages = Number(m[1])
  })
  if (pagefind.code !== 0) throw failed('bare pagefind', pagefind)
  await sampler.stop()
  log(`  ${label}: pagefind ${s(pagefind.ms)}, ${indexedPages} pages indexed`)
  return {
    ms: astro.ms + pagefind.ms,
    astroMs: astro.ms,
    pagefindMs: pagefind.ms,
    pages,
    indexedPages,
    astroPeakKb: astro.maxRssKb,
    pagefindPeakKb: pagefind.maxRssKb,
    treePeakKb: sampler.treePeakKb,
  }
}

// ---------- 4. publish → live ----------

interface Publish {
  ms: number
  saveMs: number
  buildMs: number
  /** The rebuild's phases and steps, as for a full build. */
  phases: Record<number, number>
  steps: Record<string, number>
  mode?: string
  slug: string
  error?: string
  /** The build the publisher runs at once when the first one deferred the offline files. */
  catchUpMs?: number
}

type Lexical = { root: { children: { children?: { type?: string; text?: string }[] }[] } }

/** Changes one article's Russian text and publishes it as an editor would (with a change note), then rebuilds. */
async function publishToLive(payload: Payload, buildSite: BuildSite, id: number | string, n: number): Promise<Publish> {
  const doc = (await payload.findByID({
    collection: 'articles',
    id,
    locale: 'ru',
    depth: 0,
    draft: false,
  })) as unknown as {
    slug: string
    body: Lexical
    changeHistory?: { id: string; date: string; note?: string }[]
  }
  const body = structuredClone(doc.body)
  const text = body.root.children.flatMap((c) => c.children ?? []).find((c) => typeof c.text === 'string')
  if (text) text.text = `${text.text} Срок подачи документов изменён (правка ${n}).`
  const started = performance.now()
  await payload.update({
    collection: 'articles',
    id,
    locale: 'ru',
    depth: 0,
    data: {
      body,
      // Rows keep their ids, so the other languages' notes on them stay.
      changeHistory: [...(doc.changeHistory ?? []), { date: AS_OF, note: `Изменён срок подачи документов (${n}).` }],
      _status: 'published',
    } as never,
  })
  const saved = performance.now()
  // As the publisher calls it when published content changed (scripts/site/publisher.ts).
  const run = await oursBuild(payload, buildSite, `publish ${n}/${PUBLISHES}`, {
    deferOffline: true,
    deferSearch: true,
  })
  const live = saved + run.ms
  // The publisher then brings the offline files and the search index up to date at once; not part of publish → live.
  const catchUp =
    run.offlineDeferred || run.searchDeferred
      ? await oursBuild(payload, buildSite, `catch-up ${n}/${PUBLISHES}`, {})
      : undefined
  return {
    ms: live - started,
    saveMs: saved - started,
    buildMs: live - saved,
    phases: run.phases,
    steps: run.steps,
    mode: run.mode,
    slug: doc.slug,
    error: run.error ?? catchUp?.error,
    catchUpMs: catchUp?.ms,
  }
}

// ---------- 5. admin ----------

async function repeat(what: string, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < REPEATS; i++) {
    const t = performance.now()
    await fn(i)
    times.push(performance.now() - t)
  }
  log(`  ${what}: ${spread(times)}`)
  return times
}

// ---------- main ----------

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim()
  } catch {
    return '?'
  }
}

async function main(): Promise<void> {
  await fsp.mkdir(WORK, { recursive: true })
  // Before any project module is loaded: the Payload config reads them when imported.
  process.env.DATABASE_URI = `file:${DB}`
  process.env.PAYLOAD_SECRET ??= 'scale-bench-secret'
  process.env.SITE_AS_OF = AS_OF
  process.env.ASTRO_TELEMETRY_DISABLED = '1'

  const gitHead = git(['log', '--oneline', '-3'])
  const gitDirty = git(['status', '--short']).split('\n').filter(Boolean)
  log(
    `scale benchmark: ${ARTICLES} articles × 7 languages, ${RUNS} rounds, ${PUBLISHES} publishes, admin calls ×${REPEATS}; work folder ${WORK}`,
  )
  log(
    `machine: ${os.cpus().length} cores, ${mb(os.totalmem() / 1024)} RAM (${mb(os.freemem() / 1024)} free), load ${load()}; node ${process.version}; /usr/bin/time ${TIME ? 'yes' : 'no'}`,
  )
  log(`git: ${gitHead.split('\n')[0]}; ${gitDirty.length} files changed or new in the working tree`)
  const openFiles = /^Max open files\s+(\S+)/m.exec(await readText('/proc/self/limits'))?.[1] ?? '?'
  log(
    `open-file limit ${openFiles}${CAP_READS ? `; --cap-reads ${CAP_READS}: at most ${CAP_READS} file reads at once in this process (workaround, see capReads)` : ''}`,
  )
  if (CAP_READS) capReads(CAP_READS)
  const loadBefore = load()

  // 1. Corpus
  const summary = await corpus()
  const expected = summary.articles

  // 2. Import
  let importRun: Timed | undefined
  let reimportRun: Timed | undefined
  if (flags['reuse-db'] && fs.existsSync(DB)) {
    log(`import: reusing ${DB} (--reuse-db; not measured)`)
  } else {
    for (const f of [DB, `${DB}-wal`, `${DB}-shm`, `${DB}-journal`]) await fsp.rm(f, { force: true })
    log(`import: ${expected} articles (${summary.files.total} files) into a fresh ${DB}…`)
    importRun = await importCorpus('import', expected)
    log('re-import: the same files again (nothing changes)…')
    reimportRun = await importCorpus('re-import', expected)
  }

  const openStarted = performance.now()
  const { openPayload } = await import('../lib/payload')
  const { buildSite } = await import('../site/build-site')
  const { translationReport } = await import('../../cms/translation-report')
  const payload = await openPayload()
  log(`Local API open in ${s(performance.now() - openStarted)}`)

  // 3. Builds, alternating which goes first.
  const ours: OursRun[] = []
  const bare: BareRun[] = []
  for (let round = 1; round <= RUNS; round++) {
    const order = round % 2 === 1 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)
    for (const which of order) {
      if (which === 'bare' && flags['skip-bare']) continue
      const label = `${which} ${round}/${RUNS}`
      log(`${label}: full build (load ${load()})…`)
      if (which === 'ours') {
        // As the publisher builds a first site: live with the pages and the search index, the offline files in the build that follows.
        const run = await oursBuild(payload, buildSite, label, { full: true, deferOffline: true })
        if (run.offlineDeferred && !run.error) {
          const after = await oursBuild(payload, buildSite, `${label} offline files`, {})
          run.offlineAfter = { ms: after.ms, error: after.error }
        }
        ours.push(run)
        log(
          `${label}: ${run.error ? `FAILED after ${s(run.ms)}: ${run.error}; ` : ''}` +
            `${s(run.ms)} [${Object.entries(run.steps)
              .map(([name, ms]) => `${name} ${s(ms)}`)
              .join(', ')}], ${run.pages} pages, ${run.indexedPages} indexed${run.mode ? `, ${run.mode}` : ''}; ` +
            `peak: this process ${mb(run.ownPeakKb)}, largest child ${run.largestChild ? `${run.largestChild.command} ${mb(run.largestChild.kb)}` : '–'}, tree ${mb(run.treePeakKb)}` +
            (run.offlineAfter
              ? `; then the offline files ${run.offlineAfter.error ? `FAILED: ${run.offlineAfter.error}` : s(run.offlineAfter.ms)}`
              : ''),
        )
      } else {
        const run = await bareBuild(label)
        bare.push(run)
        log(
          `${label}: ${s(run.ms)} [astro ${s(run.astroMs)}, pagefind ${s(run.pagefindMs)}], ${run.pages} pages, ${run.indexedPages} indexed; ` +
            `peak: astro ${mb(run.astroPeakKb)}, pagefind ${mb(run.pagefindPeakKb)}, tree ${mb(run.treePeakKb)}`,
        )
      }
    }
  }
  // Publishing builds on the last full build of ours, which must be in place.
  const built = fs.existsSync(OURS_OUT)
  if (PUBLISHES > 0 && !built) log(`publish → live: skipped, no build of ours succeeded (${OURS_OUT} is missing)`)

  // 4. Publish → live, on articles spread over the collection.
  const published = await payload.find({
    collection: 'articles',
    locale: 'ru',
    draft: false,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'id',
    select: { slug: true } as never,
  })
  const ids = (published.docs as unknown as { id: number | string }[]).map((d) => d.id)
  const publishes: Publish[] = []
  for (let n = 1; built && n <= PUBLISHES; n++) {
    const id = ids[Math.floor(((n - 0.5) / PUBLISHES) * ids.length)]
    log(`publish → live ${n}/${PUBLISHES}: article ${id} (load ${load()})…`)
    const p = await publishToLive(payload, buildSite, id, n)
    publishes.push(p)
    log(
      `publish → live ${n}/${PUBLISHES}: ${p.error ? `FAILED (${p.error}) after ` : ''}${s(p.ms)} (save ${s(p.saveMs)}, build ${s(p.buildMs)}${p.mode ? `, ${p.mode}` : ''}) for ${p.slug}${p.catchUpMs === undefined ? '' : `; offline files and search caught up in ${s(p.catchUpMs)}`}`,
    )
  }

  // 5. Admin calls, as the admin's screens make them.
  log(`admin calls, ${REPEATS} times each (load ${load()})…`)
  const list = (page: number) =>
    payload.find({ collection: 'articles', draft: true, locale: 'ru', sort: '-updatedAt', limit: 10, depth: 0, page })
  const first = await list(1)
  const page50 = Math.min(50, first.totalPages)
  const listTimes = await repeat('articles list, page 1', () => list(1))
  const pageTimes = await repeat(`articles list, page ${page50} of ${first.totalPages}`, () => list(page50))
  const target = first.docs[0] as unknown as { id: number | string; title: string }
  const saveTimes = await repeat('draft save of one article (ru)', (i) =>
    payload.update({
      collection: 'articles',
      id: target.id,
      locale: 'ru',
      draft: true,
      depth: 0,
      data: { title: `${target.title.slice(0, 140)} · черновик ${i + 1}` } as never,
    }),
  )
  let rows = 0
  const dashboardTimes = await repeat('dashboard (translationReport)', async () => {
    // As the dashboard asks (cms/components/EditorialDashboard.tsx): the first page of overdue reviews.
    const report = translationReport as (p: Payload, options?: object) => Promise<{ rows: unknown[] }>
    rows = (await report(payload, { now: new Date(`${AS_OF}T00:00:00Z`), overdue: { page: 1, limit: 10 } })).rows.length
  })
  const loadAfter = load()

  // ---------- report ----------
  // A failed build's phases count, except the one it failed in.
  const lastPhase = (r: OursRun) => Math.max(0, ...Object.keys(r.phases).map(Number))
  const oursOk = ours.filter((r) => !r.error)
  /** Each successful build's own time for a step (offline, astro and pagefind overlap). */
  const oursStep = (...names: string[]) =>
    oursOk.flatMap((r) =>
      names.every((n) => r.steps[n] === undefined) ? [] : [names.reduce((t, n) => t + (r.steps[n] ?? 0), 0)],
    )
  const failures = [
    ...ours.filter((r) => r.error).map((r) => `full build of ours, in phase ${lastPhase(r)}/5: ${r.error}`),
    ...publishes.filter((p) => p.error).map((p) => `publish → live (${p.slug}): ${p.error}`),
  ]
  const publishesOk = publishes.filter((p) => !p.error)
  const max = (xs: (number | undefined)[]) => Math.max(0, ...xs.filter((x): x is number => x !== undefined))
  const oursLargest = max(ours.flatMap((r) => [r.ownPeakKb, r.largestChild?.kb]))
  const bareLargest = max(bare.flatMap((r) => [r.astroPeakKb, r.pagefindPeakKb]))
  const oursTree = max(ours.map((r) => r.treePeakKb))
  const bareTree = max(bare.map((r) => r.treePeakKb))
  const childName = ours.map((r) => r.largestChild?.command).find(Boolean) ?? 'child'
  const words = Object.values(summary.words).reduce((n, w) => n + w.total, 0)
  const table: string[][] = [
    [
      'corpus',
      `${summary.articles} articles, ${summary.files.total} article files (${summary.drafts} drafts), ${(words / 1e6).toFixed(1)} M words`,
      'the same files',
      '',
    ],
    [
      `import of ${summary.articles} articles × 7 languages into an empty DB`,
      importRun ? `${s(importRun.ms)} (peak ${mb(importRun.maxRssKb)})` : 'not measured (--reuse-db)',
      '–',
      '',
    ],
    ['no-change re-import', reimportRun ? `${s(reimportRun.ms)} (peak ${mb(reimportRun.maxRssKb)})` : '–', '–', ''],
    [
      `full build until the site is live (pages and search; the offline files follow), median (range) of ${oursOk.length} / ${bare.length}${oursOk.length < ours.length ? ` (${ours.length - oursOk.length} of ours failed)` : ''}`,
      spread(oursOk.map((r) => r.ms)),
      spread(bare.map((r) => r.ms)),
      ratio(
        oursOk.map((r) => r.ms),
        bare.map((r) => r.ms),
      ),
    ],
    ['· reading content out of Payload', spread(oursStep('export')), '–', ''],
    ['· offline files (HTML + ZIM per language), beside Astro', spread(oursStep('offline')), '–', ''],
    [
      '· Astro',
      spread(oursStep('astro')),
      spread(bare.map((r) => r.astroMs)),
      ratio(
        oursStep('astro'),
        bare.map((r) => r.astroMs),
      ),
    ],
    [
      '· search records + Pagefind, beside Astro',
      spread(oursStep('pagefind')),
      spread(bare.map((r) => r.pagefindMs)),
      ratio(
        oursStep('pagefind'),
        bare.map((r) => r.pagefindMs),
      ),
    ],
    ['· service worker, offline lists, checks, swap', spread(oursStep('sw', 'swap')), '–', ''],
    ['then the brotli and gzip copies, written into the live site', spread(oursStep('compress')), '–', ''],
    [
      'then the offline files (HTML + ZIM per language), the build that follows',
      spread(oursOk.flatMap((r) => (r.offlineAfter && !r.offlineAfter.error ? [r.offlineAfter.ms] : []))),
      '–',
      '',
    ],
    [
      'full build and offline files, in total',
      spread(oursOk.flatMap((r) => (r.offlineAfter && !r.offlineAfter.error ? [r.ms + r.offlineAfter.ms] : []))),
      spread(bare.map((r) => r.ms)),
      ratio(
        oursOk.flatMap((r) => (r.offlineAfter && !r.offlineAfter.error ? [r.ms + r.offlineAfter.ms] : [])),
        bare.map((r) => r.ms),
      ),
    ],
    [
      'pages built / pages indexed',
      `${oursOk.at(-1)?.pages ?? '?'} / ${oursOk.at(-1)?.indexedPages ?? '?'}`,
      `${bare.at(-1)?.pages ?? '?'} / ${bare.at(-1)?.indexedPages ?? '?'}`,
      '',
    ],
    [
      'peak memory, largest process',
      `${mb(oursLargest)} (this process ${mb(max(ours.map((r) => r.ownPeakKb)))}, ${childName} ${mb(max(ours.map((r) => r.largestChild?.kb)))})`,
      `${mb(bareLargest)} (astro ${mb(max(bare.map((r) => r.astroPeakKb)))}, pagefind ${mb(max(bare.map((r) => r.pagefindPeakKb)))})`,
      bareLargest ? `${(oursLargest / bareLargest).toFixed(1)}×` : '–',
    ],
    [
      'peak memory, whole build (sampled sum)',
      mb(oursTree),
      mb(bareTree),
      bareTree ? `${(oursTree / bareTree).toFixed(1)}×` : '–',
    ],
    [
      `publish → live, median (range) of ${publishesOk.length}`,
      spread(publishesOk.map((p) => p.ms)),
      '–',
      `(the publisher's polling delay not included)`,
    ],
    ['· the save', spread(publishesOk.map((p) => p.saveMs)), '–', ''],
    [
      `· the build${publishes[0]?.mode ? ` (${[...new Set(publishes.map((p) => p.mode?.replace(/\d+/g, 'n')))].join(', ')})` : ''}`,
      spread(publishesOk.map((p) => p.buildMs)),
      '–',
      '',
    ],
    [
      '· its steps, median (astro and pagefind side by side)',
      publishesOk.length === 0
        ? '–'
        : ['export', 'offline', 'astro', 'pagefind', 'sw', 'swap']
            .flatMap((name) => {
              const times = publishesOk.flatMap((p) => (p.steps[name] === undefined ? [] : [p.steps[name]]))
              return times.length ? [`${name} ${s(median(times))}`] : []
            })
            .join(', '),
      '–',
      '',
    ],
    [
      '· then the offline files and the whole search index, in the build the publisher runs next',
      spread(publishesOk.flatMap((p) => (p.catchUpMs === undefined ? [] : [p.catchUpMs]))),
      '–',
      '',
    ],
    [`admin: articles list, page 1 (×${REPEATS})`, spread(listTimes), '–', ''],
    [`admin: articles list, page ${page50}`, spread(pageTimes), '–', ''],
    ['admin: draft save of one article', spread(saveTimes), '–', ''],
    [`admin: dashboard (translationReport, ${rows} rows)`, spread(dashboardTimes), '–', ''],
  ]
  console.log('')
  console.log(
    `Scale benchmark, ${new Date().toISOString()}: ${os.cpus().length} cores, load ${loadBefore} before, ${loadAfter} after; ${gitHead.split('\n')[0]} + ${gitDirty.length} changed files`,
  )
  console.log('')
  console.log('| measure | ours | bare Astro + Pagefind | ours / bare |')
  console.log('|---|---|---|---|')
  for (const row of table) console.log(`| ${row.join(' | ')} |`)
  console.log('')
  if (CAP_READS)
    console.log(`Run with --cap-reads ${CAP_READS}: file reads in this process were limited to ${CAP_READS} at once.`)
  for (const f of failures) console.log(`FAILED: ${f}`)
  if (CAP_READS || failures.length) console.log('')
  const summaryLine =
    `Ours vs bare at ${summary.files.total} article files: full build until live ${oursOk.length ? s(median(oursOk.map((r) => r.ms))) : 'FAILED'} vs ${s(median(bare.map((r) => r.ms)))} ` +
    `(${ratio(
      oursOk.map((r) => r.ms),
      bare.map((r) => r.ms),
    )}), peak ${mb(oursLargest)} vs ${mb(bareLargest)}; import ${importRun ? s(importRun.ms) : '–'}, ` +
    `re-import ${reimportRun ? s(reimportRun.ms) : '–'}, publish → live ${publishesOk.length ? s(median(publishesOk.map((p) => p.ms))) : '–'}, ` +
    `admin list ${s(median(listTimes))}, dashboard ${s(median(dashboardTimes))}. Total ${s(performance.now() - benchStart)}.`
  console.log(summaryLine)

  const results = path.join(WORK, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  await fsp.writeFile(
    results,
    `${JSON.stringify(
      {
        articles: ARTICLES,
        corpus: summary,
        git: { head: gitHead, changed: gitDirty },
        load: { before: loadBefore, after: loadAfter },
        import: importRun && { ms: importRun.ms, maxRssKb: importRun.maxRssKb },
        reimport: reimportRun && { ms: reimportRun.ms, maxRssKb: reimportRun.maxRssKb },
        capReads: CAP_READS,
        failures,
        ours,
        bare,
        publishes,
        admin: { list: listTimes, page: page50, pageTimes, save: saveTimes, dashboard: dashboardTimes },
        table,
        summary: summaryLine,
      },
      null,
      2,
    )}\n`,
  )
  console.log(`Figures written to ${results}`)
  if (!flags.keep) {
    await fsp.rm(path.dirname(path.dirname(OURS_OUT)), { recursive: true, force: true })
    await fsp.rm(path.join(WORK, 'bare'), { recursive: true, force: true })
  }
}

let exitCode = 0
try {
  await main()
} catch (error) {
  console.error(`${clock()} Scale benchmark failed:`, error)
  exitCode = 1
}
// Exit explicitly: the database client keeps Node alive.
process.exit(exitCode)
