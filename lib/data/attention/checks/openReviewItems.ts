import type { CollectionSlug } from 'payload'

import { adminDocumentUrl } from '../documents'
import type { AttentionCheck, AttentionItem } from '../types'

/** The documents with editors' open questions, and what names them in the list. */
const SOURCES = [
  { collection: 'countries', title: 'name' },
  { collection: 'tasks', title: 'label' },
  { collection: 'policy-articles', title: 'title' },
] as const satisfies readonly { collection: CollectionSlug; title: string }[]

type Row = { id: number | string; reviewItems?: { question?: string | null }[] | null }

/** Countries, tasks and articles whose text (latest draft included) still holds open questions. */
export const openReviewItems: AttentionCheck = {
  title: 'Open questions in texts',
  run: async ({ payload, user }) => {
    const items: AttentionItem[] = []
    for (const { collection, title } of SOURCES) {
      const { docs } = await payload.find({
        collection,
        where: { 'reviewItems.question': { exists: true } },
        draft: true,
        limit: 100,
        depth: 0,
        select: { [title]: true, reviewItems: true },
        overrideAccess: false,
        user,
      })
      for (const doc of docs as Row[]) {
        const questions = (doc.reviewItems ?? []).map((item) => item.question).filter(Boolean)
        if (questions.length === 0) continue
        const name: unknown = Reflect.get(doc, title)
        items.push({
          label: typeof name === 'string' && name !== '' ? name : `Untitled (${doc.id})`,
          href: adminDocumentUrl(payload, collection, doc.id),
          detail: `${questions.length === 1 ? '1 open question' : `${questions.length} open questions`}: ${questions.slice(0, 3).join(' ')}`,
        })
      }
    }
    return { items }
  },
}
