// CPU time the server process spends, read from /proc: CPU ms per request tells a slow page
// from a busy machine (wall-clock latency includes waiting for other work on the cores).
import { readFileSync } from 'node:fs'

/**
 * User + system CPU seconds of a process so far, or null where /proc is not available.
 * @param {number | undefined} pid
 */
export function cpuSeconds(pid) {
  if (pid === undefined) return null
  try {
    // Fields after the command name in /proc/<pid>/stat: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}
