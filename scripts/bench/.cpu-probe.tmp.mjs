import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
const pid = Number(process.argv[2]); const url = process.argv[3]; const headers = process.argv[4] ? JSON.parse(process.argv[4]) : {}
const ticks = () => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / 100 }
const s0 = ticks(); const c0 = process.cpuUsage()
const r = await autocannon({ url, connections: Number(process.env.C ?? 32), duration: Number(process.env.D ?? 3), headers })
const server = ticks() - s0; const c = process.cpuUsage(c0); const client = (c.user + c.system) / 1e6
console.log(`${url} ${Math.round(r.requests.total / r.duration)} req/s p50 ${r.latency.p50} p99 ${r.latency.p99}; server ${(1000 * server / r.requests.total).toFixed(2)} ms CPU/req, client ${(1000 * client / r.requests.total).toFixed(2)} ms CPU/req, bytes/req ${Math.round(r.throughput.total / r.requests.total)} non2xx ${r.non2xx}`)
