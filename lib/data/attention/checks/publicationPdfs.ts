import { findExtracts, type ExtractSummary } from '@/lib/data/publications/extracts'

import { adminDocumentUrl, documentTitle } from '../documents'
import type { AttentionCheck, AttentionItem } from '../types'

/** What is missing or wrong with a publication's PDF, or null when nothing is. */
function describeProblem(
  filename: string | null | undefined,
  extract: ExtractSummary | undefined,
): string | null {
  if (!filename) return 'no PDF yet: attach it, then it can be published'
  if (!extract) return null
  if (extract.status === 'failed') return `the PDF could not be read: ${extract.error ?? 'no reason given'}`
  if (!extract.hasText)
    return 'no text in the PDF (scanned pages?): search finds it by title and description only'
  return null
}

/**
 * Publications whose PDF needs an editor: missing (an import found none, or nobody uploaded it;
 * such a publication stays a draft), unreadable, or without a text layer.
 */
export const publicationPdfs: AttentionCheck = {
  title: 'Publications and their PDFs',
  run: async ({ payload, user }) => {
    const { docs } = await payload.find({
      collection: 'publications',
      draft: true,
      sort: '-updatedAt',
      pagination: false,
      depth: 0,
      select: { title: true, filename: true },
      overrideAccess: false,
      user,
    })
    const extracts = await findExtracts(
      payload,
      docs.flatMap((doc) => (doc.filename ? [doc.filename] : [])),
    )
    const items = docs.flatMap((doc): AttentionItem[] => {
      const problem = describeProblem(doc.filename, doc.filename ? extracts.get(doc.filename) : undefined)
      return problem
        ? [
            {
              label: documentTitle(payload, 'publications', doc),
              href: adminDocumentUrl(payload, 'publications', doc.id),
              detail: problem,
            },
          ]
        : []
    })
    return { items }
  },
}
