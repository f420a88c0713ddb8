// How the production server's process is sized to run in a 512 MB container (docs/operations.md,
// "Memory and container size", says why each setting). Applied by scripts/start.mjs before the
// server loads: Node reads these flags and glibc this variable only when a process starts, so the
// start script replaces its own process with one that has them (process.execve: same process id).

/** V8's heap: old generation (where caches and code live) and each of the two young semi-spaces. */
export const HEAP_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=16'] as const

/** glibc's malloc: two arenas instead of eight per core, which each thread would fragment. */
export const MALLOC_ENVIRONMENT = { MALLOC_ARENA_MAX: '2' } as const

/** Set in the replaced process, so it does not replace itself again. */
export const SETTINGS_APPLIED = 'EV_PROCESS_SETTINGS_APPLIED'

/**
 * The Node flags and environment the server should run with, or null when it already does. A flag
 * or variable the operator gave (on the command line, in NODE_OPTIONS or the environment) wins.
 */
export function processSettings(
  execArgv: readonly string[],
  env: NodeJS.ProcessEnv,
): { flags: string[]; env: NodeJS.ProcessEnv } | null {
  if (env[SETTINGS_APPLIED] !== undefined) return null
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].map((flag) => flag.split('=')[0])
  const flags = HEAP_FLAGS.filter((flag) => !given.includes(flag.split('=')[0]))
  return { flags, env: { ...MALLOC_ENVIRONMENT, ...env, [SETTINGS_APPLIED]: '1' } }
}
