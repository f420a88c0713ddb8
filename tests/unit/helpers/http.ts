import { request, type IncomingHttpHeaders } from 'node:http'

/** A response read whole: status, headers and the raw (possibly compressed) body. */
export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** Sends one request to a server on 127.0.0.1 and reads its whole answer, without decoding it. */
export function requestLocal(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })
}
