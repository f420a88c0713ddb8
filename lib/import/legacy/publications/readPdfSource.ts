import type { IssueLog } from '@/lib/domain/issues'

import type { FrontMatter } from '../readFrontMatter'
import { readAssetName } from './readAssetName'
import { type PdfEmbed, readPdfEmbed } from './readPdfEmbed'

/**
 * The PDF a publication or chapter file shows: its `src`, else the file name its `<embed>` shows
 * (a difference between the two is warned about, and `src` wins); a missing one is an error.
 * Returns the embed too, for its page anchor.
 */
export function readPdfSource(
  frontMatter: FrontMatter,
  log: IssueLog,
): { src: string; embed: PdfEmbed | null } {
  const field = frontMatter.fields.get('src')
  const errorsBefore = log.errors.length
  const src = readAssetName(field, log, 'error')
  const embed = readPdfEmbed(frontMatter.body, frontMatter.bodyStartLine)
  if (src && embed?.file && embed.file !== src) {
    const message = `the <embed> shows "${embed.file}" but src names "${src}": src is used`
    log.warnings.push({ line: embed.line, message, kind: 'publication' })
  }
  const name = src ?? embed?.file ?? ''
  // An src that is there but unusable was reported already.
  if (!name && log.errors.length === errorsBefore) {
    log.errors.push({
      line: field?.valueLine ?? 1,
      message: 'missing src: the name of the PDF in assets/pdfs/',
    })
  }
  return { src: name, embed }
}
