import { existsSync } from 'node:fs'
import path from 'node:path'

import { APIError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { mediaDirectory } from '@/lib/platform/uploadFolders'
import type { User } from '@/payload-types'

import { expectFieldError } from './helpers/errors'
import { buildHtml, buildPdf, buildPng, buildSvg, toUpload, type UploadFile } from './helpers/files'
import { bootPayload, createUser, shutdownPayload } from './helpers/payload'

let payload: Payload
let editor: User & { collection: 'users' }

beforeAll(async () => {
  payload = await bootPayload()
  await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
})
afterAll(async () => {
  await shutdownPayload(payload)
})

function upload(file: UploadFile, alt?: string) {
  return payload.create({
    collection: 'media',
    data: alt === undefined ? {} : { alt },
    file,
    overrideAccess: false,
    user: editor,
  })
}

describe('media: images', () => {
  it('accepts a real PNG with alt text and stores the file', async () => {
    const media = await upload(toUpload(buildPng(), 'image/png', 'pixel.png'), 'A red pixel')
    expect(media).toMatchObject({ alt: 'A red pixel', mimeType: 'image/png', width: 1, height: 1 })
    expect(media.filename).toMatch(/\.png$/)
    expect(existsSync(path.join(mediaDirectory(), media.filename ?? ''))).toBe(true)
  })

  it.each([undefined, '', '  \u200B '])('refuses a PNG with the alt text %j, naming alt', async (alt) => {
    await expectFieldError(
      upload(toUpload(buildPng(), 'image/png', 'no-alt.png'), alt),
      'alt',
      /Alt text is required/,
    )
  })

  it('refuses an SVG', async () => {
    await expectFieldError(
      upload(toUpload(buildSvg(), 'image/svg+xml', 'drawing.svg'), 'A drawing'),
      'file',
      /svg/i,
    )
  })

  it('refuses an SVG named .png and declared as a PNG', async () => {
    await expectFieldError(
      upload(toUpload(buildSvg(), 'image/png', 'disguised.png'), 'A disguised drawing'),
      'file',
      /svg/i,
    )
  })
})

describe('media: documents', () => {
  it('accepts a minimal valid PDF without alt text', async () => {
    const media = await upload(toUpload(buildPdf(), 'application/pdf', 'report.pdf'))
    expect(media).toMatchObject({ mimeType: 'application/pdf', filesize: buildPdf().length })
    expect(media.alt ?? null).toBeNull()
  })

  it('refuses an HTML file named .pdf', async () => {
    await expectFieldError(
      upload(toUpload(buildHtml(), 'application/pdf', 'invoice.pdf')),
      'file',
      /not allowed/,
    )
  })

  it('refuses a file that only starts like a PDF', async () => {
    const truncated = buildPdf().subarray(0, 40)
    await expectFieldError(upload(toUpload(truncated, 'application/pdf', 'truncated.pdf')), 'file', /PDF/)
  })
})

describe('media: size limit', () => {
  it('refuses a file over 20 MB', async () => {
    const pdf = buildPdf()
    const big = Buffer.concat([pdf.subarray(0, 9), Buffer.alloc(21 * 1024 * 1024, 0x20), pdf.subarray(9)])
    const attempt = upload(toUpload(big, 'application/pdf', 'huge.pdf'))
    await expect(attempt).rejects.toThrow(APIError)
    await expect(attempt).rejects.toThrow(/limit is 20 MB/)
    await expect(attempt).rejects.toMatchObject({ status: 413 })
  })

  it('accepts a file just under 20 MB', async () => {
    const pdf = buildPdf()
    const padding = 20 * 1024 * 1024 - pdf.length - 1024
    const large = Buffer.concat([pdf.subarray(0, 9), Buffer.alloc(padding, 0x20), pdf.subarray(9)])
    const media = await upload(toUpload(large, 'application/pdf', 'large.pdf'))
    expect(media.filesize).toBe(large.length)
    await payload.delete({ collection: 'media', id: media.id }) // keeps the temporary media folder small
  })
})
