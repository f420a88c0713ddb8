import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { extractPdf } from '@/lib/platform/pdf/extractPdf.mjs'
import { PdfExtractionError, runPdfExtraction } from '@/lib/platform/pdf/runPdfExtraction'

import { buildTestPdf } from '../shared/pdfs'

const folder = mkdtempSync(path.join(tmpdir(), 'evcp-pdf-'))
function writePdf(name: string, bytes: Buffer | string): string {
  const file = path.join(folder, name)
  writeFileSync(file, bytes)
  return file
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const pngWidth = (png: Buffer) => png.readUInt32BE(16)

/** Rejects with a PdfExtractionError of this kind, whatever its message. */
async function expectFailure(reading: Promise<unknown>, kind: PdfExtractionError['kind']): Promise<void> {
  const error: unknown = await reading.then(
    () => new Error('expected the reading to fail'),
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(PdfExtractionError)
  expect((error as PdfExtractionError).kind).toBe(kind)
}

describe('reading a PDF in a child process', () => {
  it('gives each page’s text, the page count and page 1 as a PNG', async () => {
    const file = writePdf(
      'three.pdf',
      buildTestPdf([['Cover'], ['Second page mentions Zephyrquartz'], ['End']]),
    )
    const result = await runPdfExtraction(file, { thumbnailWidth: 200 })
    expect(result.pageCount).toBe(3)
    expect(result.pages).toEqual(['Cover', 'Second page mentions Zephyrquartz', 'End'])
    expect(result.isTextTruncated).toBe(false)
    expect(result.thumbnail.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    expect(pngWidth(result.thumbnail)).toBe(200)
  })

  it('reads a PDF without a text layer as pages without text, and still draws page 1', async () => {
    const result = await runPdfExtraction(writePdf('scan.pdf', buildTestPdf([[]])))
    expect(result).toMatchObject({ pageCount: 1, pages: [''] })
    expect(result.thumbnail.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
  })

  it('keeps the text within its limit, leaving later pages empty', async () => {
    const file = writePdf('long.pdf', buildTestPdf([['a'.repeat(60)], ['b'.repeat(60)], ['c']]))
    const result = await runPdfExtraction(file, { maxTextChars: 80 })
    expect(result.pages.map((page) => page.length)).toEqual([60, 20, 0])
    expect(result.isTextTruncated).toBe(true)
  })

  it('refuses a file that is not a PDF, saying so', async () => {
    await expectFailure(runPdfExtraction(writePdf('fake.pdf', 'not a pdf at all')), 'unreadable')
  })

  it('stops a reading that takes too long or needs too much memory, and the caller carries on', async () => {
    const file = writePdf('small.pdf', buildTestPdf([['Cover']]))
    await expectFailure(runPdfExtraction(file, { timeoutMs: 1 }), 'timeout')
    // Node alone needs more than 10 MB: the watch on the child's whole memory stops it.
    await expectFailure(runPdfExtraction(file, { maxRssMb: 10 }), 'memory')
    expect((await runPdfExtraction(file)).pageCount).toBe(1)
  })
})

describe('pdfjs-dist', () => {
  it('never generates code from a PDF (CVE-2024-4367: a Type 4 function drawn on page 1)', async () => {
    const program = '{ dup 0.5 mul exch 0.2 mul 0.9 }'
    const content = '/CS1 cs 1 scn 50 50 300 300 re f'
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Resources << /ColorSpace << /CS1 [/Separation /Spot /DeviceRGB 5 0 R] >> >> /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      `<< /FunctionType 4 /Domain [0 1] /Range [0 1 0 1 0 1] /Length ${program.length} >>\nstream\n${program}\nendstream`,
    ]
    let body = '%PDF-1.4\n'
    const offsets = objects.map((object, index) => {
      const offset = body.length
      body += `${index + 1} 0 obj\n${object}\nendobj\n`
      return offset
    })
    const xref = body.length
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
    body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
    body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
    const file = writePdf('type4.pdf', body)

    let generated = 0
    const original = globalThis.Function
    globalThis.Function = new Proxy(original, {
      construct: (target, args: string[]) => {
        generated += 1
        return Reflect.construct(target, args)
      },
      apply: (target, self: unknown, args: string[]) => {
        generated += 1
        return Reflect.apply(target, self, args) as unknown
      },
    })
    try {
      const result = await extractPdf({ file, thumbnailWidth: 100, maxTextChars: 1_000 })
      expect(result.pageCount).toBe(1)
    } finally {
      globalThis.Function = original
    }
    expect(generated).toBe(0)
  })
})
