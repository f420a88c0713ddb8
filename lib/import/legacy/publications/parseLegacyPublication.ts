import {
  createIssueLog,
  type IssueLog,
  type ParseResult,
  toFailedResult,
  toParseResult,
} from '@/lib/domain/issues'

import type { FrontMatter } from '../readFrontMatter'
import { readFrontMatter } from '../readFrontMatter'
import { readText } from '../readValues'
import { warnUnknownKeys } from '../warnUnknownKeys'
import { fileStem, slugFromFileName } from './publicationSlug'
import { readAssetName } from './readAssetName'
import { readPdfSource } from './readPdfSource'
import { readDate, readSortOrder, readTags, yearInTitle } from './readPublicationFields'
import { readPublicationType } from './readPublicationType'
import { readPublicationTask } from './readTaskNumber'
import type { LegacyPublication } from './types'

/** Keys of the legacy publication files; `layout` and `permalink` only served the old templates. */
const KNOWN_KEYS = new Set([
  'src',
  'description',
  'title',
  'type',
  'tags',
  'thumbnailSrc',
  'id',
  'Date',
  'date',
  'layout',
  'permalink',
])

/** The title; without one, the description or the file's name stands in, with a warning. */
function readTitle(frontMatter: FrontMatter, description: string | null, fileName: string, log: IssueLog) {
  const field = frontMatter.fields.get('title')
  const title = readText(field, log)
  if (title) return { text: title, line: field?.valueLine ?? 1 }
  const stand = description ?? fileStem(fileName)
  const message = `missing title: "${stand}" is used until an editor gives one`
  log.warnings.push({ line: field?.valueLine ?? 1, message, kind: 'publication' })
  return { text: stand, line: field?.valueLine ?? 1 }
}

/**
 * Parses a legacy publication file: front matter (`src`, `title`, `description`, `type`, `tags`,
 * `thumbnailSrc`, `id`, sometimes `Date`) and an `<embed>` of the PDF. `fileName` (a path or a
 * name) gives the slug and, when the title names none, the task. Never throws: problems are
 * issues at 1-based lines of the file.
 */
export function parseLegacyPublication(text: string, fileName: string): ParseResult<LegacyPublication> {
  const log = createIssueLog()
  const frontMatter = readFrontMatter(text, log)
  if (!frontMatter) return toFailedResult(log)
  const { fields } = frontMatter
  warnUnknownKeys(fields, KNOWN_KEYS, log)

  const description = readText(fields.get('description'), log) || null
  const title = readTitle(frontMatter, description, fileName, log)
  const { date, year } = readDate(fields.get('Date') ?? fields.get('date'), log)
  const publication: LegacyPublication = {
    slug: slugFromFileName(fileName),
    title: title.text,
    description,
    type: readPublicationType(fields.get('type'), title.text, log),
    task: readPublicationTask(title, fileStem(fileName), log),
    src: readPdfSource(frontMatter, log).src,
    thumbnailSrc: readAssetName(fields.get('thumbnailSrc'), log, 'warning'),
    tags: readTags(fields.get('tags'), log),
    sortOrder: readSortOrder(fields.get('id'), log),
    date,
    year: year ?? yearInTitle(title.text),
  }
  return toParseResult(log, publication)
}
