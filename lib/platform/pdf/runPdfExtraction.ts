import { readFileSync } from 'node:fs'
import path from 'node:path'

import { PDF_EXTRACTION_CAPS } from '../limits'

// Taken this way so Next's bundler leaves the call alone: it would try to bundle the child's
// file (named by a computed path) and fail. Node 20.16 and later.
const { fork } = process.getBuiltinModule('node:child_process')

/** What a PDF yields: its pages' text (index 0 is page 1) and a PNG of page 1. */
export type PdfExtract = {
  pageCount: number
  pages: string[]
  /** True when the text grew past the limit and later pages were left empty. */
  isTextTruncated: boolean
  thumbnail: Buffer
}

/** Why reading a PDF failed: it took too long, needed too much memory, or is not a readable PDF. */
export type PdfFailure = 'timeout' | 'memory' | 'unreadable'

/** A PDF the child process could not read within its caps; the message is for editors. */
export class PdfExtractionError extends Error {
  override name = 'PdfExtractionError'
  readonly kind: PdfFailure
  constructor(kind: PdfFailure, message: string) {
    super(message)
    this.kind = kind
  }
}

export type PdfExtractionOptions = {
  timeoutMs?: number
  maxHeapMb?: number
  maxRssMb?: number
  thumbnailWidth?: number
  maxTextChars?: number
}

/** The child's file: unbundled, so named by an absolute path from the project's root. */
const CHILD_FILE = path.join(process.cwd(), 'lib', 'platform', 'pdf', 'extractPdf.mjs')
const WATCH_INTERVAL_MS = 100

type ChildAnswer =
  | { ok: true; result: Omit<PdfExtract, 'thumbnail'> & { thumbnail: Uint8Array } }
  | { ok: false; error: { name: string; message: string } }

function isAnswer(message: unknown): message is ChildAnswer {
  return typeof message === 'object' && message !== null && 'ok' in message
}

/** The resident memory of a process in MB (Linux), or 0 when it cannot be read. */
function residentMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

/**
 * Reads one PDF in a child process with a time limit, a heap limit and a watch on its whole
 * memory: a hostile or huge file ends the child, never the server. The child gets no
 * environment of the server's (no secrets, no database address).
 */
export function runPdfExtraction(file: string, options: PdfExtractionOptions = {}): Promise<PdfExtract> {
  const { timeoutMs, maxHeapMb, maxRssMb } = { ...PDF_EXTRACTION_CAPS, ...options }
  return new Promise((resolve, reject) => {
    const child = fork(CHILD_FILE, [], {
      execArgv: [`--max-old-space-size=${maxHeapMb}`],
      env: { PDF_EXTRACT_CHILD: '1', NODE_ENV: process.env.NODE_ENV ?? 'production' },
      // Buffers cross as bytes, not as JSON arrays of numbers.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    })
    let stderr = ''
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-4_000)
    })
    let isSettled = false
    const settle = (outcome: () => void) => {
      if (isSettled) return
      isSettled = true
      clearTimeout(timer)
      clearInterval(watch)
      outcome()
    }
    const stop = (kind: PdfFailure, message: string) => {
      settle(() => reject(new PdfExtractionError(kind, message)))
      child.kill('SIGKILL')
    }
    const timer = setTimeout(
      () => stop('timeout', `Reading the PDF took longer than ${Math.round(timeoutMs / 1000)} s.`),
      timeoutMs,
    )
    const watch = setInterval(() => {
      if (residentMb(child.pid) > maxRssMb)
        stop('memory', `Reading the PDF needed more than ${maxRssMb} MB of memory.`)
    }, WATCH_INTERVAL_MS)
    child.once('message', (message: unknown) => {
      if (!isAnswer(message)) return stop('unreadable', 'The PDF reader gave no usable answer.')
      if (message.ok) {
        const { result } = message
        settle(() => resolve({ ...result, thumbnail: Buffer.from(result.thumbnail) }))
      } else {
        settle(() =>
          reject(new PdfExtractionError('unreadable', `The PDF could not be read: ${message.error.message}`)),
        )
      }
    })
    child.once('close', (code, signal) => {
      // V8 aborts the process when the heap limit is reached.
      const isOutOfMemory =
        signal === 'SIGABRT' || code === 134 || /heap out of memory|heap limit/i.test(stderr)
      const kind = isOutOfMemory ? 'memory' : 'unreadable'
      const message = isOutOfMemory
        ? `Reading the PDF needed more than its ${maxHeapMb} MB of working memory.`
        : `The PDF reader stopped without an answer (${code ?? signal ?? 'no exit code'}).`
      settle(() => reject(new PdfExtractionError(kind, message)))
    })
    child.send({
      file: path.resolve(file),
      thumbnailWidth: options.thumbnailWidth ?? 400,
      maxTextChars: options.maxTextChars ?? 4_000_000,
    })
  })
}
