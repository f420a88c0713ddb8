import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { requireProgram, type Server, startServer } from './processes'

const VARNISHD = '/usr/sbin/varnishd'
const XKEY_VMOD = '/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so'

/** The shipped configuration (deploy/varnish/default.vcl) with its backend moved to `backendPort`. */
export function vclFor(backendPort: number): string {
  const vcl = readFileSync(path.join('deploy', 'varnish', 'default.vcl'), 'utf8')
  const backend = '.port = "3000";'
  if (!vcl.includes(backend)) throw new Error(`deploy/varnish/default.vcl no longer declares ${backend}`)
  return vcl.replace(backend, `.port = "${backendPort}";`)
}

/**
 * Varnish with the shipped VCL on 127.0.0.1:`port` in front of the site on `backendPort`.
 * Its working folder is a fresh temporary one (Varnish's worker user must be able to read it).
 */
export async function startVarnish(
  port: number,
  backendPort: number,
  logDir: string,
): Promise<{ server: Server; url: string }> {
  requireProgram(VARNISHD, 'varnish')
  requireProgram(XKEY_VMOD, 'varnish-modules')
  const workDir = mkdtempSync(path.join(tmpdir(), 'evcp-varnish-'))
  // varnishd compiles the VCL as its own unprivileged user, which must be able to read it.
  chmodSync(workDir, 0o755)
  const vclFile = path.join(workDir, 'site.vcl')
  writeFileSync(vclFile, vclFor(backendPort))
  const server = startServer(
    `varnish on port ${port}`,
    VARNISHD,
    ['-F', '-f', vclFile, '-a', `127.0.0.1:${port}`, '-n', workDir, '-s', 'malloc,256m', '-T', 'none'],
    { logFile: path.join(logDir, `varnish-${port}.log`) },
  )
  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`varnishd exited: see ${server.logFile}`)
    const answered = await fetch(`${url}robots.txt`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return { server, url }
    if (Date.now() > deadline) throw new Error(`varnishd did not answer within 30 s: see ${server.logFile}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
