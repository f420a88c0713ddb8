// Preloaded by the npm scripts that load Payload (`--import=./scripts/cli-preload.mjs`), so
// that they end the way every command should: with one line saying what to do.
// - Without a terminal, a question Payload or its database adapter would ask (through the
//   `prompts` package) stops the command with exit code 1 and the question, instead of
//   waiting forever for an answer nobody can give (systemd, CI, a pipe).
// - A configuration problem (lib/errors.ts `ConfigError`) that reaches the top of Payload's
//   own commands (`payload migrate`) is printed as its message, without a stack trace.
import { createRequire } from 'node:module'
import path from 'node:path'

if (!process.stdin.isTTY) {
  const require = createRequire(import.meta.url)
  const root = path.dirname(require.resolve('prompts/package.json'))
  // Every kind of question (confirm, text, select, …) goes through this table of `prompts`.
  /** @type {Record<string, unknown>} */
  const questions = require(path.join(root, 'lib', 'prompts.js'))
  for (const type of Object.keys(questions)) {
    questions[type] = (/** @type {{ message?: unknown }} */ question) => {
      const asked = String(question.message ?? '')
        .replace(/\s+/g, ' ')
        .trim()
      console.error(
        `This command needs an answer but has no terminal to ask: "${asked}" Run it in a terminal.`,
      )
      process.exit(1)
    }
  }
}

process.on('unhandledRejection', (reason) => {
  if (reason instanceof Error && reason.name === 'ConfigError') console.error(reason.message)
  else console.error(reason)
  process.exit(1)
})
