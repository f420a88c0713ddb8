import { isShuttingDown } from '../lifecycle'

/** How each part the site needs is, which of them fail, and the verdict. */
export type ReadinessReport = {
  status: 'ready' | 'not ready' | 'stopping'
  failing: string[]
  checks: Record<string, string>
}

/** Asks one part whether it can serve: resolves with how it is ("ok"), rejects when it cannot. */
export type ReadinessCheck = () => Promise<string>

/** A failure whose message anyone may read: no address, secret or stack, only what is wrong. */
export class ReadinessProblem extends Error {
  override name = 'ReadinessProblem'
}

/** Each part must answer within this, so the whole check stays well inside a probe's 1 s. */
export const CHECK_TIMEOUT_MS = 500

// The last failure logged per part: a probe asks every second, the log says each change once.
const lastLogged = new Map<string, string>()

function logChange(part: string, detail: string | null): void {
  const previous = lastLogged.get(part)
  if (detail === null) {
    if (previous !== undefined) console.error(`Readiness: ${part} answers again.`)
    lastLogged.delete(part)
  } else if (previous !== detail) {
    console.error(`Readiness: ${part} fails: ${detail}`)
    lastLogged.set(part, detail)
  }
}

type Outcome = { part: string; isOk: boolean; state: string }

async function runCheck(part: string, check: ReadinessCheck, timeoutMs: number): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadinessProblem(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    const state = await Promise.race([check(), timeout])
    logChange(part, null)
    return { part, isOk: true, state }
  } catch (error) {
    logChange(part, error instanceof Error ? error.message : String(error))
    return { part, isOk: false, state: error instanceof ReadinessProblem ? error.message : 'unavailable' }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Asks every part at once (each within `timeoutMs`) and reports which fail, in words safe to show
 * anyone; the full reason goes to the log, once per change. While the server is stopping the
 * answer is "stopping" at once, so load balancers drain it before it stops accepting.
 */
export async function checkReadiness(
  checks: Record<string, ReadinessCheck>,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<ReadinessReport> {
  if (isShuttingDown()) {
    return { status: 'stopping', failing: ['shutdown'], checks: { shutdown: 'the server is stopping' } }
  }
  const outcomes = await Promise.all(
    Object.entries(checks).map(([part, check]) => runCheck(part, check, timeoutMs)),
  )
  const failing = outcomes.filter((outcome) => !outcome.isOk).map((outcome) => outcome.part)
  return {
    status: failing.length === 0 ? 'ready' : 'not ready',
    failing,
    checks: Object.fromEntries(outcomes.map((outcome) => [outcome.part, outcome.state])),
  }
}
