// Resident memory of the instance under test, sampled from /proc. It runs in a process group of
// its own (scripts/topology/processes.ts), so summing the group catches a leak in a worker as
// well as in the main process.
import { groupUsage } from './proc'

export type MemorySample = {
  /** Time since the sampler started. */
  atMs: number
  /** RSS of the group. */
  bytes: number
  /** Live processes in the group. */
  processes: number
}

/** Samples the group's RSS every `intervalMs` until `stop()` is called, which returns the samples. */
export function startMemorySampler(pgid: number, intervalMs: number): { stop: () => MemorySample[] } {
  const startedAt = performance.now()
  const samples: MemorySample[] = []
  const sample = () => {
    const usage = groupUsage(pgid)
    if (usage && usage.processes > 0) {
      samples.push({ atMs: performance.now() - startedAt, bytes: usage.rssBytes, processes: usage.processes })
    }
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop() {
      clearInterval(timer)
      // One last sample at the very end, so "the end" is the end and not up to an interval before.
      sample()
      return samples
    },
  }
}
