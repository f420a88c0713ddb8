import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { requireProgram, type Server, startServer, whenReady } from './processes'
import { type ThrottleSetting, withThrottleLimits } from './varnishLimits'

const VARNISHD = '/usr/sbin/varnishd'
const XKEY_VMOD = '/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so'
const VSTHROTTLE_VMOD = '/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_vsthrottle.so'
const SHIPPED_VCL = path.join('deploy', 'varnish', 'default.vcl')
const SHIPPED_PORT = '.port = "3000";'
// The shipped backend, up to the closing brace at the start of a line (its probe nests braces).
const SHIPPED_BACKEND = /^backend site \{\n[\s\S]*?^\}\n/m
const LAST_IMPORT = 'import xkey;\n'

/**
 * Several instances behind one round-robin director: the shipped backend once per port, and a
 * `vcl_recv` placed before the shipped one (Varnish runs same-named subroutines in order of
 * appearance) so that every request, the health check included, goes through the director.
 */
function withDirector(vcl: string, backend: string, ports: readonly number[]): string {
  const backends = ports.map((port, i) =>
    backend.replace('backend site {', `backend site_${i + 1} {`).replace(SHIPPED_PORT, `.port = "${port}";`),
  )
  const director = [
    'sub vcl_init {',
    '    new instances = directors.round_robin();',
    ...ports.map((_, i) => `    instances.add_backend(site_${i + 1});`),
    '}',
    '',
    'sub vcl_recv {',
    '    set req.backend_hint = instances.backend();',
    '}',
    '',
  ].join('\n')
  return vcl
    .replace(LAST_IMPORT, `${LAST_IMPORT}import directors;\n`)
    .replace(backend, `${backends.join('\n')}\n${director}`)
}

/**
 * The shipped configuration (deploy/varnish/default.vcl) in front of the instances on
 * `backendPorts`: one port rewritten in place, several behind a round-robin director; its abuse
 * limits as `limits` says (scripts/topology/varnishLimits.ts).
 */
export function vclFor(
  backendPorts: number | readonly number[],
  shippedVcl = readFileSync(SHIPPED_VCL, 'utf8'),
  limits: ThrottleSetting = 'shipped',
): string {
  const shipped = withThrottleLimits(shippedVcl, limits)
  const ports = typeof backendPorts === 'number' ? [backendPorts] : backendPorts
  const backend = SHIPPED_BACKEND.exec(shipped)?.[0]
  if (!backend?.includes(SHIPPED_PORT) || !shipped.includes(LAST_IMPORT)) {
    throw new Error(
      `${SHIPPED_VCL} no longer declares \`backend site\` with ${SHIPPED_PORT} after ${LAST_IMPORT.trim()}`,
    )
  }
  const [only, ...others] = ports
  if (only === undefined) throw new Error('Varnish needs at least one backend port')
  if (others.length === 0) return shipped.replace(SHIPPED_PORT, `.port = "${only}";`)
  return withDirector(shipped, backend, ports)
}

/**
 * The run-time parameters we start Varnish with (README, "Topology"), measured on this 2-core
 * machine: the per-request log records Varnish writes to shared memory by default cost about a
 * fifth of its throughput and most of its p99 (31,700 → 38,000 req/s, p99 22 → 5 ms on the
 * country page), so only fetch-side records are kept (varnishlog still shows backend fetches and
 * errors; remove the mask for per-request access logs); a keep-alive connection stays with its
 * thread for up to a second before going back to the waiter.
 */
export const VARNISH_PARAMETERS = [
  '-p',
  'vsl_mask=-ReqHeader,-RespHeader,-ReqUnset,-RespUnset,-VCL_call,-VCL_return,-Timestamp,-ReqStart,-ReqMethod,-ReqURL,-ReqProtocol,-RespProtocol,-RespStatus,-RespReason,-ReqAcct,-Link,-Hit,-VCL_use,-Begin,-End',
  '-p',
  'timeout_linger=1',
] as const

/**
 * Varnish with the shipped VCL on 127.0.0.1:`port` in front of the site on `backendPorts`, its
 * abuse limits as shipped unless `limits` says otherwise (the benchmark turns them off).
 * Its working folder is a fresh temporary one (Varnish's worker user must be able to read it),
 * removed once Varnish has stopped.
 */
export async function startVarnish(
  port: number,
  backendPorts: number | readonly number[],
  logDir: string,
  limits: ThrottleSetting = 'shipped',
): Promise<{ server: Server; url: string }> {
  requireProgram(XKEY_VMOD, 'varnish-modules')
  requireProgram(VSTHROTTLE_VMOD, 'varnish-modules')
  return launchVarnish(port, vclFor(backendPorts, undefined, limits), logDir, '/robots.txt')
}

/**
 * Varnish's default VCL: a backend and nothing else, so every request takes the built-in
 * subroutines (what Varnish does before anyone configures it).
 */
export function plainVcl(backendPort: number): string {
  return `vcl 4.1;\n\nbackend default {\n    .host = "127.0.0.1";\n    .port = "${backendPort}";\n}\n`
}

/**
 * Varnish with the default VCL ({@link plainVcl}) on 127.0.0.1:`port` in front of whatever
 * answers on `backendPort`, started like {@link startVarnish} (same storage and parameters);
 * resolves once `readyPath` answers 2xx through it.
 */
export function startPlainVarnish(
  port: number,
  backendPort: number,
  logDir: string,
  readyPath: string,
): Promise<{ server: Server; url: string }> {
  return launchVarnish(port, plainVcl(backendPort), logDir, readyPath)
}

/** varnishd in the foreground with `vcl`, in a fresh temporary working folder removed once it stopped. */
async function launchVarnish(
  port: number,
  vcl: string,
  logDir: string,
  readyPath: string,
): Promise<{ server: Server; url: string }> {
  requireProgram(VARNISHD, 'varnish')
  const workDir = mkdtempSync(path.join(tmpdir(), 'evcp-varnish-'))
  // varnishd compiles the VCL as its own unprivileged user, which must be able to read it.
  chmodSync(workDir, 0o755)
  const vclFile = path.join(workDir, 'site.vcl')
  writeFileSync(vclFile, vcl)
  const server = startServer(
    `varnish on port ${port}`,
    VARNISHD,
    [
      '-F',
      '-f',
      vclFile,
      '-a',
      `127.0.0.1:${port}`,
      '-n',
      workDir,
      '-s',
      'malloc,256m',
      '-T',
      'none',
      ...VARNISH_PARAMETERS,
    ],
    { logFile: path.join(logDir, `varnish-${port}.log`) },
  )
  server.afterStop = () => rmSync(workDir, { recursive: true, force: true })
  const url = `http://127.0.0.1:${port}/`
  await whenReady(server, waitForVarnish(`http://127.0.0.1:${port}${readyPath}`, server))
  return { server, url }
}

/** Waits until Varnish answers `url` (through a healthy backend) with 2xx. */
async function waitForVarnish(url: string, server: Server): Promise<void> {
  const deadline = Date.now() + 30_000
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`varnishd exited: see ${server.logFile}`)
    const answered = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return
    if (Date.now() > deadline) throw new Error(`varnishd did not answer within 30 s: see ${server.logFile}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
