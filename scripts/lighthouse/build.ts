// A production build into its own folder (NEXT_DIST_DIR) that leaves the working tree as it was:
// `next build` adds its folder's types to tsconfig.json (reformatting it) and points
// next-env.d.ts at them, but `npm run typecheck` must keep reading `.next`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

import { runToCompletion } from '../topology/processes'

const KEPT_FILES = ['tsconfig.json', 'next-env.d.ts']

/** Runs `npm run build` with the given environment (its NEXT_DIST_DIR), then restores both files. */
export async function buildInto(env: NodeJS.ProcessEnv): Promise<void> {
  const saved = KEPT_FILES.filter((file) => existsSync(file)).map(
    (file) => [file, readFileSync(file, 'utf8')] as const,
  )
  try {
    await runToCompletion('npm', ['run', 'build'], env)
  } finally {
    for (const [file, text] of saved) writeFileSync(file, text)
  }
}
