// What the processes of one server use, read from /proc. Each server runs in a process group of
// its own (scripts/topology/processes.ts), so its group is the server and every child it spawned.
import { readdirSync, readFileSync } from 'node:fs'

/** Resident memory, CPU time so far, and how many live processes the group has. */
export type GroupUsage = { rssBytes: number; cpuSeconds: number; processes: number }

// /proc/<pid>/stat counts CPU time in clock ticks: 100 per second on Linux.
const TICKS_PER_SECOND = 100

/** The usage of a process group, or null where /proc is not available. */
export function groupUsage(pgid: number): GroupUsage | null {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return null
  }
  const usage: GroupUsage = { rssBytes: 0, cpuSeconds: 0, processes: 0 }
  for (const pid of pids) {
    try {
      // After the command name (which may contain spaces): state ppid pgrp … utime stime (11, 12).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
      if (Number(fields[2]) !== pgid) continue
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
      // A zombie has no VmRSS line: it holds no memory and runs no more.
      if (kb === undefined) continue
      usage.rssBytes += Number(kb) * 1024
      usage.cpuSeconds += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
      usage.processes += 1
    } catch {
      // The process exited between listing and reading: it holds nothing either.
    }
  }
  return usage
}
