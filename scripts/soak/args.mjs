// Command-line options of `npm run soak`.
import { parseArgs } from 'node:util'

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
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        'no-build': { type: 'boolean', default: false },
        duration: { type: 'string', default: '120' },
        'warm-up': { type: 'string', default: '60' },
        connections: { type: 'string', default: '50' },
        port: { type: 'string', default: '3230' },
        help: { type: 'boolean', default: false },
      },
    }))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    process.exit(2)
  }
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const wholeNumber = (name, min, max) => {
    const n = Number(values[name])
    if (!Number.isInteger(n) || n < min || n > max) {
      console.error(
        `--${name} must be a whole number from ${min} to ${max} (got "${values[name]}").\n${USAGE}`,
      )
      process.exit(2)
    }
    return n
  }
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
