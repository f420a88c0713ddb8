// Preloaded by the npm scripts that load Payload (`--import=./scripts/cli-preload.mjs`), so
// that they end the way every command should: with one line saying what to do.
// - A SQLite database an older development server pushed is refused at once, before the
//   command loads Payload (lib/platform/database/sqliteFile.mjs).
// - Without a terminal, a question Payload or its database adapter would ask (through the
//   `prompts` package) stops the command with exit code 1 and the question, instead of
//   waiting forever for an answer nobody can give (systemd, CI, a pipe).
// - A configuration problem (lib/platform/errors.ts `ConfigError`) that reaches the top of Payload's
//   own commands (`payload migrate`) is printed as its message, without a stack trace.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

import { describeSchemaPush, sqliteFileOf } from '../lib/platform/database/sqliteFile.mjs'
import { PROMPTS_QUESTIONS_MODULE } from '../lib/platform/framework/contracts.mjs'

const require = createRequire(import.meta.url)
// `payload migrate:fresh` empties the database: what a database pushed by a dev server needs.
const isFreshStart = process.argv.includes('migrate:fresh')

const sqlite = sqliteFileOf(process.env)
if (sqlite?.filePath && existsSync(sqlite.filePath) && !isFreshStart) {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: sqlite.url })
  const pushed = await describeSchemaPush(client, sqlite.filePath).finally(() => client.close())
  if (pushed) {
    console.error(pushed)
    process.exit(1)
  }
}

if (!process.stdin.isTTY && isFreshStart && !process.argv.includes('--force-accept-warning')) {
  console.error(
    'npm run migrate:fresh deletes everything in the database and asks first, but there is no terminal to ask. Run it in a terminal, or confirm ahead: npm run migrate:fresh -- --force-accept-warning',
  )
  process.exit(1)
}

if (!process.stdin.isTTY) {
  // Every kind of question (confirm, text, select, …) goes through this table of `prompts`.
  /** @type {Record<string, unknown>} */
  const questions = require(PROMPTS_QUESTIONS_MODULE)
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
