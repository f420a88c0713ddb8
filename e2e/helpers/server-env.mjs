// The environment of the end-to-end server, shared by scripts/e2e-server.mjs and by tests that
// run scripts (`npm run import`) against the same database and the same running site.
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Everything the e2e server writes lives here, apart from development and production data. */
export const E2E_DATA_DIR = 'data/e2e'

const SECRETS_FILE = path.join(E2E_DATA_DIR, 'env.json')

/** @typedef {{ PAYLOAD_SECRET: string, REVALIDATE_SECRET: string }} E2eSecrets */

/**
 * Creates this run's secrets and saves them in data/e2e/env.json for the tests.
 * `E2E_REVALIDATE_SECRET` replaces the random revalidation secret when set.
 * @returns {E2eSecrets}
 */
export function createE2eSecrets() {
  const secrets = {
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: process.env.E2E_REVALIDATE_SECRET?.trim() || randomBytes(32).toString('hex'),
  }
  mkdirSync(E2E_DATA_DIR, { recursive: true })
  writeFileSync(SECRETS_FILE, JSON.stringify(secrets), { mode: 0o600 })
  return secrets
}

/**
 * The secrets of the e2e server that is running now.
 * @returns {E2eSecrets}
 */
export function readE2eSecrets() {
  /** @type {unknown} */
  const saved = JSON.parse(readFileSync(SECRETS_FILE, 'utf8'))
  if (
    !saved ||
    typeof saved !== 'object' ||
    !('PAYLOAD_SECRET' in saved) ||
    !('REVALIDATE_SECRET' in saved) ||
    typeof saved.PAYLOAD_SECRET !== 'string' ||
    typeof saved.REVALIDATE_SECRET !== 'string'
  ) {
    throw new Error(
      `${SECRETS_FILE} does not hold the e2e secrets: start the server with scripts/e2e-server.mjs`,
    )
  }
  return { PAYLOAD_SECRET: saved.PAYLOAD_SECRET, REVALIDATE_SECRET: saved.REVALIDATE_SECRET }
}

/**
 * Variables for the server and for scripts writing to its database (production mode, like it).
 * @param {string} siteUrl where the server listens, e.g. http://localhost:3100
 * @param {E2eSecrets} secrets
 * @returns {Record<string, string>}
 */
export function e2eEnv(siteUrl, secrets) {
  return {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URI: `file:./${E2E_DATA_DIR}/e2e.db`,
    MEDIA_DIR: `${E2E_DATA_DIR}/media`,
    SITE_URL: siteUrl,
    // Tests stand for visitors at other addresses with X-Forwarded-For (e2e/sign-in-limit.spec.ts).
    TRUSTED_PROXIES: '127.0.0.1,::1',
    ...secrets,
  }
}
