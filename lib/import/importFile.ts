import { readFile } from 'node:fs/promises'

import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq, ValidationError } from 'payload'

import { inTransaction } from '@/lib/content/transaction'
import { describeError } from '@/lib/errors'
import { parseArticleMarkdown } from '@/lib/legacy/parseArticleMarkdown'
import { parseLegacyCountry } from '@/lib/legacy/parseLegacyCountry'
import type { Issue } from '@/lib/legacy/types'

import { detectKind, lineOfKey } from './detectKind'
import { type FileReport, ImportError } from './types'
import { writeArticle } from './writeArticle'
import { writeCountry } from './writeCountry'

/** Turns a write failure into the file's error lines. */
function toIssues(error: unknown): Issue[] {
  if (error instanceof ImportError) return [{ line: error.line, message: error.message }]
  if (error instanceof ValidationError) {
    return error.data.errors.map((item) => ({ line: 1, message: `${item.path}: ${item.message}` }))
  }
  return [{ line: 1, message: describeError(error) }]
}

/**
 * Imports one legacy country page or policy-article Markdown file in one transaction:
 * a file with any error writes nothing. With `dryRun`, it only reads and reports.
 */
export async function importFile(payload: Payload, file: string, dryRun: boolean): Promise<FileReport> {
  const source = await readFile(file, 'utf8')
  const kind = detectKind(source)
  const parsed = kind === 'article' ? parseArticleMarkdown(source) : parseLegacyCountry(source)
  if (!parsed.ok)
    return { file, outcome: 'rejected', summary: '', errors: parsed.errors, warnings: parsed.warnings }

  const warnings = [...parsed.warnings]
  const write = async (req: PayloadRequest) =>
    kind === 'article' && 'title' in parsed.value
      ? writeArticle(parsed.value, { payload, req, dryRun, countryLine: lineOfKey(source, 'country') })
      : 'name' in parsed.value
        ? writeCountry(parsed.value, {
            payload,
            req,
            dryRun,
            warnings,
            taskLine: lineOfKey(source, 'onGoings'),
          })
        : Promise.reject(new ImportError(1, 'unrecognised file'))
  try {
    const result = dryRun
      ? await write(await createLocalReq({}, payload))
      : await inTransaction(payload, write)
    return {
      file,
      outcome: result.existed ? 'updated' : 'imported',
      summary: result.summary,
      errors: [],
      warnings,
    }
  } catch (error) {
    return { file, outcome: 'rejected', summary: '', errors: toIssues(error), warnings }
  }
}
