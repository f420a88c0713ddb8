/** What an oEmbed request asks for (https://oembed.com, section 2.2). */
export type OembedRequest = { url: URL; maxWidth: number | null; maxHeight: number | null }

/** Why a request cannot be answered: 400 for a bad parameter, 501 for a format not offered. */
export type OembedRefusal = { status: 400 | 501; message: string }

const MAX_URL_LENGTH = 2000
// Larger than any screen; a bigger number is a mistake, not a wish.
const MAX_DIMENSION = 10_000

/** The single value of a parameter, undefined when absent, or a refusal when given twice. */
function single(params: URLSearchParams, name: string): string | undefined | OembedRefusal {
  const values = params.getAll(name)
  if (values.length > 1) return { status: 400, message: `The parameter "${name}" is given more than once.` }
  return values[0]
}

const isRefusal = (value: unknown): value is OembedRefusal => typeof value === 'object' && value !== null

/** `maxwidth` or `maxheight`: a whole number of pixels from 1, or null when absent. */
function readDimension(params: URLSearchParams, name: string): number | null | OembedRefusal {
  const value = single(params, name)
  if (value === undefined || isRefusal(value)) return value ?? null
  const number = /^\d{1,5}$/.test(value) ? Number(value) : NaN
  if (!(number >= 1 && number <= MAX_DIMENSION)) {
    return { status: 400, message: `"${name}" must be a whole number of pixels from 1 to ${MAX_DIMENSION}.` }
  }
  return number
}

/**
 * Reads `/oembed?url=…&format=json&maxwidth=…&maxheight=…`. Only JSON is offered: the spec
 * answers any other format with 501 Not Implemented.
 */
export function readOembedRequest(params: URLSearchParams): OembedRequest | OembedRefusal {
  const format = single(params, 'format')
  if (isRefusal(format)) return format
  if (format !== undefined && format !== 'json') {
    return { status: 501, message: 'Only format=json is offered.' }
  }
  const raw = single(params, 'url')
  if (isRefusal(raw)) return raw
  if (raw === undefined || raw.trim() === '') {
    return {
      status: 400,
      message: 'The parameter "url" is missing: give the address of a page of this site.',
    }
  }
  const url = raw.length <= MAX_URL_LENGTH ? URL.parse(raw.trim()) : null
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return { status: 400, message: '"url" must be a full http or https address of a page of this site.' }
  }
  const maxWidth = readDimension(params, 'maxwidth')
  if (isRefusal(maxWidth)) return maxWidth
  const maxHeight = readDimension(params, 'maxheight')
  if (isRefusal(maxHeight)) return maxHeight
  return { url, maxWidth, maxHeight }
}
