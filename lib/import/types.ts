import type { Issue } from '@/lib/import/legacy/types'

/**
 * What happened to one imported file: `unchanged` files wrote nothing (the same text as at their
 * last import, or nothing in them differs from the documents); `skipped` files are no legacy page
 * (or a publication file, not read yet).
 */
export type FileOutcome = 'imported' | 'updated' | 'unchanged' | 'rejected' | 'skipped'

/** The result of importing (or, in a dry run, checking) one file. */
export type FileReport = {
  file: string
  outcome: FileOutcome
  summary: string
  errors: Issue[]
  warnings: Issue[]
}

/** A problem that refuses the file, at a line of it. */
export class ImportError extends Error {
  readonly line: number

  constructor(line: number, message: string) {
    super(message)
    this.line = line
  }
}
