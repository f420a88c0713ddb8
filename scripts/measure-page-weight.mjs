// What a public page ships: loads each page in headless Chromium (Debian's, as the e2e tests
// do) and adds up the HTML, CSS and JavaScript it receives, raw and gzipped.
//
//   node scripts/measure-page-weight.mjs [base-url] [/path ...] [--json]
//   node scripts/measure-page-weight.mjs http://localhost:3100 /countries/belgium /
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

import { chromium } from '@playwright/test'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/helpers/chromium.mjs'

/** The resource types counted, by Chromium's name for them, with the label printed. */
const KINDS = /** @type {const} */ ({ document: 'HTML', stylesheet: 'CSS', script: 'JS' })

/** @typedef {keyof typeof KINDS} Kind */
/** @typedef {{ count: number, raw: number, gzip: number }} Weight */
/** @typedef {{ url: string, kind: Kind, raw: number, gzip: number }} Resource */
/** @typedef {{ path: string, status: number, byKind: Record<Kind, Weight>, total: Weight, resources: Resource[] }} PageWeight */

/** @returns {Weight} */
const emptyWeight = () => ({ count: 0, raw: 0, gzip: 0 })

/**
 * Loads every path of `baseUrl` in a fresh browser context (empty cache) and weighs what it received,
 * including scripts loaded after hydration (waits for the network to go quiet).
 * @param {{ baseUrl: string, paths: string[], executablePath?: string }} options
 * @returns {Promise<PageWeight[]>}
 */
export async function measurePageWeight({ baseUrl, paths, executablePath = CHROMIUM_PATH }) {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    /** @type {PageWeight[]} */
    const results = []
    for (const path of paths) {
      const context = await browser.newContext()
      const page = await context.newPage()
      /** @type {Promise<Resource | null>[]} */
      const pending = []
      page.on('response', (response) => {
        const kind = response.request().resourceType()
        if (!(kind in KINDS)) return
        // body() is the decoded body; redirects and aborted loads have none and are skipped.
        pending.push(
          response.body().then(
            (body) => ({
              url: response.url(),
              kind: /** @type {Kind} */ (kind),
              raw: body.length,
              gzip: gzipSync(body).length,
            }),
            () => null,
          ),
        )
      })
      const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' })
      const resources = (await Promise.all(pending)).filter((resource) => resource !== null)
      await context.close()

      const byKind = { document: emptyWeight(), stylesheet: emptyWeight(), script: emptyWeight() }
      const total = emptyWeight()
      for (const resource of resources) {
        for (const weight of [byKind[resource.kind], total]) {
          weight.count += 1
          weight.raw += resource.raw
          weight.gzip += resource.gzip
        }
      }
      results.push({ path, status: response?.status() ?? 0, byKind, total, resources })
    }
    return results
  } finally {
    await browser.close()
  }
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/**
 * One table per page: files, raw and gzip bytes per kind, then the total.
 * @param {PageWeight[]} results
 */
export function formatPageWeights(results) {
  const lines = []
  for (const { path, status, byKind, total } of results) {
    lines.push(
      `${path} (HTTP ${status})`,
      `  ${'kind'.padEnd(6)}${'files'.padStart(6)}${'raw'.padStart(12)}${'gzip'.padStart(12)}`,
    )
    const rows = /** @type {Array<[string, Weight]>} */ ([
      ...Object.entries(KINDS).map(([kind, label]) => [label, byKind[/** @type {Kind} */ (kind)]]),
      ['total', total],
    ])
    for (const [label, weight] of rows) {
      lines.push(
        `  ${label.padEnd(6)}${String(weight.count).padStart(6)}${kb(weight.raw).padStart(12)}${kb(weight.gzip).padStart(12)}`,
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  })
  if (values.help) {
    console.log('Usage: node scripts/measure-page-weight.mjs [base-url] [/path ...] [--json]')
    return
  }
  const baseUrl = positionals.find((arg) => /^https?:\/\//.test(arg)) ?? 'http://localhost:3100'
  const paths = positionals.filter((arg) => arg.startsWith('/'))
  const results = await measurePageWeight({
    baseUrl,
    paths: paths.length > 0 ? paths : ['/countries/belgium'],
  })
  console.log(values.json ? JSON.stringify({ baseUrl, pages: results }, null, 2) : formatPageWeights(results))
  if (results.some((result) => result.status !== 200)) process.exitCode = 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main()
}
