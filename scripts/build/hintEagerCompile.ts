// Runs after `next build` (`npm run build`). Every public page runs Next's and React's client
// runtime at load, and V8 compiles each of its functions on the main thread the first time it
// is called: profiling showed that lazy compilation was most of the page's blocking time on a
// phone. The magic comment below asks V8 (Chromium 136 and later) to compile the whole file
// while it streams in, on a background thread; other browsers ignore it.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { NEXT_BUILD_MANIFEST, readRootMainFiles } from '../../lib/platform/framework/contracts.mjs'

const HINT = '//# allFunctionsCalledOnLoad\n'

const distDir = process.env.NEXT_DIST_DIR ?? '.next'
const manifest: unknown = JSON.parse(readFileSync(path.join(distDir, NEXT_BUILD_MANIFEST), 'utf8'))
const files = readRootMainFiles(manifest).filter((file) => file.endsWith('.js'))
if (files.length === 0) {
  console.error(`${distDir}/build-manifest.json lists no runtime chunks: is this a Next.js build folder?`)
  process.exit(1)
}
for (const file of files) {
  const target = path.join(distDir, file)
  const code = readFileSync(target, 'utf8')
  if (!code.startsWith(HINT)) writeFileSync(target, HINT + code)
}
console.log(`Marked ${files.length} runtime chunks for eager compilation.`)
