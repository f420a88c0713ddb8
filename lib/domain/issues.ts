/** What a warning is about; an import's summary counts warnings per kind. */
export type IssueKind =
  | 'heading level'
  | 'HTML'
  | 'image'
  | 'link'
  | 'table'
  | 'code block'
  | 'participants'
  | 'period'
  | 'placeholder task'
  | 'publication link'
  | 'unknown key'
  | 'YAML'
  | 'empty body'
  | 'editor change'
  | 'draft'
  | 'publication'
  | 'task'

/** A problem found in a source file; `line` is 1-based within that file. */
export type Issue = { line: number; message: string; kind?: IssueKind }

/** Outcome of parsing: a value with warnings, or every error found (never a thrown exception). */
export type ParseResult<T> =
  | { ok: true; value: T; warnings: Issue[] }
  | { ok: false; errors: Issue[]; warnings: Issue[] }

/** Errors and warnings gathered while parsing one file. */
export type IssueLog = { errors: Issue[]; warnings: Issue[] }

/** An empty log to collect issues into. */
export function createIssueLog(): IssueLog {
  return { errors: [], warnings: [] }
}

/** Issues in file order, so reports read top to bottom. */
function sortByLine(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.line - b.line)
}

/** Turns a log into a result: the value only when no error was logged. */
export function toParseResult<T>(log: IssueLog, value: T): ParseResult<T> {
  const warnings = sortByLine(log.warnings)
  if (log.errors.length > 0) return { ok: false, errors: sortByLine(log.errors), warnings }
  return { ok: true, value, warnings }
}

/** A failed result carrying the errors logged so far. */
export function toFailedResult<T>(log: IssueLog): ParseResult<T> {
  return { ok: false, errors: sortByLine(log.errors), warnings: sortByLine(log.warnings) }
}
