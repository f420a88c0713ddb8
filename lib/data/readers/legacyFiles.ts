import { TAGS } from '@/lib/platform/cache/tags'
import { getPayloadClient } from '@/lib/data/payload'
import { publicationFilePath } from '@/lib/domain/urls'

import { cachedReader } from './cached'

/**
 * The address of a published publication's PDF by its name on the former site (`/assets/pdfs/<name>`):
 * the name an import recorded, or the same file name here. Null when no published publication has it.
 */
export const findPdfByLegacyName = cachedReader(
  'pdf-by-legacy-name',
  [TAGS.publications],
  async (name: string): Promise<string | null> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'publications',
      overrideAccess: false,
      where: { or: [{ legacyFileName: { equals: name } }, { filename: { equals: name } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      select: { filename: true },
    })
    const filename = docs[0]?.filename
    return filename ? publicationFilePath(filename) : null
  },
)
