// Command-line parsing shared by the bench and the soak test: their options, --help, and checked
// values, each failure printed with the usage (exit 2) rather than a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util'

/** The options a command accepts, as node:util's parseArgs declares them (`help` is added). */
export type OptionSpecs = NonNullable<ParseArgsConfig['options']>

type Value = string | boolean | (string | boolean)[] | undefined

/** Prints the message and the usage, and exits with 2. */
function refuse(message: string, usage: string): never {
  console.error(`${message}\n${usage}`)
  process.exit(2)
}

/** Parses argv; prints the usage and exits on --help or an unknown option. */
export function parseCommandLine(argv: string[], options: OptionSpecs, usage: string) {
  let values: Record<string, Value>
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', default: false } },
    }))
  } catch (error) {
    refuse(error instanceof Error ? error.message : String(error), usage)
  }
  if (values.help === true) {
    console.log(usage)
    process.exit(0)
  }
  return {
    /** The option as a whole number in [min, max]; exits with the usage otherwise. */
    wholeNumber: (name: string, min: number, max: number): number => {
      const n = Number(values[name])
      if (!Number.isInteger(n) || n < min || n > max) {
        refuse(
          `--${name} must be a whole number from ${min} to ${max} (got "${String(values[name])}").`,
          usage,
        )
      }
      return n
    },
    /** A boolean option: true when given. */
    flag: (name: string): boolean => values[name] === true,
    /** A string option's value, or undefined when it is not given. */
    text: (name: string): string | undefined => {
      const value = values[name]
      return typeof value === 'string' ? value : undefined
    },
    /** Every value of a repeatable option, each one of `allowed`; exits with the usage otherwise. */
    choices: <T extends string>(name: string, allowed: readonly T[]): T[] => {
      const given = values[name]
      const list = Array.isArray(given) ? given : given === undefined ? [] : [given]
      return list.map((value) => {
        const choice = allowed.find((candidate) => candidate === value)
        if (choice === undefined)
          refuse(`--${name} must be one of ${allowed.join(', ')} (got "${String(value)}").`, usage)
        return choice
      })
    },
  }
}
