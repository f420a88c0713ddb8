// @ts-check
// Reads one PDF in a child process of its own (started by runPdfExtraction.ts): its page count, the
// text of each page and a PNG of page 1. JavaScript, run by Node as it is: Next's bundler would
// otherwise rewrite pdfjs' own imports and the path of this file. Type-checked through JSDoc.
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { createCanvas } from '@napi-rs/canvas'
import { getDocument, PDFDataRangeTransport } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** @typedef {import('pdfjs-dist/types/src/display/api').PDFDocumentProxy} PdfDocument */
/** @typedef {{ pageCount: number, pages: string[], isTextTruncated: boolean, thumbnail: Uint8Array }} PdfExtract */
/** @typedef {{ file: string, thumbnailWidth: number, maxTextChars: number }} PdfExtractInput */

const require = createRequire(import.meta.url)
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json')) + path.sep

/**
 * Nothing is fetched over a network and no code is generated from the file: fonts, character maps
 * and decoders are read from the installed package; pdfjs-dist 5.7 and later never use `eval`
 * (the option `isEvalSupported`, CVE-2024-4367, is gone with it). ICC profiles stay off: pdfjs
 * would load them with a synchronous XMLHttpRequest.
 */
const SAFE_OPTIONS = Object.freeze({
  useSystemFonts: false,
  disableFontFace: true,
  useWorkerFetch: false,
  standardFontDataUrl: `${PDFJS_DIR}standard_fonts${path.sep}`,
  cMapUrl: `${PDFJS_DIR}cmaps${path.sep}`,
  cMapPacked: true,
  wasmUrl: `${PDFJS_DIR}wasm${path.sep}`,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  stopAtErrors: false,
  // Pixels; a bigger image is left out of the thumbnail rather than decoded.
  maxImageSize: 50_000_000,
  verbosity: 0,
})

/**
 * Opens the PDF without reading it whole: pdfjs asks for the byte ranges it needs (a 200 MB
 * report full of images is mostly never read to count its pages and draw the first one).
 * @param {import('node:fs/promises').FileHandle} handle
 * @returns {Promise<PdfDocument>}
 */
async function openPdf(handle) {
  const { size } = await handle.stat()
  const range = new PDFDataRangeTransport(size, null)
  range.requestDataRange = (begin, end) => {
    const chunk = new Uint8Array(end - begin)
    handle.read(chunk, 0, chunk.length, begin).then(
      () => range.onDataRange(begin, chunk),
      (/** @type {unknown} */ error) => process.stderr.write(`PDF read failed: ${String(error)}\n`),
    )
  }
  return getDocument({
    ...SAFE_OPTIONS,
    range,
    rangeChunkSize: 64 * 1024,
    disableAutoFetch: true,
    disableStream: true,
  }).promise
}

/**
 * The text of each page (index 0 is page 1), whitespace collapsed; past `maxTextChars` in all,
 * the remaining pages are left empty.
 * @param {PdfDocument} doc
 * @param {number} maxTextChars
 */
async function readPageTexts(doc, maxTextChars) {
  /** @type {string[]} */
  const pages = []
  let total = 0
  let isTextTruncated = false
  for (let number = 1; number <= doc.numPages; number += 1) {
    if (total >= maxTextChars) {
      isTextTruncated = true
      pages.push('')
      continue
    }
    const page = await doc.getPage(number)
    const { items } = await page.getTextContent()
    const raw = items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('')
    const text = raw
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim()
    pages.push(text.slice(0, maxTextChars - total))
    total += text.length
    page.cleanup()
  }
  return { pages, isTextTruncated }
}

/**
 * Page 1 as a PNG `width` pixels wide, on white.
 * @param {PdfDocument} doc
 * @param {number} width
 */
async function renderFirstPage(doc, width) {
  const page = await doc.getPage(1)
  const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width })
  const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height))
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  // @napi-rs/canvas draws as the DOM's canvas does; only its type is its own.
  const canvasContext = /** @type {CanvasRenderingContext2D} */ (/** @type {unknown} */ (context))
  await page.render({ canvas: null, canvasContext, viewport, background: '#ffffff' }).promise
  page.cleanup()
  return canvas.encode('png')
}

/**
 * Page count, page texts and a thumbnail of one PDF file.
 * @param {PdfExtractInput} input
 * @returns {Promise<PdfExtract>}
 */
export async function extractPdf({ file, thumbnailWidth, maxTextChars }) {
  const handle = await fs.open(file, 'r')
  try {
    const doc = await openPdf(handle)
    try {
      const { pages, isTextTruncated } = await readPageTexts(doc, maxTextChars)
      const thumbnail = await renderFirstPage(doc, thumbnailWidth)
      return { pageCount: doc.numPages, pages, isTextTruncated, thumbnail }
    } finally {
      await doc.loadingTask.destroy()
    }
  } finally {
    await handle.close()
  }
}

/** @param {unknown} error */
const describe = (error) =>
  error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) }

// Started as a child process: one input in, one answer out, then exit.
const send = process.send?.bind(process)
if (send && process.env.PDF_EXTRACT_CHILD === '1') {
  process.once('message', (/** @type {PdfExtractInput} */ input) => {
    extractPdf(input).then(
      (result) => send({ ok: true, result }, undefined, {}, () => process.exit(0)),
      (/** @type {unknown} */ error) =>
        send({ ok: false, error: describe(error) }, undefined, {}, () => process.exit(1)),
    )
  })
}
