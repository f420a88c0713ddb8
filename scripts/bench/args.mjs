// Command-line options of `npm run bench`, with defaults sized for a shared 2-core machine.
import { parseCommandLine } from '../cli-options.mjs'

/**
 * @typedef {object} BenchOptions
 * @property {boolean} build          run `next build` first (off with --no-build)
 * @property {number} duration        seconds of each load run (page or baseline)
 * @property {number} alternations    page/baseline pairs per URL
 * @property {number} connections     concurrent connections of the load generator
 * @property {number} scale           synthetic countries to generate (0 = seed only)
 * @property {number} port            port of the production server under test
 * @property {number} freshnessRuns   publish → fresh trials
 */

const USAGE = `Usage: npm run bench -- [--no-build] [--duration 5] [--alternations 3]
                       [--connections 32] [--scale 200] [--port 3210] [--freshness-runs 5]`

/** Parses argv into {@link BenchOptions}; exits with the usage on a bad option. */
export function parseBenchArgs(argv = process.argv.slice(2)) {
  const { values, wholeNumber } = parseCommandLine(
    argv,
    {
      'no-build': { type: 'boolean', default: false },
      duration: { type: 'string', default: '5' },
      alternations: { type: 'string', default: '3' },
      connections: { type: 'string', default: '32' },
      scale: { type: 'string', default: '0' },
      port: { type: 'string', default: '3210' },
      'freshness-runs': { type: 'string', default: '5' },
    },
    USAGE,
  )
  const positive = (/** @type {string} */ name, /** @type {number} */ max) => wholeNumber(name, 0, max)
  // The synthetic generator can only give each country its own unused ISO code (248 left after BE).
  return {
    build: !values['no-build'],
    duration: Math.max(1, positive('duration', 600)),
    alternations: Math.max(1, positive('alternations', 20)),
    connections: Math.max(1, positive('connections', 1024)),
    scale: positive('scale', 248),
    port: positive('port', 65535),
    freshnessRuns: Math.max(1, positive('freshness-runs', 50)),
  }
}
