import { TAGS } from '@/lib/platform/cache/tags'
import { getPayloadClient } from '@/lib/data/payload'
import { compareNewestFirst, type PublicationSummary } from '@/lib/domain/publications/types'
import { publicationFilePath, publicationUrls } from '@/lib/domain/urls'
import type { Country, Media, Publication, Task } from '@/payload-types'

import { findExtracts, readThumbnail } from '../publications/extracts'
import { populated, populatedOne } from '../relations'
import { cachedReader } from './cached'
import { getDraftViewer, readAs, type Viewer } from './viewer'

/** What the library, the publication pages and the country and task pages read (cached). */
const PUBLICATION_TAGS = [TAGS.publications, TAGS.tasks, TAGS.countries, TAGS.media] as const

type PublicationDoc = Pick<
  Publication,
  'id' | 'title' | 'slug' | 'type' | 'year' | 'date' | 'description' | 'filename' | 'filesize' | 'updatedAt'
> & {
  thumbnail?: Publication['thumbnail']
  tasks?: Publication['tasks']
  countries?: Publication['countries']
}

/**
 * Publications the viewer may read, with their PDFs, newest first. A publication without a PDF or
 * a slug has nothing to show (only a draft can lack its PDF).
 */
async function readPublications(viewer: Viewer): Promise<PublicationSummary[]> {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'publications',
    ...readAs(viewer),
    pagination: false,
    depth: 1,
    select: {
      title: true,
      slug: true,
      type: true,
      year: true,
      date: true,
      description: true,
      filename: true,
      filesize: true,
      thumbnail: true,
      tasks: true,
      countries: true,
      updatedAt: true,
    },
    populate: {
      tasks: { number: true, title: true },
      countries: { name: true, slug: true },
      media: { url: true },
    },
  })
  const shown = (docs as PublicationDoc[]).filter(
    (doc): doc is PublicationDoc & { slug: string; filename: string } => Boolean(doc.slug && doc.filename),
  )
  const extracts = await findExtracts(
    payload,
    shown.map((doc) => doc.filename),
  )
  return shown
    .map((doc): PublicationSummary => {
      const extract = extracts.get(doc.filename)
      const chosen = populatedOne<Media>(doc.thumbnail)?.url
      return {
        id: doc.id,
        title: doc.title,
        slug: doc.slug,
        type: doc.type,
        year: doc.year,
        date: doc.date ? doc.date.slice(0, 10) : null,
        description: doc.description ?? null,
        fileUrl: publicationFilePath(doc.filename),
        filename: doc.filename,
        fileSize: doc.filesize ?? null,
        pageCount: extract?.status === 'done' ? (extract.pageCount ?? null) : null,
        thumbnailUrl: chosen ?? (extract?.hasThumbnail ? publicationUrls(doc.slug).thumbnail : null),
        tasks: populated<Task>(doc.tasks)
          .map((task) => ({ number: task.number, title: task.title }))
          .sort((a, b) => a.number - b.number),
        countries: populated<Country>(doc.countries)
          .flatMap((country) => (country.slug ? [{ name: country.name, slug: country.slug }] : []))
          .sort((a, b) => a.name.localeCompare(b.name, 'en')),
        updatedAt: doc.updatedAt,
      }
    })
    .sort(compareNewestFirst)
}

/** Every published publication, newest first. */
export const getPublicationSummaries = cachedReader('publication-summaries', PUBLICATION_TAGS, () =>
  readPublications(null),
)

/** One publication for its page: published (cached), or the latest draft while an editor previews. */
export async function loadPublication(slug: string): Promise<PublicationSummary | null> {
  const viewer = await getDraftViewer()
  const list = viewer ? await readPublications(viewer) : await getPublicationSummaries()
  return list.find((item) => item.slug === slug) ?? null
}

/** The published publications about a country (by slug) or a task (by number), newest first. */
export async function getPublicationsAbout(about: { country: string } | { task: number }) {
  const list = await getPublicationSummaries()
  return 'country' in about
    ? list.filter((item) => item.countries.some((country) => country.slug === about.country))
    : list.filter((item) => item.tasks.some((task) => task.number === about.task))
}

/** Page 1 of a published publication's PDF as a PNG, or null (no such publication, not drawn yet). */
export async function readPublicationThumbnail(slug: string): Promise<Buffer | null> {
  const publication = (await getPublicationSummaries()).find((item) => item.slug === slug)
  if (!publication) return null
  return readThumbnail(await getPayloadClient(), publication.filename)
}
