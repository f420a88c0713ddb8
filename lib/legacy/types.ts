import type { YearStatistics } from '@/lib/statistics/types'

export type { YearStatistics }

/** A problem found in a source file; `line` is 1-based within that file. */
export type Issue = { line: number; message: string }

/** Outcome of parsing: a value with warnings, or every error found (never a thrown exception). */
export type ParseResult<T> =
  | { ok: true; value: T; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] }

/** One block of body text, as rich text editors and pages render it. */
export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }

/** A national contact listed on a legacy country page. */
export type LegacyContact = { name: string; affiliation: string; email: string }

/** Everything a legacy country page holds, cleaned and checked. */
export type LegacyCountry = {
  name: string
  isoCode: string
  contacts: LegacyContact[]
  statistics: YearStatistics[]
  ongoingTasks: number[]
  completedTasks: number[]
  publicationLink: string | null
  body: string
  bodyStartLine: number
}

/** A policy article read from Markdown with front matter, before it is linked to a country. */
export type ArticleDraft = {
  title: string
  slug?: string
  country: string
  topic?: string
  summary?: string
  source?: string
  publishedAt?: string
  blocks: Block[]
}

/** One row of the tasks CSV. */
export type TaskRow = {
  number: number
  title: string
  status: 'ongoing' | 'completed'
  startYear: number | null
  endYear: number | null
}
