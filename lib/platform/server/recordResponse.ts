import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** What was sent: status, headers and the body bytes exactly as written to the socket. */
export type RecordedResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer }

/** Which responses are worth keeping: decided on the status and headers, before any byte of the body. */
export type RecordingRule = {
  isStorable: (status: number, headers: OutgoingHttpHeaders) => boolean
  /** A body longer than this is never kept: it streams through and nothing of it is held. */
  maxBytes: number
}

/** How much of a response's body is held so far (0 once it is known not to be kept). */
export type Recording = { readonly bytesKept: number }

type WriteArgs = [chunk?: unknown, encoding?: unknown, callback?: unknown]

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === 'string')
    return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
  if (chunk instanceof Uint8Array) return Buffer.from(chunk)
  return null
}

/**
 * Calls `onFinish` with the response once it has been sent in full, by watching the bytes that
 * pass through `write` and `end` (after any compression, which wraps these same methods). Plain
 * Node: it knows nothing of what produced the response. It lets go of the body as soon as the
 * response cannot be kept: when its headers say so (a per-request page, a 404, a private answer)
 * or when it grows past `rule.maxBytes` (a PDF), so large and personal answers only stream through.
 */
export function recordResponse(
  res: ServerResponse,
  rule: RecordingRule,
  onFinish: (response: RecordedResponse) => void,
): Recording {
  let chunks: Buffer[] = []
  let size = 0
  let keeping = true
  const stop = () => {
    keeping = false
    chunks = []
    size = 0
  }
  const keep = (chunk: unknown, encoding: unknown) => {
    if (!keeping || chunk === undefined || chunk === null) return
    const buffer = toBuffer(chunk, encoding)
    if (!buffer || size + buffer.length > rule.maxBytes) return stop()
    chunks.push(buffer)
    size += buffer.length
  }
  const write = res.write.bind(res) as (...args: WriteArgs) => boolean
  const end = res.end.bind(res) as (...args: WriteArgs) => ServerResponse
  res.write = ((...args: WriteArgs) => {
    keep(args[0], args[1])
    return write(...args)
  }) as ServerResponse['write']
  res.end = ((...args: WriteArgs) => {
    if (typeof args[0] !== 'function') keep(args[0], args[1])
    return end(...args)
  }) as ServerResponse['end']
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse
  // Node calls writeHead for the implicit headers of a first write too: the headers are final here.
  res.writeHead = (status: number, ...rest: unknown[]) => {
    // Headers handed to writeHead itself are not kept where getHeaders() finds them.
    const headers = rest.find((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
    if (headers)
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value as string)
    if (keeping && !rule.isStorable(status, res.getHeaders())) stop()
    return writeHead(status, ...rest.filter((item) => item !== headers))
  }
  res.once('finish', () => {
    if (!keeping) return
    onFinish({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks, size) })
    stop()
  })
  return {
    get bytesKept() {
      return size
    },
  }
}
