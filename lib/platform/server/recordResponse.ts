import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** What was sent: status, headers and the body bytes exactly as written to the socket. */
export type RecordedResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer }

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
 * Node: it knows nothing of what produced the response. A body growing past `maxBytes` is let
 * go of, unrecorded: a large file streamed to a visitor must not be held in memory whole.
 */
export function recordResponse(
  res: ServerResponse,
  onFinish: (response: RecordedResponse) => void,
  maxBytes = Infinity,
): void {
  let chunks: Buffer[] = []
  let size = 0
  let complete = true
  const keep = (chunk: unknown, encoding: unknown) => {
    if (!complete) return
    const buffer = toBuffer(chunk, encoding)
    if (!buffer) {
      if (chunk !== undefined && chunk !== null) complete = false
      return
    }
    size += buffer.length
    if (size > maxBytes) {
      complete = false
      chunks = []
      return
    }
    chunks.push(buffer)
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
  res.writeHead = (status: number, ...rest: unknown[]) => {
    // Headers handed to writeHead itself are not kept where getHeaders() finds them.
    const headers = rest.find((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
    if (headers)
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, value as string)
    return writeHead(status, ...rest.filter((item) => item !== headers))
  }
  res.once('finish', () => {
    if (!complete) return
    onFinish({ status: res.statusCode, headers: res.getHeaders(), body: Buffer.concat(chunks, size) })
  })
}
