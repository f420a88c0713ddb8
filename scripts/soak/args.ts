// Command-line options of `npm run soak`.
import { parseCommandLine } from '../cli-options'

export type SoakOptions = {
  /** Run `next build` into .next-soak first (off with --no-build). */
  build: boolean
  /** Seconds of mixed traffic that are measured. */
  duration: number
  /** Seconds of the same traffic before them, so memory is compared at working size. */
  warmUp: number
  /** Concurrent connections of the traffic. */
  connections: number
  /** Port of the `npm start` instance under test. */
  port: number
}

const USAGE =
  'Usage: npm run soak -- [--duration 120] [--warm-up 60] [--connections 50] [--no-build] [--port 3230]'

/** Parses argv into {@link SoakOptions}; exits with the usage on a bad option. */
export function parseSoakArgs(argv = process.argv.slice(2)): SoakOptions {
  const option = parseCommandLine(
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
  return {
    build: !option.flag('no-build'),
    // Below 10 s there is no warm-up worth the name to compare memory against.
    duration: option.wholeNumber('duration', 10, 3600),
    warmUp: option.wholeNumber('warm-up', 0, 3600),
    connections: option.wholeNumber('connections', 1, 1024),
    port: option.wholeNumber('port', 1, 65535),
  }
}
