// Production build into .next-bench (beside the `.next` the tests use), without leaving a trace:
// `next build` adds its dist folder's types to tsconfig.json (reformatting it) and next-env.d.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

import { BENCH_DIST_DIR, run } from './server.mjs'

const TSCONFIG = 'tsconfig.json'
const NEXT_ENV = 'next-env.d.ts'

/** True when `after` is `before` plus only include entries under the given build folder. */
function onlyBenchIncludesAdded(before, after, distDir) {
  const strip = (config) => ({
    ...config,
    include: (config.include ?? []).filter((entry) => !entry.startsWith(`${distDir}/`)),
  })
  return JSON.stringify(strip(JSON.parse(before))) === JSON.stringify(strip(JSON.parse(after)))
}

/**
 * Runs `npm run build` with NEXT_DIST_DIR=.next-bench (or `distDir`) and puts both files back
 * as they were.
 * @param {string} [distDir]
 */
export async function buildForBench(distDir = BENCH_DIST_DIR) {
  const before = readFileSync(TSCONFIG, 'utf8')
  const nextEnv = existsSync(NEXT_ENV) ? readFileSync(NEXT_ENV, 'utf8') : null
  try {
    await run('npm', ['run', 'build'], { ...process.env, NEXT_DIST_DIR: distDir })
  } finally {
    // Generated and git-ignored, but `npm run typecheck` reads it: keep it pointing at `.next`.
    if (nextEnv !== null && readFileSync(NEXT_ENV, 'utf8').includes(distDir)) writeFileSync(NEXT_ENV, nextEnv)
    const after = readFileSync(TSCONFIG, 'utf8')
    // Anything beyond Next's own additions was someone else's edit during the build: keep it.
    if (after !== before && onlyBenchIncludesAdded(before, after, distDir)) writeFileSync(TSCONFIG, before)
    else if (after !== before) console.warn(`bench: ${TSCONFIG} changed during the build; left as it is`)
  }
}
