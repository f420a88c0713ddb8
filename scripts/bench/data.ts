// The content every topology starts from: one database seeded (and, with --scale, filled with
// synthetic content) once, then copied afresh for each topology, so each measures the same data
// on a database nobody has written to yet.
import { cpSync, rmSync } from 'node:fs'
import path from 'node:path'

import { runToCompletion } from '../topology/processes'
import { prepareSite } from '../topology/site'

/** Everything a bench run writes (databases, media, logs, nginx's files) lives here. */
export const BENCH_DATA_DIR = path.join('data', 'bench')
export const TEMPLATE_DIR = path.join(BENCH_DATA_DIR, 'template')

const log = (line: string) => console.log(`bench: ${line}`)

/** Empties data/bench, seeds the template database (`templateEnv` points at TEMPLATE_DIR), and adds the synthetic content at `scale`. */
export async function prepareTemplate(
  templateEnv: NodeJS.ProcessEnv,
  scale: number,
  signal: AbortSignal,
): Promise<void> {
  rmSync(BENCH_DATA_DIR, { recursive: true, force: true })
  log('seeding a fresh database')
  await prepareSite(templateEnv, TEMPLATE_DIR, signal)
  if (scale === 0) return
  log(`generating synthetic content at scale ${scale}`)
  const ms = await runToCompletion(
    'node_modules/.bin/tsx',
    ['scripts/bench/synthetic.ts', '--scale', String(scale)],
    { ...templateEnv, NODE_OPTIONS: '--conditions=production' },
    signal,
  )
  log(`synthetic content written in ${(ms / 1000).toFixed(1)} s`)
}

/** A fresh copy of the template (database and media) in `dataDir`. */
export function copyTemplate(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true })
  cpSync(TEMPLATE_DIR, dataDir, { recursive: true })
}
