// Whether this process is stopping, and what must finish before it exits. The production server
// (lib/platform/server/start.ts) begins the shutdown; the site's own code, which Next bundles into
// another copy of this module, reads it (readiness, the job queue) and registers what to finish
// (cache purges waiting for a retry, a running job): hence one record shared through globalThis.
const KEY = Symbol.for('ev-country-profiles.lifecycle')

/** Finishes one kind of pending work by `deadline` (epoch ms); resolves with a line for the log. */
export type ShutdownTask = (deadline: number) => Promise<string>

type Lifecycle = { stoppingSince: number | null; tasks: Map<string, ShutdownTask> }

function isLifecycle(value: unknown): value is Lifecycle {
  return typeof value === 'object' && value !== null && 'tasks' in value && value.tasks instanceof Map
}

function lifecycle(): Lifecycle {
  const existing: unknown = Reflect.get(globalThis, KEY)
  if (isLifecycle(existing)) return existing
  const created: Lifecycle = { stoppingSince: null, tasks: new Map() }
  Reflect.set(globalThis, KEY, created)
  return created
}

/** Marks the process as stopping: readiness answers 503 from now on, and no new job run starts. */
export function beginShutdown(now = Date.now()): void {
  lifecycle().stoppingSince ??= now
}

/** True once the shutdown has begun (SIGTERM or SIGINT). */
export function isShuttingDown(): boolean {
  return lifecycle().stoppingSince !== null
}

/** Registers work to finish before the process exits; a second task of the same name replaces the first. */
export function onShutdown(name: string, task: ShutdownTask): void {
  lifecycle().tasks.set(name, task)
}

/**
 * Runs every registered task at once and resolves with one line each once all have settled; a
 * task that fails is reported, never thrown. Each task is responsible for keeping to `deadline`.
 */
export async function runShutdownTasks(deadline: number): Promise<string[]> {
  const tasks = [...lifecycle().tasks]
  const results = await Promise.allSettled(tasks.map(([, task]) => task(deadline)))
  return results.map((result, index) => {
    const name = tasks[index]?.[0] ?? 'task'
    if (result.status === 'fulfilled') return `${name}: ${result.value}`
    return `${name}: failed (${result.reason instanceof Error ? result.reason.message : String(result.reason)})`
  })
}
