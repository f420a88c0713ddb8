// Publish → fresh: how long after an editor saves Belgium's 2018 statistic the public country
// page first shows the new number (the page is cached; the save must expire it at once).
import { randomBytes } from 'node:crypto'

const PAGE = '/countries/belgium'
const STAT_QUERY = '/api/ev-statistics?where[year][equals]=2018&where[country.slug][equals]=belgium&depth=0'
const POLL_TIMEOUT_MS = 10_000
const POLL_INTERVAL_MS = 10

/**
 * Creates the first user (an admin: the users collection is empty on a fresh database), then
 * logs in as an editor would. Returns the Authorization header value.
 * @param {string} origin @param {string} [email]
 */
export async function signInAsAdmin(origin, email = 'bench-admin@example.org') {
  const credentials = { email, password: randomBytes(18).toString('base64url') }
  const post = (path, body) =>
    fetch(origin + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    })
  // Payload's own endpoint for the first user; plain POST /api/users needs an admin already.
  const registered = await post('/api/users/first-register', { ...credentials, name: 'Bench admin' })
  if (!registered.ok)
    throw new Error(`first-register answered ${registered.status}: ${await registered.text()}`)
  const login = await post('/api/users/login', credentials)
  const { token } = /** @type {{ token?: string }} */ (await login.json())
  if (!login.ok || !token) throw new Error(`login answered ${login.status}`)
  return `JWT ${token}`
}

/** A number as the site prints it ("3,801"). @param {number} n */
export const withSeparators = (n) => new Intl.NumberFormat('en-US').format(n)

/**
 * Polls the page until it contains `text`; resolves with the time since `startedAt`.
 * @param {string} url @param {string} text @param {number} startedAt
 */
async function pollUntilShown(url, text, startedAt) {
  while (performance.now() - startedAt < POLL_TIMEOUT_MS) {
    const html = await fetch(url, { signal: AbortSignal.timeout(POLL_TIMEOUT_MS) }).then((r) => r.text())
    if (html.includes(text)) return performance.now() - startedAt
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS))
  }
  return null
}

/**
 * Runs `runs` publish → fresh trials with distinct BEV values; null marks a trial that never
 * turned fresh within 10 s.
 * @param {string} origin @param {number} runs
 */
export async function measureFreshness(origin, runs) {
  const authorization = await signInAsAdmin(origin)
  const found = await fetch(origin + STAT_QUERY, { headers: { Authorization: authorization } }).then((r) =>
    r.json(),
  )
  const stat = found.docs?.[0]
  if (!stat) throw new Error('Belgium has no 2018 statistic: was the database seeded?')
  /** @type {(number | null)[]} */
  const trials = []
  for (let i = 0; i < runs; i += 1) {
    const bev = 3801 + i
    // Make sure the page is cached with the old number first, as a visitor would have it.
    const before = await fetch(origin + PAGE).then((r) => r.text())
    if (before.includes(withSeparators(bev))) throw new Error(`${PAGE} already shows ${withSeparators(bev)}`)
    const startedAt = performance.now()
    const saved = await fetch(`${origin}/api/ev-statistics/${stat.id}`, {
      method: 'PATCH',
      headers: { Authorization: authorization, 'Content-Type': 'application/json' },
      body: JSON.stringify({ bev }),
      signal: AbortSignal.timeout(30_000),
    })
    if (!saved.ok) throw new Error(`PATCH statistic answered ${saved.status}: ${await saved.text()}`)
    trials.push(await pollUntilShown(origin + PAGE, withSeparators(bev), startedAt))
  }
  // A trial that never turned fresh counts as infinitely slow: it sorts last and fails max.
  const settled = trials.filter((ms) => ms !== null).sort((a, b) => a - b)
  const middle = Math.floor((trials.length - 1) / 2)
  return {
    trials,
    medianMs: settled[middle] ?? null,
    maxMs: settled.length === trials.length ? (settled.at(-1) ?? null) : null,
  }
}
