// Command-line options of `npm run soak`.
import { parseCommandLine } from '../cli-options.mjs'

/**
 * @typedef {object} SoakOptions
 * @property {boolean} build        run `next build` into .next-soak first (off with --no-build)
 * @property {number} duration      seconds of mixed traffic that are measured
 * @property {number} warmUp        seconds of the same traffic before them, so memory is compared at working size
 * @property {number} connections   concurrent connections of the load generator
 * @property {number} port          port of the production server under test
 */

const USAGE =
  'Usage: npm run soak -- [--duration 120] [--warm-up 60] [--connections 50] [--no-build] [--port 3230]'

/** Parses argv into {@link SoakOptions}; exits with the usage on a bad option. */
export function parseSoakArgs(argv = process.argv.slice(2)) {
  const { values, wholeNumber } = parseCommandLine(
    argv,
    {
      'no-build': { type: 'boolean', default: false },
      duration: { type: 'string', default: '120' },
      'warm-up': { type: 'string', default: '60' },
      connections: { type: 'string', default: '50' },
      port: { type: 'string', default: '3230' },
    },
    USAGE,
  )
  // Below 10 s there is no warm-up worth the name to compare memory against.
  const duration = wholeNumber('duration', 10, 3600)
  return {
    build: !values['no-build'],
    duration,
    warmUp: wholeNumber('warm-up', 0, 3600),
    connections: wholeNumber('connections', 1, 1024),
    port: wholeNumber('port', 1, 65535),
  }
}
