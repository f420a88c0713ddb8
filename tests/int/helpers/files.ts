import { crc32, deflateSync } from 'node:zlib'

/** An in-memory upload as the Local API takes it (`payload.create({ file })`). */
export type UploadFile = { data: Buffer; mimetype: string; name: string; size: number }

/** Wraps a buffer as an upload with the given declared type and name. */
export function toUpload(data: Buffer, mimetype: string, name: string): UploadFile {
  return { data, mimetype, name, size: data.length }
}

function pngChunk(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(body.length)
  const typeAndBody = Buffer.concat([Buffer.from(type, 'latin1'), body])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndBody))
  return Buffer.concat([length, typeAndBody, crc])
}

/** A valid 1×1 opaque red PNG, built byte by byte. */
export function buildPng(): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const header = Buffer.alloc(13)
  header.writeUInt32BE(1, 0) // width
  header.writeUInt32BE(1, 4) // height
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(2, 9) // colour type: truecolour
  // compression, filter and interlace methods stay 0
  const scanline = Buffer.from([0x00, 0xff, 0x00, 0x00]) // filter byte + one RGB pixel
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(scanline)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A structurally valid one-page PDF with a correct cross-reference table. */
export function buildPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefOffset = Buffer.byteLength(body, 'latin1')
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}` +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** A small SVG image that runs a script: the kind of file an upload must never accept. */
export function buildSvg(): Buffer {
  return Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>alert(1)</script><rect width="1" height="1"/></svg>',
  )
}

/** A small HTML page. */
export function buildHtml(): Buffer {
  return Buffer.from(
    '<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>',
  )
}
