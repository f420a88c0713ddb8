import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { PdfExtract, Publication } from '@/payload-types'

import { buildTestPdf, type TestPage } from '../../shared/pdfs'
import { nextUnique } from './factories'
import { toUpload } from './files'

type Overrides = Partial<RequiredDataFromCollectionSlug<'publications'>>

/**
 * A publication with a PDF of the given pages (a cover page unless said), published unless
 * `_status` says otherwise; `pages: null` gives one without a PDF (access bypassed).
 */
export async function createPublication(
  payload: Payload,
  { pages = [['Cover']], ...overrides }: Overrides & { pages?: readonly TestPage[] | null } = {},
): Promise<Publication> {
  const n = nextUnique()
  return payload.create({
    collection: 'publications',
    data: { _status: 'published', title: `Report ${n}`, type: 'annual-report', year: 2021, ...overrides },
    ...(pages ? { file: toUpload(buildTestPdf(pages), 'application/pdf', `report-${n}.pdf`) } : {}),
    draft: overrides._status === 'draft',
    overrideAccess: true,
  })
}

/** Runs the queued PDF readings until none is left (the server's job queue does it every 5 s). */
export async function runPdfJobs(payload: Payload): Promise<void> {
  for (let round = 0; round < 10; round += 1) {
    await payload.jobs.run({ queue: 'pdf', limit: 10 })
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { queue: { equals: 'pdf' } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    })
    if (totalDocs === 0) return
  }
  throw new Error('PDF jobs are still queued after 10 rounds')
}

/** What the job would store for a PDF, written directly (access bypassed). */
export function createExtract(payload: Payload): Promise<PdfExtract> {
  return payload.create({
    collection: 'pdf-extracts',
    data: {
      source: `read-${nextUnique()}.pdf`,
      status: 'done',
      pageCount: 1,
      hasText: true,
      pages: ['Text'],
    },
    overrideAccess: true,
  })
}
