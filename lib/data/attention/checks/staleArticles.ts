import { adminDocumentUrl, formatDate } from '../documents'
import type { AttentionCheck } from '../types'

/** Policy articles nobody has saved for more than a year. */
export const staleArticles: AttentionCheck = {
  title: 'Articles not updated for more than a year',
  run: async ({ payload, user, now }) => {
    const yearAgo = new Date(now)
    yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1)
    const { docs } = await payload.find({
      collection: 'policy-articles',
      where: { updatedAt: { less_than: yearAgo.toISOString() } },
      sort: 'updatedAt',
      limit: 100,
      depth: 0,
      select: { title: true, updatedAt: true },
      overrideAccess: false,
      user,
    })
    const items = docs.map((article) => ({
      label: article.title,
      href: adminDocumentUrl(payload, 'policy-articles', article.id),
      detail: `last updated ${formatDate(article.updatedAt)}`,
    }))
    return { items }
  },
}
