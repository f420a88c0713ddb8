import {
  createIssueLog,
  type IssueLog,
  type ParseResult,
  toFailedResult,
  toParseResult,
} from '@/lib/domain/issues'

import type { FrontMatter } from '../readFrontMatter'
import { readFrontMatter } from '../readFrontMatter'
import { warnUnknownKeys } from '../warnUnknownKeys'
import { fileStem, slugFromFileName } from './publicationSlug'
import type { PdfEmbed } from './readPdfEmbed'
import { readPdfSource } from './readPdfSource'
import { readTags } from './readPublicationFields'
import { taskNumberIn } from './readTaskNumber'
import type { ChapterOwner, LegacyChapter } from './types'

const KNOWN_KEYS = new Set(['src', 'tags', 'title', 'layout', 'permalink'])

/** Whose chapter: as its tags say (`countryChapter`, `taskChapter`), else as its folder says. */
function readOwner(frontMatter: FrontMatter, fileName: string, log: IssueLog): ChapterOwner | null {
  const tags = readTags(frontMatter.fields.get('tags'), log).map((tag) => tag.toLowerCase())
  const folder = fileName.split(/[\\/]/).slice(-2, -1)[0]?.toLowerCase() ?? ''
  const isTask =
    tags.includes('taskchapter') || (!tags.includes('countrychapter') && folder === 'taskschapters')
  const isCountry = tags.includes('countrychapter') || folder === 'countrieschapters'
  const stem = fileStem(fileName)
  if (isTask) {
    const number = /^\d+$/.test(stem) ? Number(stem) : taskNumberIn(stem)
    if (number !== null && number > 0) return { kind: 'task', number }
    log.errors.push({
      line: 1,
      message: `the file name "${stem}" gives no task number (expected e.g. 12.md)`,
    })
    return null
  }
  if (isCountry) return { kind: 'country', slug: slugFromFileName(fileName), name: stem }
  const message = 'cannot tell whose chapter this is: tags is neither "countryChapter" nor "taskChapter"'
  log.errors.push({ line: frontMatter.fields.get('tags')?.valueLine ?? 1, message })
  return null
}

/** The start page from the `<embed>`'s `#page=` anchor: 1, with a warning, when there is none. */
function readPage(embed: PdfEmbed, log: IssueLog): number {
  if (embed.page === null) {
    const message = 'the <embed> has no #page= anchor: the chapter starts on page 1'
    log.warnings.push({ line: embed.line, message, kind: 'publication' })
    return 1
  }
  if (/^\d+$/.test(embed.page) && Number(embed.page) >= 1) return Number(embed.page)
  log.errors.push({ line: embed.line, message: `#page=${embed.page} is not a page number (1 or more)` })
  return 1
}

/**
 * Parses a legacy chapter file: front matter `src` (the publication's PDF) and `tags`
 * (`countryChapter` or `taskChapter`), and a body `<embed src="/assets/pdfs/{{ src }}#page=107" …>`
 * giving the page the chapter starts on. `fileName` names the country (`belgium.md`) or the task
 * (`12.md`). Never throws: problems are issues at 1-based lines of the file.
 */
export function parseLegacyChapter(text: string, fileName: string): ParseResult<LegacyChapter> {
  const log = createIssueLog()
  const frontMatter = readFrontMatter(text, log)
  if (!frontMatter) return toFailedResult(log)
  warnUnknownKeys(frontMatter.fields, KNOWN_KEYS, log)
  const owner = readOwner(frontMatter, fileName, log)
  const { src, embed } = readPdfSource(frontMatter, log)
  if (!embed) {
    const message = 'no <embed src="/assets/pdfs/…#page=…"> giving the page the chapter starts on'
    log.errors.push({ line: frontMatter.bodyStartLine, message })
  }
  const page = embed ? readPage(embed, log) : 1
  if (!owner) return toFailedResult(log)
  return toParseResult(log, { owner, src, page })
}
