import { MAX_BODY_BYTES } from '../limits'
import { patternToRegExp, ROUTES } from '../routes/routeTable'

/** Paths that take a file upload as multipart/form-data, with their own, larger limits. */
const UPLOAD_LIMITS: { path: RegExp; maxBytes: number }[] = ROUTES.flatMap(({ pattern, uploadLimitBytes }) =>
  uploadLimitBytes === undefined ? [] : [{ path: patternToRegExp(pattern), maxBytes: uploadLimitBytes }],
)

/** The largest body any path accepts: the proxy must let bodies this big through intact. */
export const LARGEST_BODY_BYTES = Math.max(MAX_BODY_BYTES, ...UPLOAD_LIMITS.map((limit) => limit.maxBytes))

/** Why a request is refused before its body is read: HTTP status and a message for the client. */
export type BodyRefusal = { status: 400 | 411 | 413; message: string }

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
}

/**
 * Checks an API request's declared body size against its limit: 1 MB, or the upload limit
 * for a multipart upload to an upload path. A body without a declared length (chunked) is
 * refused unless it is empty-bodied by method, since its size could not be checked up front.
 */
export function checkBodySize(request: {
  method: string
  pathname: string
  contentType: string | null
  contentLength: string | null
  transferEncoding: string | null
}): BodyRefusal | null {
  if (!METHODS_WITH_BODY.has(request.method.toUpperCase())) return null
  const isMultipart = request.contentType?.toLowerCase().startsWith('multipart/form-data') ?? false
  const upload = isMultipart ? UPLOAD_LIMITS.find((limit) => limit.path.test(request.pathname)) : undefined
  const maxBytes = upload?.maxBytes ?? MAX_BODY_BYTES
  if (request.contentLength === null) {
    if (request.transferEncoding === null) return null
    return { status: 411, message: 'A request body needs a Content-Length header.' }
  }
  const length = Number(request.contentLength)
  if (!Number.isSafeInteger(length) || length < 0) {
    return { status: 411, message: 'The Content-Length header is not a valid number.' }
  }
  if (length > maxBytes) {
    return {
      status: 413,
      message: `The request body is ${formatMegabytes(length)}; at most ${formatMegabytes(maxBytes)} is accepted${upload ? ' for this upload' : ''}.`,
    }
  }
  return null
}

/** True for a request that declares a JSON body (`application/json`, `…+json`). */
export function declaresJson(contentType: string | null): boolean {
  const essence = contentType?.split(';')[0]?.trim().toLowerCase() ?? ''
  return essence === 'application/json' || essence.endsWith('+json')
}

/**
 * Why a declared JSON body is refused, or null when it is a JSON object (every API body is
 * one; an empty body is left to the API). Payload answers anything else with a 500.
 */
export function checkJsonSyntax(body: string): BodyRefusal | null {
  if (body.trim() === '') return null
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    const reason = error instanceof SyntaxError ? `: ${error.message}` : ''
    return { status: 400, message: `The request body is not valid JSON${reason}.` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { status: 400, message: 'The request body must be a JSON object, e.g. {"name": "…"}.' }
  }
  return null
}
