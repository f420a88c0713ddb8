import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { ISO_COUNTRY_CODES } from '@/lib/domain/countries/isoCodes'

type Params = { params: Promise<{ file: string }> }

// Every flag is known at build time, so they are prebuilt and served as static files.
export const dynamicParams = false

export function generateStaticParams() {
  return [...ISO_COUNTRY_CODES].map((code) => ({ file: `${code.toLowerCase()}.svg` }))
}

/** `/flags/be.svg`: the country's flag, served by this site from the `flag-icons` package. */
export async function GET(_request: Request, { params }: Params) {
  const { file } = await params
  const code = file.replace(/\.svg$/, '')
  if (!ISO_COUNTRY_CODES.has(code.toUpperCase()) || code !== code.toLowerCase()) {
    return new Response('Unknown flag', { status: 404 })
  }
  const svg = await readFile(
    path.join(process.cwd(), 'node_modules', 'flag-icons', 'flags', '4x3', `${code}.svg`),
  )
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
