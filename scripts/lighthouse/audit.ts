// One Lighthouse run of one page: mobile, default (simulated) throttling, performance only,
// against a Chromium that is already running with a remote-debugging port.
import lighthouse from 'lighthouse'

/** What the report prints for one run, and where the main thread's time went. */
export type AuditResult = {
  score: number
  totalBlockingTimeMs: number
  largestContentfulPaintMs: number
  /** Main-thread time by kind of work (script evaluation, style and layout, …), largest first. */
  mainThread: { label: string; ms: number }[]
  /** Main-thread time per script, largest first. */
  scripts: { url: string; ms: number }[]
}

type Item = Record<string, unknown>

function itemsOf(details: unknown): Item[] {
  if (typeof details !== 'object' || details === null || !('items' in details)) return []
  const { items } = details
  return Array.isArray(items)
    ? items.filter((item): item is Item => typeof item === 'object' && item !== null)
    : []
}

const numberOf = (value: unknown) => (typeof value === 'number' ? value : 0)
const textOf = (value: unknown) => (typeof value === 'string' ? value : '')

/** Audits `url` through the browser listening on `port`. */
export async function auditPage(url: string, port: number): Promise<AuditResult> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  })
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`)
  const audits = lhr.audits
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    totalBlockingTimeMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
    largestContentfulPaintMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
    mainThread: itemsOf(audits['mainthread-work-breakdown']?.details)
      .map((item) => ({
        label: textOf(item.groupLabel) || textOf(item.group),
        ms: Math.round(numberOf(item.duration)),
      }))
      .sort((a, b) => b.ms - a.ms),
    scripts: itemsOf(audits['bootup-time']?.details)
      .map((item) => ({ url: textOf(item.url), ms: Math.round(numberOf(item.total)) }))
      .sort((a, b) => b.ms - a.ms),
  }
}
