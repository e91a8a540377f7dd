/**
 * `npx tsx scripts/bench/import.ts <content-dir> [--runs 1] [--keep]`: the
 * importer's speed. Each run, in its own process, on a fresh temporary SQLite
 * file: loads the code, opens Payload (migrating the new file), then imports
 * the directory (read and check the files, then write them in one
 * transaction) and imports it again, when nothing changes. Each run starts
 * with no remembered Markdown conversions (scripts/content/markdown-bodies.ts),
 * as a first import does; the second import finds those of the first. Prints each phase's
 * wall time and CPU time (user + system) per run, the medians over the runs,
 * the load average before and after (the machine is rarely idle: compare
 * medians and CPU times), and a summary line. `--keep` leaves the databases.
 *
 * A corpus at scale: `npx tsx scripts/bench/corpus/generate.ts --articles 1000 --out /tmp/corpus-1000`.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    // Internal: one run in this process, into this database file.
    'run-into': { type: 'string' },
  },
})
const dir = positionals[0] && path.resolve(positionals[0])
if (!dir || !fs.existsSync(dir)) {
  console.error('Usage: npx tsx scripts/bench/import.ts <content-dir> [--runs 1] [--keep]')
  process.exit(2)
}

/** One phase of a run: wall and CPU seconds. */
interface Phase {
  wall: number
  cpu: number
}
interface RunResult {
  phases: Record<string, Phase>
  summary: { fresh: string; again: string }
  translations: number
  dbBytes: number
}

const PHASES = ['load', 'open', 'read', 'write', 'read again', 'write again'] as const

if (flags['run-into']) {
  console.log(JSON.stringify(await runOnce(dir, flags['run-into'])))
  process.exit(0)
}

const runs = Number(flags.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not "${flags.runs}"`)
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bench-'))
const load = () => os.loadavg()[0].toFixed(1)
const loadBefore = load()
const results: RunResult[] = []
const self = fileURLToPath(import.meta.url)
for (let run = 1; run <= runs; run++) {
  const db = path.join(work, `run-${run}.db`)
  const child = spawnSync(process.execPath, [...process.execArgv, self, dir, '--run-into', db], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'import-bench' },
  })
  const line = child.stdout.trim().split('\n').at(-1) ?? ''
  if (child.status !== 0 || !line.startsWith('{')) {
    console.error(child.stdout, child.stderr)
    throw new Error(`Run ${run} failed (exit ${child.status})`)
  }
  const result = JSON.parse(line) as RunResult
  results.push(result)
  console.log(
    `run ${run}: ${PHASES.map((p) => `${p} ${result.phases[p].wall.toFixed(1)} s (CPU ${result.phases[p].cpu.toFixed(1)})`).join(', ')}`,
  )
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const med = (pick: (r: RunResult) => number) => median(results.map(pick))
const fresh = (r: RunResult) => r.phases.read.wall + r.phases.write.wall
const again = (r: RunResult) => r.phases['read again'].wall + r.phases['write again'].wall
const last = results.at(-1)!
console.log(`\nFirst import:  ${last.summary.fresh}`)
console.log(`Second import: ${last.summary.again}`)
console.log(
  `Database: ${(last.dbBytes / 1024 / 1024).toFixed(0)} MB; load average ${loadBefore} before, ${load()} after`,
)
console.log('\nphase         wall (median)   CPU (median)   wall range')
for (const p of PHASES) {
  const walls = results.map((r) => r.phases[p].wall)
  console.log(
    `${p.padEnd(13)} ${med((r) => r.phases[p].wall)
      .toFixed(1)
      .padStart(8)} s ${med((r) => r.phases[p].cpu)
      .toFixed(1)
      .padStart(12)} s   ${Math.min(...walls).toFixed(1)}–${Math.max(...walls).toFixed(1)} s`,
  )
}
console.log(
  `\nImport of ${last.translations} translations (${path.basename(dir)}), median of ${runs}: fresh database ${med(fresh).toFixed(1)} s (CPU ${med((r) => r.phases.read.cpu + r.phases.write.cpu).toFixed(1)} s), no-change re-import ${med(again).toFixed(1)} s (CPU ${med((r) => r.phases['read again'].cpu + r.phases['write again'].cpu).toFixed(1)} s), plus ${med((r) => r.phases.load.wall + r.phases.open.wall).toFixed(1)} s to start`,
)
if (flags.keep) console.log(`Kept ${work}`)
else fs.rmSync(work, { recursive: true, force: true })

/** One run in this process: a fresh database at `db`, two imports of `dir`. */
async function runOnce(dir: string, db: string): Promise<RunResult> {
  const phases = {} as Record<string, Phase>
  const timed = async <T>(name: (typeof PHASES)[number], work: () => Promise<T>): Promise<T> => {
    const wall = performance.now()
    const cpu = process.cpuUsage()
    const result = await work()
    const used = process.cpuUsage(cpu)
    phases[name] = { wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 }
    return result
  }
  // The database is chosen when the Payload config is loaded.
  process.env.DATABASE_URI = `file:${db}`
  const { openPayload, readContentDir, writeContent, summarize } = await timed('load', async () => ({
    ...(await import('../lib/payload')),
    ...(await import('../content/read-content-dir')),
    ...(await import('../content/write-content')),
    ...(await import('../content/import-dir')),
  }))
  const payload = await timed('open', openPayload)
  // Each run starts without remembered Markdown conversions, as a first import does.
  const options = { bodyCache: `${db}.bodies` }
  const content = await timed('read', () => readContentDir(dir))
  const first = await timed('write', () => writeContent(payload, content, options))
  const contentAgain = await timed('read again', () => readContentDir(dir))
  const second = await timed('write again', () => writeContent(payload, contentAgain, options))
  if (second.articles.created + second.articles.updated + second.events.updated + second.helpCentres.updated > 0)
    throw new Error(`The second import changed something: ${summarize(second)}`)
  return {
    phases,
    summary: { fresh: summarize(first), again: summarize(second) },
    translations: first.translations,
    dbBytes: ['', '-wal'].reduce((sum, s) => sum + (fs.statSync(db + s, { throwIfNoEntry: false })?.size ?? 0), 0),
  }
}
