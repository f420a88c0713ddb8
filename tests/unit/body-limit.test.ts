import { describe, expect, it } from 'vitest'

import { MAX_BODY_BYTES, MAX_CSV_BYTES, MAX_UPLOAD_BYTES } from '@/lib/platform/limits'
import { checkBodySize, checkJsonSyntax, declaresJson } from '@/lib/platform/requests/bodyLimit'

const json = (pathname: string, bytes: number | null, method = 'POST') => ({
  method,
  pathname,
  contentType: 'application/json',
  contentLength: bytes === null ? null : String(bytes),
  transferEncoding: bytes === null ? 'chunked' : null,
})

const multipart = (pathname: string, bytes: number) => ({
  ...json(pathname, bytes),
  contentType: 'multipart/form-data; boundary=x',
})

describe('checkBodySize', () => {
  it('accepts JSON up to 1 MB and refuses one byte more with 413 and the sizes', () => {
    expect(checkBodySize(json('/api/countries', MAX_BODY_BYTES))).toBeNull()
    const refusal = checkBodySize(json('/api/countries', MAX_BODY_BYTES + 1, 'PATCH'))
    expect(refusal?.status).toBe(413)
    expect(refusal?.message).toMatch(/at most 1 MB/)
  })

  it('applies the 1 MB limit to multipart bodies outside the upload paths', () => {
    expect(checkBodySize(multipart('/api/countries', MAX_BODY_BYTES + 1))?.status).toBe(413)
    expect(checkBodySize(multipart('/api/graphql', 5 * MAX_BODY_BYTES))?.status).toBe(413)
  })

  it('lets uploads through up to their own limits', () => {
    expect(checkBodySize(multipart('/api/media', MAX_UPLOAD_BYTES))).toBeNull()
    expect(checkBodySize(multipart('/api/media/42', MAX_UPLOAD_BYTES))).toBeNull()
    expect(checkBodySize(multipart('/api/media', 2 * MAX_UPLOAD_BYTES))?.status).toBe(413)
    expect(checkBodySize(multipart('/api/ev-statistics/csv', MAX_CSV_BYTES))).toBeNull()
    expect(checkBodySize(multipart('/api/ev-statistics/csv', 2 * MAX_CSV_BYTES))?.status).toBe(413)
    // JSON to an upload path is an ordinary body.
    expect(checkBodySize(json('/api/media', MAX_BODY_BYTES + 1))?.status).toBe(413)
  })

  it('refuses a chunked body without a length, and a nonsense length', () => {
    expect(checkBodySize(json('/api/countries', null))?.status).toBe(411)
    expect(checkBodySize({ ...json('/api/countries', 1), contentLength: '-1' })?.status).toBe(411)
    expect(checkBodySize({ ...json('/api/countries', 1), contentLength: 'lots' })?.status).toBe(411)
  })

  it('ignores methods without a body and requests without one', () => {
    expect(checkBodySize(json('/api/countries', 10 * MAX_BODY_BYTES, 'GET'))).toBeNull()
    expect(checkBodySize({ ...json('/api/countries', null), transferEncoding: null })).toBeNull()
  })
})

describe('checkJsonSyntax and declaresJson', () => {
  it('refuses malformed JSON and JSON that is not an object with 400, accepts an object and an empty body', () => {
    for (const body of ['{"name": ', 'not json', '[1,2', "{'a': 1}"]) {
      const refusal = checkJsonSyntax(body)
      expect(refusal?.status, body).toBe(400)
      expect(refusal?.message, body).toMatch(/^The request body is not valid JSON/)
    }
    for (const body of ['"a string"', '[1, 2]', '42', 'null', 'true']) {
      expect(checkJsonSyntax(body)?.message, body).toMatch(/must be a JSON object/)
    }
    expect(checkJsonSyntax('{"name": "x"}')).toBeNull()
    expect(checkJsonSyntax('  ')).toBeNull()
  })

  it('recognises JSON content types only', () => {
    expect(declaresJson('application/json; charset=utf-8')).toBe(true)
    expect(declaresJson('application/merge-patch+json')).toBe(true)
    expect(declaresJson('multipart/form-data; boundary=x')).toBe(false)
    expect(declaresJson(null)).toBe(false)
  })
})
