import type { Issue } from '@/lib/import/legacy/types'

/** What happened to one imported file; `skipped` files in a folder are no legacy page. */
export type FileOutcome = 'imported' | 'updated' | 'rejected' | 'skipped'

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
