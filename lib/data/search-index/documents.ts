import type { Payload } from 'payload'

import { publicationTypeLabel } from '@/lib/domain/publications/types'
import { splitSections } from '@/lib/domain/richtext/sections'

import { readPageTexts } from '../publications/extracts'
import { PAGE_BREAK, type IndexedDocument, type SearchKind } from './types'

/** What is read of each kind to index it: the fields search matches and its hit shows, never drafts. */
const FIELDS = {
  countries: { name: true, slug: true, isoCode: true, searchText: true },
  'policy-articles': {
    title: true,
    slug: true,
    topic: true,
    country: true,
    summary: true,
    body: true,
    searchText: true,
  },
  tasks: { number: true, title: true, status: true, summary: true, searchText: true },
  publications: { title: true, slug: true, type: true, year: true, description: true, filename: true },
} as const

type Doc = Record<string, unknown> & { id: number | string }

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** A relationship read at depth 0: the id, as text, or null when there is none. */
const idOf = (value: unknown) =>
  typeof value === 'number' || typeof value === 'string' ? String(value) : null

/** The index entry of a published document. */
export function toIndexedDocument(kind: SearchKind, doc: Doc): IndexedDocument {
  const id = String(doc.id)
  switch (kind) {
    case 'countries':
      return {
        kind,
        id,
        title: text(doc.name),
        keywords: text(doc.isoCode),
        summary: '',
        body: text(doc.searchText),
        display: { kind, name: text(doc.name), slug: text(doc.slug) },
      }
    case 'policy-articles':
      return {
        kind,
        id,
        title: text(doc.title),
        keywords: text(doc.topic),
        summary: text(doc.summary),
        body: text(doc.searchText),
        display: {
          kind,
          title: text(doc.title),
          slug: text(doc.slug),
          topic: text(doc.topic) || null,
          countryId: idOf(doc.country),
          sections: splitSections(doc.body),
        },
      }
    case 'tasks':
      // "task 7" and "7" find task 7 by its title.
      return {
        kind,
        id,
        title: `Task ${typeof doc.number === 'number' ? doc.number : ''}: ${text(doc.title)}`,
        keywords: text(doc.status),
        summary: text(doc.summary),
        body: text(doc.searchText),
        display: {
          kind,
          number: typeof doc.number === 'number' ? doc.number : 0,
          title: text(doc.title),
          status: doc.status === 'ongoing' ? 'ongoing' : 'completed',
        },
      }
    case 'publications': {
      // The PDF's text, when it has been read and has any (readPublished adds it as `pdfText`).
      const meta = `${publicationTypeLabel(text(doc.type))}, ${typeof doc.year === 'number' ? doc.year : ''}`
      return {
        kind,
        id,
        title: text(doc.title),
        keywords: meta,
        summary: text(doc.description),
        body: text(doc.pdfText),
        display: { kind, title: text(doc.title), slug: text(doc.slug), meta, filename: text(doc.filename) },
      }
    }
  }
}

/** A publication's entry is searched by its PDF's words too: they are added as `pdfText`. */
async function withPdfText(payload: Payload, kind: SearchKind, docs: Doc[]): Promise<Doc[]> {
  if (kind !== 'publications') return docs
  const texts = await readPageTexts(
    payload,
    docs.flatMap((doc) => (typeof doc.filename === 'string' ? [doc.filename] : [])),
  )
  return docs.map((doc) => ({ ...doc, pdfText: (texts.get(text(doc.filename)) ?? []).join(PAGE_BREAK) }))
}

/**
 * The published document as anonymous visitors may read it, or null when there is none (deleted,
 * never published, or unpublished). Reading as a visitor is what keeps drafts out of the index.
 */
export async function readPublished(
  payload: Payload,
  kind: SearchKind,
  id: number | string,
): Promise<Doc | null> {
  const { docs } = await payload.find({
    collection: kind,
    overrideAccess: false,
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: FIELDS[kind],
  })
  const [doc] = await withPdfText(payload, kind, docs)
  return doc ?? null
}

/** Every published document of a kind, a page at a time (for filling the index). */
export async function* readAllPublished(
  payload: Payload,
  kind: SearchKind,
  pageSize = 200,
): AsyncGenerator<Doc[]> {
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection: kind,
      overrideAccess: false,
      limit: pageSize,
      page,
      depth: 0,
      sort: 'id',
      select: FIELDS[kind],
    })
    yield await withPdfText(payload, kind, result.docs)
    if (!result.hasNextPage) return
  }
}
