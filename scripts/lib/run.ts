import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * The folder of an installed package, found along Node's node_modules lookup
 * paths (some packages do not export their package.json to require.resolve).
 */
function packageDir(pkg: string): string {
  const lookup = createRequire(path.join(process.cwd(), 'package.json')).resolve.paths(pkg) ?? []
  const dir = lookup.map((base) => path.join(base, pkg)).find((d) => fs.existsSync(path.join(d, 'package.json')))
  if (!dir) throw new Error(`Package ${pkg} is not installed: run npm install`)
  return dir
}

/** Path of a package's CLI entry, run with this process's Node (the project's pinned one). */
export function binPath(pkg: string, bin: string): string {
  return path.join(packageDir(pkg), bin)
}

/** The CLIs the scripts drive. */
export const bins = {
  astro: () => binPath('astro', 'bin/astro.mjs'),
  tsx: () => binPath('tsx', 'dist/cli.mjs'),
  next: () => binPath('next', 'dist/bin/next'),
  payload: () => binPath('payload', 'bin.js'),
}

export interface RunOptions {
  env?: Record<string, string>
  /** Print the child's output (default true). */
  inherit?: boolean
  /** Append the child's stdout and stderr to this file instead (for a server's log). */
  logFile?: string
}

/** Starts a Node CLI as a child process; it inherits stdout/stderr unless told otherwise. */
export function start(script: string, args: string[], options: RunOptions = {}): ChildProcess {
  const log = options.logFile ? fs.openSync(options.logFile, 'a') : undefined
  const quiet = options.inherit === false
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', log ?? (quiet ? 'ignore' : 'inherit'), log ?? (quiet ? 'pipe' : 'inherit')],
    // Next.js telemetry cannot reach its server here; do not let it try.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
  })
  // Keep a quiet child's stderr flowing even when nobody listens: a full pipe
  // would block a long-running server.
  child.stderr?.resume()
  // The child holds its own copy of the descriptor.
  if (log !== undefined) fs.closeSync(log)
  return child
}

/** Runs a Node CLI to completion; rejects with its exit code on failure. */
export function run(script: string, args: string[], options: RunOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = start(script, args, options)
    let stderr = ''
    child.stderr?.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${path.basename(script)} ${args.join(' ')} exited with code ${code}${stderr ? `:\n${stderr}` : ''}`,
            ),
          ),
    )
  })
}
