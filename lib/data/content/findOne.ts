import type { CollectionSlug, DataFromCollectionSlug, Payload, PayloadRequest, Where } from 'payload'

/** The first document matching `where` (access bypassed: for scripts), or undefined. */
export async function findOne<Slug extends CollectionSlug>(
  payload: Payload,
  collection: Slug,
  where: Where,
  req?: Partial<PayloadRequest>,
): Promise<DataFromCollectionSlug<Slug> | undefined> {
  const { docs } = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false, req })
  return docs[0]
}
