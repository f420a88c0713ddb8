import { open } from 'node:fs/promises'

/**
 * True when the file's first bytes are those of a JPEG, PNG, WebP or AVIF image, the types the
 * media collection accepts. Checked before uploading because a refused upload would abort the
 * whole file's transaction.
 */
export async function isWebImage(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(12), 0, 12, 0)
    const head = buffer.subarray(0, bytesRead)
    const ascii = (from: number, to: number) => head.subarray(from, to).toString('latin1')
    if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return true
    if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return true
    if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return true
    return ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))
  } finally {
    await handle.close()
  }
}
