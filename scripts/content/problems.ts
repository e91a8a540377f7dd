import { UserError } from '../lib/cli'

/** One thing wrong with the input, named precisely enough to fix it. */
export interface Problem {
  /** File path relative to the import directory, or a document's slug. */
  file: string
  locale?: string
  field?: string
  message: string
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.locale && `[${p.locale}]`, p.field && `${p.field}:`].filter(Boolean)
  return `${where.join(' ')} ${p.message}`
}

/** Thrown when input is rejected; carries every problem found, not just the first. */
export class ContentError extends UserError {
  readonly problems: Problem[]

  constructor(problems: Problem[], options?: { cause?: unknown }) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} found, nothing was changed:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
      options,
    )
    this.name = 'ContentError'
    this.problems = problems
  }
}
