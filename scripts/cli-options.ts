// Command-line parsing shared by the bench and the soak test: their options, --help, and
// whole-number checks, each failure printed with the usage (exit 2) rather than a stack trace.
import { parseArgs } from 'node:util'

/**
 * Parses argv; prints the usage and exits on --help or an unknown option.
 * @param {string[]} argv
 * @param {NonNullable<Parameters<typeof parseArgs>[0]>['options']} options `help` is added
 * @param {string} usage
 */
export function parseCommandLine(argv, options, usage) {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', default: false } },
    }))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
    process.exit(2)
  }
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  /**
   * The option as a whole number in [min, max]; exits with the usage otherwise.
   * @param {string} name @param {number} min @param {number} max
   */
  const wholeNumber = (name, min, max) => {
    const n = Number(values[name])
    if (!Number.isInteger(n) || n < min || n > max) {
      console.error(
        `--${name} must be a whole number from ${min} to ${max} (got "${String(values[name])}").\n${usage}`,
      )
      process.exit(2)
    }
    return n
  }
  return { values, wholeNumber }
}
