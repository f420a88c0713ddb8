/**
 * True when a document (a country, task or policy article, as read from Payload or from the
 * admin form) still has open questions in its `reviewItems`.
 */
export function hasOpenReviewItems(doc: { reviewItems?: unknown } | null | undefined): boolean {
  return Array.isArray(doc?.reviewItems) && doc.reviewItems.length > 0
}
