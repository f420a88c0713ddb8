import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'
import { createLocalReq, type Payload, ValidationError } from 'payload'

import { inTransaction } from '@/lib/data/content/transaction'
import { describeError } from '@/lib/platform/errors'
import { parseArticleMarkdown } from '@/lib/import/legacy/parseArticleMarkdown'
import { parseLegacyCountry } from '@/lib/import/legacy/parseLegacyCountry'
import { parseLegacyTask } from '@/lib/import/legacy/parseLegacyTask'
import {
  type LegacyChapter,
  type LegacyPublication,
  parseLegacyChapter,
  parseLegacyPublication,
} from '@/lib/import/legacy/publications'
import { splitFrontMatter } from '@/lib/import/legacy/splitFrontMatter'
import type { Issue, LegacyCountry, LegacyTask, ParseResult } from '@/lib/import/legacy/types'

import { detectKind, type ImportKind } from './detectKind'
import { importPage, type ParsedPage, type SourceFile } from './importPage'
import { importChapter, type ImportedInRun } from './publications/importChapter'
import { importPublication } from './publications/importPublication'
import { type FileReport, ImportError } from './types'

export type { SourceFile }

/**
 * A file's report, with the task, country or publication it holds when it was accepted (for the
 * participation check, and for a dry run's chapters).
 */
export type ImportedFile = {
  report: FileReport
  task?: LegacyTask
  country?: LegacyCountry
  publication?: LegacyPublication
  chapter?: LegacyChapter
}

/** Turns a write failure into the file's error lines. */
function toIssues(error: unknown): Issue[] {
  if (error instanceof ImportError) return [{ line: error.line, message: error.message }]
  if (error instanceof ValidationError) {
    return error.data.errors.map((item) => ({ line: 1, message: `${item.path}: ${item.message}` }))
  }
  return [{ line: 1, message: describeError(error) }]
}

const NOT_A_PAGE =
  'not a legacy page: a country page has a "name", a task page a "number" and a "title", a policy article a "title" and a "country"'

/** A file parsed as what it is. */
type ParsedFile =
  | ParsedPage
  | { kind: 'publication'; value: LegacyPublication }
  | { kind: 'chapter'; value: LegacyChapter }

/** Parses a file as the kind it was detected as. */
function parse(source: string, kind: ImportKind, file: string): ParseResult<ParsedFile> {
  switch (kind) {
    case 'publication': {
      const result = parseLegacyPublication(source, file)
      return result.ok ? { ...result, value: { kind, value: result.value } } : result
    }
    case 'chapter': {
      const result = parseLegacyChapter(source, file)
      return result.ok ? { ...result, value: { kind, value: result.value } } : result
    }
    case 'country': {
      const result = parseLegacyCountry(source)
      return result.ok ? { ...result, value: { kind, value: result.value } } : result
    }
    case 'task': {
      const result = parseLegacyTask(source)
      return result.ok ? { ...result, value: { kind, value: result.value } } : result
    }
    case 'article': {
      const result = parseArticleMarkdown(source)
      return result.ok ? { ...result, value: { kind, value: result.value } } : result
    }
    case 'unknown': {
      const split = splitFrontMatter(source)
      const issue = 'message' in split ? split : { line: 1, message: NOT_A_PAGE }
      return { ok: false, errors: [issue], warnings: [] }
    }
  }
}

/** Imports a parsed page, publication or chapter (or, in a dry run, works out what it would do). */
function runImport(
  payload: Payload,
  parsed: ParsedFile,
  input: SourceFile,
  context: { req: PayloadRequest; dryRun: boolean; warnings: Issue[] },
  run: ImportedInRun,
) {
  if (parsed.kind === 'publication') {
    const slug = input.slug ?? parsed.value.slug
    return importPublication(payload, parsed.value, { ...input, slug }, context)
  }
  if (parsed.kind === 'chapter') return importChapter(payload, parsed.value, input, context, run)
  return importPage(payload, parsed, input, context)
}

/**
 * Imports one legacy country page, task page, policy article, publication or chapter file in one
 * transaction: a file with any error writes nothing. With `dryRun`, it only reads and reports.
 * `run` says what the files before it in the same run import (a dry run's chapters need it).
 */
export async function importSource(
  payload: Payload,
  input: SourceFile,
  dryRun: boolean,
  run: ImportedInRun = { pdfs: new Set(), countries: new Set(), tasks: new Set(), chapters: new Set() },
): Promise<ImportedFile> {
  const { file, source, kind } = input
  const parsed = parse(source, kind, file)
  const rejected = (errors: Issue[], warnings: Issue[]): ImportedFile => ({
    report: { file, outcome: 'rejected', summary: '', errors, warnings },
  })
  if (!parsed.ok) return rejected(parsed.errors, parsed.warnings)

  const page = parsed.value
  const warnings = [...parsed.warnings]
  const work = (req: PayloadRequest) => runImport(payload, page, input, { req, dryRun, warnings }, run)
  try {
    const { outcome, summary } = dryRun
      ? await work(await createLocalReq({}, payload))
      : await inTransaction(payload, work)
    const report: FileReport = { file, outcome, summary, errors: [], warnings: sortByLine(warnings) }
    if (page.kind === 'task') return { report, task: page.value }
    if (page.kind === 'country') return { report, country: page.value }
    if (page.kind === 'publication') return { report, publication: page.value }
    if (page.kind === 'chapter' && outcome !== 'skipped') return { report, chapter: page.value }
    return { report }
  } catch (error) {
    return rejected(toIssues(error), sortByLine(warnings))
  }
}

function sortByLine(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.line - b.line)
}

/** Reads and imports one file given on its own. */
export async function importFile(payload: Payload, file: string, dryRun: boolean): Promise<FileReport> {
  const source = await readFile(file, 'utf8')
  const input = { file, root: path.dirname(file), source, kind: detectKind(source) }
  return (await importSource(payload, input, dryRun)).report
}
