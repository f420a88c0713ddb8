// Small PDFs written byte by byte for the tests: no PDF library, no real report in the repository.

/** One page: the lines of text on it, or none for a page that is only a drawing (no text layer). */
export type TestPage = readonly string[]

const escapePdfText = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`)

function pageContent(lines: TestPage): string {
  if (lines.length === 0) return '0.1 0.4 0.8 rg 50 400 300 200 re f'
  return lines
    .map((line, index) => `BT /F1 14 Tf 50 ${780 - index * 20} Td (${escapePdfText(line)}) Tj ET`)
    .join('\n')
}

/**
 * A valid PDF (computed cross-reference table) with one A4 page per entry, in Helvetica; text in
 * Latin-1. `buildTestPdf([['Cover'], ['Zephyrquartz']])` has the word on page 2 only.
 */
export function buildTestPdf(pages: readonly TestPage[]): Buffer {
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ]
  const kids: number[] = []
  for (const lines of pages) {
    const content = pageContent(lines)
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`)
    const contentId = objects.length
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`,
    )
    kids.push(objects.length)
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((id) => `${id} 0 R`).join(' ')}] /Count ${kids.length} >>`
  let body = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n'
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(body, 'latin1')
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
    return offset
  })
  const xref = Buffer.byteLength(body, 'latin1')
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
