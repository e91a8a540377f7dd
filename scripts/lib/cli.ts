import { ContentError } from '../content/problems'

/**
 * Runs a command-line entry point: prints its one-line result, or a clear
 * error (no stack trace for input problems or an unreachable database) and
 * exits non-zero. Exits explicitly because database clients keep Node alive.
 */
export async function runCli(name: string, main: () => Promise<string | void>): Promise<never> {
  try {
    const summary = await main()
    if (summary) console.log(summary)
    process.exit(0)
  } catch (error) {
    if (error instanceof ContentError) console.error(`${name} failed: ${error.message}`)
    else if (error instanceof Error && /^Could not open /.test(error.message)) console.error(`${name} failed: ${error.message}`)
    else console.error(`${name} failed:`, error)
    process.exit(1)
  }
}
