// The abuse limits of deploy/varnish/default.vcl as settings: read from its `sub throttle_limits`
// (one line per class) and rewritten for tests and the benchmark, which must not trip them by
// accident (a load generator is one client sending as fast as it can).

/** One class's limit: `limit` requests at once, refilled at `limit` per period; then refused for `blockSeconds`. */
export type ThrottleLimit = { limit: number; periodSeconds: number; blockSeconds: number }

/** How a started Varnish limits clients: as shipped, without limits, or with some classes changed. */
export type ThrottleSetting = 'shipped' | 'off' | Readonly<Record<string, ThrottleLimit>>

const LIMIT_LINE =
  /^ {4}if \(req\.http\.x-throttle == "([\w-]+)"\) \{ set req\.http\.x-throttle-limit = "(\d+)"; set req\.http\.x-throttle-period = "(\d+)s"; set req\.http\.x-throttle-block = "(\d+)s"; \}\n/gm

const limitLine = (name: string, { limit, periodSeconds, blockSeconds }: ThrottleLimit) =>
  `    if (req.http.x-throttle == "${name}") { set req.http.x-throttle-limit = "${limit}"; set req.http.x-throttle-period = "${periodSeconds}s"; set req.http.x-throttle-block = "${blockSeconds}s"; }\n`

/** The limits a VCL sets, by class; fails when it sets none (the line format changed). */
export function readThrottleLimits(vcl: string): Record<string, ThrottleLimit> {
  const limits: Record<string, ThrottleLimit> = {}
  for (const [, name = '', limit, period, block] of vcl.matchAll(LIMIT_LINE)) {
    limits[name] = { limit: Number(limit), periodSeconds: Number(period), blockSeconds: Number(block) }
  }
  if (Object.keys(limits).length === 0) {
    throw new Error('the VCL sets no abuse limits in the one-line-per-class form of `sub throttle_limits`')
  }
  return limits
}

/** `vcl` with its limits as `setting` says: 'off' drops every limit, a record changes those classes. */
export function withThrottleLimits(vcl: string, setting: ThrottleSetting): string {
  if (setting === 'shipped') return vcl
  const shipped = readThrottleLimits(vcl)
  if (setting !== 'off') {
    const unknown = Object.keys(setting).filter((name) => !(name in shipped))
    if (unknown.length > 0) throw new Error(`the VCL has no abuse limit class ${unknown.join(', ')}`)
  }
  return vcl.replace(LIMIT_LINE, (line, name: string) => {
    if (setting === 'off') return ''
    const changed = setting[name]
    return changed === undefined ? line : limitLine(name, changed)
  })
}
