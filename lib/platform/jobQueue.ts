// The job queue (scheduled publishing) runs inside the server on Payload's cron. On shutdown no new
// run starts; a run under way is given until the deadline, and if it is still going then, the jobs
// it took are handed back (marked not processing), so the next start runs them again: Payload
// never picks up a job that stays marked as processing.
import type { Payload } from 'payload'

import { isBuildPhase } from './env'
import { isShuttingDown } from './lifecycle'

// When the latest run took its jobs; shared through globalThis because Next bundles the Payload
// config (which asks shouldRunJobs) apart from the routes.
const RUN_STARTED = Symbol.for('ev-country-profiles.job-run-started')

const POLL_MS = 50

/** Payload's `jobs.shouldAutoRun`: never during the build or once the server is stopping. */
export function shouldRunJobs(): boolean {
  if (isBuildPhase() || isShuttingDown()) return false
  // Payload takes its jobs right after this answer, stamping them with the time.
  Reflect.set(globalThis, RUN_STARTED, new Date())
  return true
}

function isRunning(payload: Payload): boolean {
  return payload.crons.some((cron) => cron.isBusy())
}

/**
 * Waits until the run under way (if any) has finished or `deadline` has come, stops the queue,
 * and hands back the jobs of a run still going. Resolves with a line for the log.
 */
export async function finishJobRuns(payload: Payload, deadline: number): Promise<string> {
  const wasRunning = isRunning(payload)
  while (isRunning(payload) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  const isStillRunning = isRunning(payload)
  for (const cron of payload.crons) cron.stop()
  if (!isStillRunning) return wasRunning ? 'the running job finished' : 'no job was running'
  const started: unknown = Reflect.get(globalThis, RUN_STARTED)
  if (!(started instanceof Date)) return 'a job run is still going; its jobs could not be told apart'
  // With several instances on one database, a job another instance took in the same moment is
  // handed back too and may run twice; publishing a document twice changes nothing.
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [{ processing: { equals: true } }, { updatedAt: { greater_than_equal: started.toISOString() } }],
    },
    data: { processing: false },
    depth: 0,
  })
  return `a job run was still going at the deadline; ${docs.length} job(s) handed back for the next start`
}
