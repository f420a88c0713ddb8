// Page weight: reuses scripts/measure-page-weight.ts (Debian Chromium via Playwright) and
// keeps only what the bench table and budgets need.
import { measurePageWeight, type Weight } from '../measure-page-weight'

/** Bytes received, decoded and as gzip would send them. */
export type Bytes = { raw: number; gzip: number }
export type PageBytes = { path: string; status: number; html: Bytes; css: Bytes; js: Bytes; total: Bytes }

const bytes = ({ raw, gzip }: Weight): Bytes => ({ raw, gzip })

/** Weighs each page loaded with an empty browser cache. */
export async function weighPages(origin: string, paths: string[]): Promise<PageBytes[]> {
  const pages = await measurePageWeight({ baseUrl: origin, paths })
  return pages.map((page) => ({
    path: page.path,
    status: page.status,
    html: bytes(page.byKind.document),
    css: bytes(page.byKind.stylesheet),
    js: bytes(page.byKind.script),
    total: bytes(page.total),
  }))
}
