import type { UIFieldServerProps } from 'payload'

import { findExtracts, readThumbnail, type ExtractSummary } from '@/lib/data/publications/extracts'

import './pdfStatus.css'

/** What the background job made of the PDF, as the editor reads it beside the form. */
function describe(extract: ExtractSummary): { tone: 'ok' | 'warning' | 'error'; text: string } {
  if (extract.status === 'failed')
    return { tone: 'error', text: `The PDF could not be read: ${extract.error ?? 'no reason given'}` }
  const pages = `${extract.pageCount ?? 0} ${extract.pageCount === 1 ? 'page' : 'pages'}`
  if (!extract.hasText) {
    return {
      tone: 'warning',
      text: `${pages}, but no text in it (scanned pages?): search finds this publication by its title and description only.`,
    }
  }
  return { tone: 'ok', text: `${pages}; its text is searchable, page by page.` }
}

/**
 * The PDF's state on a publication's edit screen: not attached yet, being read, read (pages,
 * text or not, page 1 as the library shows it), or why it could not be read.
 */
export async function PdfStatusField({ data, payload }: UIFieldServerProps) {
  const filename = typeof data.filename === 'string' ? data.filename : null
  if (!filename) {
    return (
      <p className="evcp-pdf-status">
        <strong>PDF: </strong>none yet. Upload it above; until then this publication can only be a draft.
      </p>
    )
  }
  const extract = (await findExtracts(payload, [filename])).get(filename)
  if (!extract) {
    return (
      <p className="evcp-pdf-status">
        <strong>PDF: </strong>being read in the background; its pages, text and first page appear here within
        a minute or two (reload the page).
      </p>
    )
  }
  const { tone, text } = describe(extract)
  const thumbnail = extract.hasThumbnail ? await readThumbnail(payload, filename) : null
  return (
    <div className={`evcp-pdf-status evcp-pdf-status--${tone}`} role={tone === 'ok' ? undefined : 'status'}>
      <p>
        <strong>PDF: </strong>
        {text}
      </p>
      {thumbnail && (
        // A plain <img>: a data URL of a few dozen KB, in the admin only.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={`data:image/png;base64,${thumbnail.toString('base64')}`}
          alt="Page 1 of the PDF"
          width={160}
        />
      )}
    </div>
  )
}
