/** An error the user can act on from its message alone: a command prints it without a stack trace. */
export class UserError extends Error {}

/** A problem with how a command was called or configured (an option, a variable, the database address). */
export class UsageError extends UserError {
  override name = 'UsageError'
}

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
    if (error instanceof UserError) console.error(`${name} failed: ${error.message}`)
    else console.error(`${name} failed:`, error)
    process.exit(1)
  }
}
