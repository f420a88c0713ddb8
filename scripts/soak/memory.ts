// Resident memory of the server under test, read from /proc. `next start` runs in a process
// group of its own (scripts/bench/server.mjs), so its group is the server and every child it
// spawned: summing the group catches a leak in a worker as well as in the main process.
import { readdirSync, readFileSync } from 'node:fs'

/**
 * Sum of VmRSS (bytes) over the live processes of a process group, and how many there are;
 * null where /proc is not available.
 * @param {number} pgid
 */
export function groupRss(pgid) {
  let entries
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return null
  }
  let bytes = 0
  let processes = 0
  for (const pid of entries) {
    try {
      // After the command name (which may contain spaces): state ppid pgrp …
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      if (Number(fields[2]) !== pgid) continue
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
      // A zombie has no VmRSS line: it holds no memory.
      if (kb === undefined) continue
      bytes += Number(kb) * 1024
      processes += 1
    } catch {
      // The process exited between listing and reading: it holds no memory either.
    }
  }
  return { bytes, processes }
}

/**
 * @typedef {object} MemorySample
 * @property {number} atMs       time since the sampler started
 * @property {number} bytes      RSS of the group
 * @property {number} processes  live processes in the group
 */

/**
 * Samples the group's RSS every `intervalMs` until `stop()` is called, which returns the samples.
 * @param {number} pgid @param {number} intervalMs
 */
export function startMemorySampler(pgid, intervalMs) {
  const startedAt = performance.now()
  /** @type {MemorySample[]} */
  const samples = []
  const sample = () => {
    const rss = groupRss(pgid)
    if (rss && rss.processes > 0) samples.push({ atMs: performance.now() - startedAt, ...rss })
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
