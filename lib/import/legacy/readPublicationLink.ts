import { isHttpUrl } from '@/lib/domain/text'

import type { IssueLog } from '@/lib/domain/issues'
import type { FrontMatterField } from './readFrontMatter'
import { readText } from './readValues'

/**
 * A page's `publicationLink`: absolute http(s) links are kept; site-relative ones (the legacy
 * site's chapter pages) are kept with a warning, because this site cannot show them.
 */
export function readPublicationLink(field: FrontMatterField | undefined, log: IssueLog): string | null {
  const link = readText(field, log)
  if (!field || !link) return null
  if (link.startsWith('/')) {
    const message = `relative publicationLink "${link}" cannot be resolved on this site; it will not be shown`
    log.warnings.push({ line: field.valueLine, message, kind: 'publication link' })
  } else if (!isHttpUrl(link)) {
    const message = `publicationLink "${link}" is neither an http(s) URL nor a site path`
    log.errors.push({ line: field.valueLine, message })
  }
  return link
}
