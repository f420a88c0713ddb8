import type { YearStatistics } from '@/lib/domain/statistics/types'

export type { YearStatistics }

export type { Issue, IssueKind, ParseResult } from '@/lib/domain/issues'

/** One block of generated body text (synthetic benchmark data); real bodies are Markdown. */
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
  /** The Markdown body and the file line it starts on. */
  body: string
  bodyStartLine: number
}

/** One row of the tasks CSV. */
export type TaskRow = {
  number: number
  title: string
  status: 'ongoing' | 'completed'
  startYear: number | null
  endYear: number | null
}

/** A name in a task page's `Participants` list and the line it is on. */
export type Participant = { name: string; line: number }

/** Everything a legacy task page (`tasks/<n>.md`) holds, cleaned and checked. */
export type LegacyTask = {
  number: number
  title: string
  status: 'ongoing' | 'completed'
  startYear: number | null
  endYear: number | null
  /** The period as written, when its years could not be read from it. */
  periodNote: string | null
  /** The countries named under `Participants`, or null when the page has no such key. */
  participants: Participant[] | null
  /** Line of the `Participants` key. */
  participantsLine: number
  summary: string | null
  operator: LegacyContact | null
  contact: LegacyContact | null
  /** Kept only when it is a former chapter address (`/tasksChapters/12`): the import checks it. */
  publicationLink: string | null
  body: string
  bodyStartLine: number
}
