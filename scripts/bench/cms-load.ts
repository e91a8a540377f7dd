/**
 * `npm run bench:cms [-- --articles 60 --saves 34 --seconds 60]`: how the CMS
 * holds up under two loads a security review found, on a fresh temporary
 * SQLite file, through Payload's REST handlers in this process (no server, no
 * network; everything stops by itself):
 *  1. freeze: 5 anonymous clients send `POST /api/users/forgot-password` (a new
 *     address each time) `--rounds` times each, while an editor saves an
 *     article draft as the admin does, `--edits` times;
 *  2. concurrency: an import of `--articles` articles × 7 languages runs in
 *     another process (as `npm run content:import` beside `npm start`) while
 *     `--saves` admin saves are spread over `--seconds`.
 * Scenario 1 sends nothing new after `--seconds`/2, scenario 2 after `--seconds`
 * (plus the time saves already sent take); a call counts as failed after 60 s.
 * Reports status codes, latencies (p50/max) and which database errors occurred.
 * `--keep` leaves the temporary folder (database, import files) for a look.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'

import { DEMO_USERS } from '../content/demo-user'
import { bins, run } from '../lib/run'
import { writeImportFixture } from './cms-load/fixture'
import { type Call, openRest, type Rest } from './cms-load/rest'

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '60' },
    saves: { type: 'string', default: '34' },
    seconds: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '3' },
    edits: { type: 'string', default: '5' },
    keep: { type: 'boolean', default: false },
  },
})
const count = (name: keyof typeof flags) => {
  const n = Number(flags[name])
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1, not "${flags[name]}"`)
  return n
}
const ARTICLES = count('articles')
const SAVES = count('saves')
const WINDOW_MS = count('seconds') * 1000
/** Forgot-password requests each of the PARALLEL anonymous clients sends in scenario 1. */
const ROUNDS = count('rounds')
const PARALLEL = 5
/** Editor saves in scenario 1 (plus BASELINE_SAVES alone before it). */
const EDITS = count('edits')
const BASELINE_SAVES = 3
/** A call that takes longer counts as failed: an editor would have given up. */
const CALL_LIMIT_MS = 60_000
/** The import is stopped if it runs longer than this (3 × the save window). */
const IMPORT_LIMIT_MS = 3 * WINDOW_MS

// ---------- small helpers ----------

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
const secs = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`
const benchStart = performance.now()
const log = (line: string) => console.log(`[${secs(performance.now() - benchStart).padStart(7)}] ${line}`)

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
function latency(calls: Call[]): string {
  const ms = calls.map((c) => c.ms)
  return ms.length ? `p50 ${secs(percentile(ms, 50))}, max ${secs(Math.max(...ms))}` : 'no calls'
}

/** "200×3, 500×2". */
function statusTally(calls: Call[]): string {
  const tally = new Map<number, number>()
  for (const c of calls) tally.set(c.status, (tally.get(c.status) ?? 0) + 1)
  return (
    [...tally]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s || 'none'}×${n}`)
      .join(', ') || '-'
  )
}

/**
 * A failed call's error as a short class: SQLite's code and whether it said
 * "database is locked" (from the cause chain), or the message's first 100 characters.
 */
function errorClass(message: string): string {
  const parts = [
    // The wording of the queued-writes fix (cms/sqlite-writes.ts) when it gives up.
    message.includes('stayed busy') ? 'gave up waiting ("stayed busy")' : undefined,
    /SQLITE_[A-Z_]+/.exec(message)?.[0],
    message.includes('database is locked') ? 'database is locked' : undefined,
  ].filter(Boolean)
  return parts.length ? parts.join(', ') : message.slice(0, 100)
}

/** "SQLITE_BUSY, database is locked ×4; HTTP 429 ×1" over failed calls. */
function errorTally(calls: Call[]): string {
  const tally = new Map<string, number>()
  for (const c of calls.filter(failed)) {
    const key = c.error ? errorClass(c.error) : `HTTP ${c.status}`
    tally.set(key, (tally.get(key) ?? 0) + 1)
  }
  return [...tally].map(([k, n]) => `${k} ×${n}`).join('; ') || 'none'
}
function failed(c: Call): boolean {
  return c.status < 200 || c.status >= 300
}
/** Failed calls whose cause is SQLite's lock: "database is locked", any SQLITE_BUSY*. */
const lockErrors = (calls: Call[]) =>
  calls.filter((c) => failed(c) && /database is locked|SQLITE_BUSY|stayed busy/.test(c.error ?? '')).length

interface Article {
  id: number | string
  title: string
}

/** One admin draft save: what the editor's "Save draft" sends for the Russian text. */
function saveDraft(rest: Rest, token: string, article: Article, n: number, sentAt?: number): Promise<Call> {
  return rest.call('PATCH', `/api/articles/${article.id}?locale=ru&draft=true&depth=0`, {
    token,
    body: { title: `${article.title.slice(0, 140)} · правка ${n}` },
    timeoutMs: CALL_LIMIT_MS,
    sentAt,
  })
}

// ---------- scenario 1: anonymous password resets against an editor ----------

interface FreezeResult {
  baseline: Call[]
  resets: Call[]
  saves: Call[]
}

async function freeze(rest: Rest, token: string, articles: Article[]): Promise<FreezeResult> {
  const baseline: Call[] = []
  for (let i = 0; i < BASELINE_SAVES; i++) baseline.push(await saveDraft(rest, token, articles[0], i))
  log(`editor saves alone: ${latency(baseline)} (${statusTally(baseline)})`)

  const deadline = performance.now() + WINDOW_MS / 2
  const resets: Call[] = []
  const saves: Call[] = []
  let sent = 0
  // PARALLEL anonymous clients, each sending its next request as soon as the
  // last is answered, a few milliseconds apart as real connections arrive.
  const client = async (k: number) => {
    await sleep(k * 20)
    for (let i = 1; i <= ROUNDS && performance.now() < deadline; i++) {
      // A new address every time: a limit per address must not hide the cost of the request itself.
      const call = await rest.call('POST', '/api/users/forgot-password', {
        body: { email: `nobody-${++sent}@example.org` },
        timeoutMs: CALL_LIMIT_MS,
      })
      resets.push(call)
      log(
        `  forgot-password (client ${k + 1}, #${i}): ${call.status || 'no response'} in ${secs(call.ms)}${call.error ? ` (${errorClass(call.error)})` : ''}`,
      )
    }
  }
  const editor = async () => {
    // Let the first requests reach the database first, as an attacker's would.
    let due = performance.now() + 50
    for (let i = 1; i <= EDITS && performance.now() < deadline; i++) {
      await sleep(due - performance.now())
      const call = await saveDraft(rest, token, articles[0], BASELINE_SAVES + i, due)
      saves.push(call)
      log(
        `  editor save ${i}/${EDITS}: ${call.status || 'no response'} in ${secs(call.ms)}${call.error ? ` (${errorClass(call.error)})` : ''}`,
      )
      due = performance.now() + 250
    }
  }
  await Promise.all([...Array.from({ length: PARALLEL }, (_, k) => client(k)), editor()])
  return { baseline, resets, saves }
}

// ---------- scenario 2: an import in another process against admin saves ----------

interface ImportRun {
  /** `performance.now()` times. */
  startedAt?: number
  endedAt?: number
  exitCode?: number | null
  killed: boolean
  documents: number
  stderr: string[]
}

/** Starts `scripts/import.ts <dir>` on the same database, following its progress lines. */
let importChild: ChildProcess | undefined

function startImport(dir: string): { child: ChildProcess; state: ImportRun; done: Promise<void> } {
  const state: ImportRun = { killed: false, documents: 0, stderr: [] }
  const child = (importChild = spawn(process.execPath, [bins.tsx(), 'scripts/import.ts', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
  }))
  createInterface({ input: child.stdout! }).on('line', (line) => {
    // Printed just before the importer reads the files and opens its transaction.
    if (line.startsWith('Importing')) state.startedAt = performance.now()
    if (/^\s+(created|updated|unchanged)\s+articles\//.test(line) && ++state.documents % 10 === 0) {
      log(`  import: ${state.documents}/${ARTICLES} articles written`)
    }
  })
  // Keep the last lines of its errors for the report.
  createInterface({ input: child.stderr! }).on('line', (line) => state.stderr.push(line) > 20 && state.stderr.shift())
  const done = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      state.exitCode = code
      state.endedAt = performance.now()
      resolve()
    }),
  )
  return { child, state, done }
}

interface SaveRecord {
  call: Call
  dueAt: number
}

interface ConcurrencyResult {
  saves: SaveRecord[]
  /** Saves not sent: the bench's own deadline passed first. */
  unsent: number
  imported: ImportRun
  fixtureFiles: number
}

async function concurrency(rest: Rest, token: string, articles: Article[], tmp: string): Promise<ConcurrencyResult> {
  const dir = path.join(tmp, 'import')
  const fixtureFiles = await writeImportFixture(dir, ARTICLES)
  log(`wrote ${fixtureFiles} article files (${ARTICLES} × 7 languages) to ${dir}`)

  const imp = startImport(dir)
  // Bounded: the import must stop by itself, or it is stopped.
  const killer = setTimeout(() => {
    imp.state.killed = true
    imp.child.kill()
  }, IMPORT_LIMIT_MS)
  // Wait (at most 30 s) until the importer has opened the database and begun.
  const begun = () => imp.state.startedAt !== undefined || imp.state.exitCode !== undefined
  for (let waited = 0; !begun() && waited < 30_000; waited += 100) await sleep(100)
  log(`import started; ${SAVES} admin saves over ${secs(WINDOW_MS)}`)

  // Save i is due at start + i × interval. A save that falls due while SQLite
  // blocks this process is sent late, but its latency counts from when it was
  // due, as an editor's browser would have sent it then.
  const start = performance.now()
  const interval = WINDOW_MS / SAVES
  const hardStop = start + WINDOW_MS + CALL_LIMIT_MS
  const pending: Promise<SaveRecord>[] = []
  for (let i = 0; i < SAVES && performance.now() < hardStop; i++) {
    const dueAt = start + i * interval
    await sleep(dueAt - performance.now())
    // Not awaited: saves overlap when one is slow, as several editors' would.
    pending.push(
      saveDraft(rest, token, articles[i % articles.length], i, dueAt).then((call) => {
        log(
          `  save ${i + 1}/${SAVES}: ${call.status || 'no response'} in ${secs(call.ms)}${call.error ? ` (${errorClass(call.error)})` : ''}`,
        )
        return { call, dueAt }
      }),
    )
  }
  const saves = await Promise.all(pending)
  await imp.done
  clearTimeout(killer)
  return { saves, unsent: SAVES - saves.length, imported: imp.state, fixtureFiles }
}

// ---------- main ----------

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-load-'))
// Before the config is imported (openRest): it reads both when loaded. The
// child processes inherit them, so all work on the same file.
process.env.DATABASE_URI = `file:${path.join(tmp, 'portal.db')}`
process.env.PAYLOAD_SECRET = 'cms-load-bench-secret'
let exitCode = 0
try {
  log(`fresh database ${process.env.DATABASE_URI}; seeding demo content and users…`)
  await run(bins.tsx(), ['scripts/seed.ts'], { inherit: false })
  const rest = await openRest()
  const editor = DEMO_USERS.find((u) => u.role === 'editor')!
  const login = await rest.call('POST', '/api/users/login', {
    body: { email: editor.email, password: editor.password },
  })
  const token = login.json?.token as string | undefined
  if (!token) throw new Error(`login as ${editor.email} failed: ${login.status} ${login.error ?? ''}`)
  const list = await rest.call('GET', '/api/articles?locale=ru&draft=true&depth=0&limit=100&sort=id', { token })
  const articles = ((list.json?.docs as Article[] | undefined) ?? []).filter((a) => a.title)
  if (articles.length === 0) throw new Error(`no articles to edit: ${list.status} ${list.error ?? ''}`)
  rest.takeLoggedErrors()

  console.log('')
  log(
    `1. Freeze: ${PARALLEL} anonymous clients × ${ROUNDS} forgot-password requests while an editor saves ${EDITS} drafts (at most ${secs(WINDOW_MS / 2)})`,
  )
  const f = await freeze(rest, token, articles)

  console.log('')
  log(`2. Concurrency: import of ${ARTICLES} articles × 7 languages in another process, ${SAVES} admin saves meanwhile`)
  const c = await concurrency(rest, token, articles, tmp)

  // A save counts as during the import when it fell due before the import ended.
  const imp = c.imported
  const during = c.saves.filter((s) => imp.endedAt === undefined || s.dueAt < imp.endedAt).map((s) => s.call)
  const after = c.saves.filter((s) => imp.endedAt !== undefined && s.dueAt >= imp.endedAt).map((s) => s.call)
  const importTime = imp.startedAt !== undefined && imp.endedAt !== undefined ? secs(imp.endedAt - imp.startedAt) : '?'
  const importOutcome = imp.killed
    ? `stopped after ${secs(IMPORT_LIMIT_MS)}`
    : imp.exitCode === 0
      ? `done in ${importTime}`
      : `FAILED (exit ${imp.exitCode}) after ${importTime}`
  const row = (label: string, calls: Call[]) =>
    console.log(
      `| ${label} | ${calls.length} | ${statusTally(calls)} | ${latency(calls)} | ${calls.filter(failed).length} | ${lockErrors(calls)} |`,
    )
  const logged = rest.takeLoggedErrors()

  console.log('')
  console.log('| 1. freeze | calls | status codes | latency | failed | lock errors |')
  console.log('|---|---|---|---|---|---|')
  row('editor save, alone', f.baseline)
  row('forgot-password, anonymous', f.resets)
  row('editor save, meanwhile', f.saves)
  console.log(
    `Failures: ${errorTally([...f.resets, ...f.saves])}${f.saves.length < EDITS ? `; ${EDITS - f.saves.length} of ${EDITS} editor saves never started: the window (${secs(WINDOW_MS / 2)}) closed while the editor waited` : ''}`,
  )
  console.log('')
  console.log('| 2. concurrency | saves | status codes | latency | failed | lock errors |')
  console.log('|---|---|---|---|---|---|')
  row('admin save due during the import', during)
  row('admin save due after it ended', after)
  console.log(
    `Failures: ${errorTally([...during, ...after])}${c.unsent ? `; ${c.unsent} saves not sent (bench deadline)` : ''}`,
  )
  console.log(
    `Import of ${c.fixtureFiles} files: ${importOutcome}${imp.exitCode === 0 ? '' : `\n  ${imp.stderr.slice(-5).join('\n  ')}`}`,
  )
  console.log(
    `Payload logged ${logged.length} errors in this process, ${logged.filter((m) => /database is locked|SQLITE_BUSY/.test(m)).length} of them lock errors.`,
  )
  console.log('')
  console.log(
    `Freeze: forgot-password ${statusTally(f.resets)} (${latency(f.resets)}); editor save ${latency(f.saves)} (alone ${latency(f.baseline)}), ` +
      `${f.saves.filter(failed).length}/${f.saves.length} failed${f.saves.length < EDITS ? ` (${EDITS - f.saves.length} more never started)` : ''}. Concurrency: ${during.filter(failed).length}/${during.length} saves failed during the import ` +
      `(${errorTally(during)}; ${latency(during)}), ${after.filter(failed).length}/${after.length} after; import ${importOutcome}. Total ${secs(performance.now() - benchStart)}.`,
  )
} catch (error) {
  console.error('Benchmark harness failed:', error)
  exitCode = 1
} finally {
  // Only if the harness failed midway: never leave the import running.
  if (importChild && importChild.exitCode === null && importChild.signalCode === null) importChild.kill()
  if (flags.keep) console.log(`Kept ${tmp}`)
  else fs.rmSync(tmp, { recursive: true, force: true })
}
// Exit explicitly: the database client keeps Node alive.
process.exit(exitCode)
