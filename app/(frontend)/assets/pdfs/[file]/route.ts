import { connection } from 'next/server'

import { findPdfByLegacyName } from '@/lib/data/readers/legacyFiles'
import { TAGS } from '@/lib/platform/cache/tags'

import { decodeLegacyName, permanentRedirect } from '../../../_legacy/permanentRedirect'

type Props = { params: Promise<{ file: string }> }

/** `/assets/pdfs/<name>`, a PDF's address on the former site: 301 to the publication's PDF. */
export async function GET(_request: Request, { params }: Props) {
  await connection()
  const name = decodeLegacyName((await params).file)
  const target = name && name.length <= 300 ? await findPdfByLegacyName(name) : null
  if (!target) {
    return new Response('No published publication has this PDF.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return permanentRedirect(target, [TAGS.publications])
}
