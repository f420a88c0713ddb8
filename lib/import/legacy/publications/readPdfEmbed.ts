/** The PDF an `<embed>` of a legacy page shows: `{{ src }}` (the front matter's) or a file name. */
export type PdfEmbed = {
  /** 1-based line of the file the `<embed` starts on. */
  line: number
  /** The PDF's name under /assets/pdfs/, or null when it is the template's `{{ src }}`. */
  file: string | null
  /** The `#page=` anchor as written, or null when there is none. */
  page: string | null
}

const EMBED = /<embed\b[^>]*?\bsrc\s*=\s*(["'])([\s\S]*?)\1/i
const PDF_FOLDER = /^\/?assets\/pdfs\//i
const TEMPLATE_SRC = /^\{\{\s*src\s*\}\}$/

function decode(name: string): string {
  try {
    return decodeURIComponent(name)
  } catch {
    return name
  }
}

/**
 * Reads the first `<embed src="/assets/pdfs/{{ src }}#page=107" …>` of a body (which may span
 * lines); null when the body has none, or its address is not under /assets/pdfs/.
 */
export function readPdfEmbed(body: string, bodyStartLine: number): PdfEmbed | null {
  const match = EMBED.exec(body)
  const address = match?.[2]?.trim()
  if (!match || !address || !PDF_FOLDER.test(address)) return null
  const line = bodyStartLine + (body.slice(0, match.index).match(/\n/g)?.length ?? 0)
  const [path = '', anchor = ''] = address.replace(PDF_FOLDER, '').split('#', 2)
  const page = /(?:^|&)page=([^&]*)/i.exec(anchor)?.[1] ?? null
  const file = TEMPLATE_SRC.test(path.trim()) ? null : decode(path.trim())
  return { line, file, page }
}
