// A production build into a folder of its own (the bench's `.next-bench`, the soak's
// `.next-soak`, beside the `.next` the tests use), without leaving a trace: `next build` adds
// its dist folder's types to tsconfig.json (reformatting it) and rewrites next-env.d.ts.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { runCommand } from './processes'

const TSCONFIG = 'tsconfig.json'
const NEXT_ENV = 'next-env.d.ts'

type TsConfig = { include?: string[] }

/** True when `after` is `before` plus only include entries under the given build folder. */
function onlyBuildIncludesAdded(before: string, after: string, distDir: string): boolean {
  const strip = (config: TsConfig) => ({
    ...config,
    include: (config.include ?? []).filter((entry) => !entry.startsWith(`${distDir}/`)),
  })
  const parse = (text: string) => strip(JSON.parse(text) as TsConfig)
  return JSON.stringify(parse(before)) === JSON.stringify(parse(after))
}

/** Runs `npm run build` with NEXT_DIST_DIR=`distDir`, its output shown, and puts both files back. */
export async function buildInto(distDir: string, signal?: AbortSignal): Promise<void> {
  const before = readFileSync(TSCONFIG, 'utf8')
  const nextEnv = existsSync(NEXT_ENV) ? readFileSync(NEXT_ENV, 'utf8') : null
  try {
    await runCommand('npm', ['run', 'build'], {
      env: { ...process.env, NEXT_DIST_DIR: distDir },
      signal,
      output: 'inherit',
    })
  } finally {
    // Generated and git-ignored, but `npm run typecheck` reads it: keep it pointing at `.next`.
    if (nextEnv === null) rmSync(NEXT_ENV, { force: true })
    else if (readFileSync(NEXT_ENV, 'utf8').includes(distDir)) writeFileSync(NEXT_ENV, nextEnv)
    const after = readFileSync(TSCONFIG, 'utf8')
    // Anything beyond Next's own additions was someone else's edit during the build: keep it.
    if (after !== before && onlyBuildIncludesAdded(before, after, distDir)) writeFileSync(TSCONFIG, before)
    else if (after !== before) console.warn(`${TSCONFIG} changed during the build; left as it is`)
  }
}

/** Builds into `distDir`, or (with `build` false) checks that a build is already there. */
export async function ensureBuild(distDir: string, build: boolean, signal?: AbortSignal): Promise<void> {
  if (build) await buildInto(distDir, signal)
  else if (!existsSync(path.join(distDir, 'BUILD_ID'))) {
    throw new Error(`no build in ${distDir}: run once without --no-build`)
  }
}
