import type { IssueLog } from '@/lib/domain/issues'

import type { FrontMatterField } from '../readFrontMatter'
import { readText } from '../readValues'

/**
 * The name of a file under one of the site's asset folders (`src`: under assets/pdfs/;
 * `thumbnailSrc`: under assets/images/thumbnails/). A name that leaves its folder or is an
 * address elsewhere is logged, as an error or a warning as the caller says, and gives null.
 */
export function readAssetName(
  field: FrontMatterField | undefined,
  log: IssueLog,
  severity: 'error' | 'warning',
): string | null {
  const name = readText(field, log).replace(/^\/?assets\/(pdfs|images\/thumbnails)\//i, '')
  if (!field || !name) return null
  const isOutside = /^([a-z][a-z0-9+.-]*:|\/|\\)/i.test(name) || name.split(/[\\/]/).includes('..')
  if (!isOutside) return name
  const message = `${field.key} "${name}" must be a file name inside the site's assets folder`
  if (severity === 'error') log.errors.push({ line: field.valueLine, message })
  else log.warnings.push({ line: field.valueLine, message: `${message}: left out`, kind: 'publication' })
  return null
}
