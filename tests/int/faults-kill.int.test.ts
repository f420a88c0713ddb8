// A crash in the middle of `npm run seed` or `npm run import` (SIGKILL: no cleanup code runs)
// leaves no half-written document behind, and running the same command again completes.
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ISO_COUNTRY_CODES } from '@/lib/domain/countries/isoCodes'
import { parseLegacyCountry } from '@/lib/import/legacy/parseLegacyCountry'
import type { LegacyCountry } from '@/lib/import/legacy/types'
import { SEED_FILES } from '@/lib/import/seed/files'
import type { Task } from '@/payload-types'

import { type CliRun, startCli } from './helpers/cli-process'
import { writeFixtureFolder } from './helpers/legacy-fixtures'
import { bootPayload, shutdownPayload } from './helpers/payload'
import { createWriteLockProbe } from './helpers/sqlite-lock'

const isSqlite = (process.env.DATABASE_URI ?? '').startsWith('file:')
const SEED_COLLECTIONS = ['tasks', 'countries', 'contacts', 'ev-statistics', 'policy-articles'] as const
/** The documented seed content (README, tests/int/seed.int.test.ts). */
const SEEDED = { tasks: 41, countries: 1, contacts: 1, 'ev-statistics': 6, 'policy-articles': 1 }
const EMPTY = { tasks: 0, countries: 0, contacts: 0, 'ev-statistics': 0, 'policy-articles': 0 }
const FILE_COUNT = 40

let payload: Payload
beforeAll(async () => {
  // Booting here creates the schema in the database the scripts then open.
  payload = await bootPayload()
})
afterAll(async () => {
  await shutdownPayload(payload)
})

async function countSeedCollections() {
  const entries = await Promise.all(
    SEED_COLLECTIONS.map(async (slug: CollectionSlug) => [
      slug,
      (await payload.count({ collection: slug })).totalDocs,
    ]),
  )
  return Object.fromEntries(entries) as Record<(typeof SEED_COLLECTIONS)[number], number>
}

/** Polls until `condition` holds, without a fixed sleep deciding the outcome. */
async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/**
 * Kills the script while it is writing: once a transaction of it has held the write lock for
 * `minLockMs` (the importer and the seed begin theirs IMMEDIATE, so the lock is held from the
 * first statement to the commit), or once something it writes becomes visible to others
 * (it writes without a transaction: exactly the bug this file exists to catch).
 */
async function killMidWrite(run: CliRun, hasVisibleProgress: () => Promise<boolean>, minLockMs: number) {
  const probe = createWriteLockProbe()
  let lockedSince: number | undefined
  try {
    await waitUntil(async () => {
      if (!run.isRunning())
        throw new Error(`the script ended before it could be killed:\n${run.lines().join('\n')}`)
      if (await hasVisibleProgress()) return true
      if (!probe || !(await probe.isLocked())) {
        lockedSince = undefined
        return false
      }
      lockedSince ??= Date.now()
      return Date.now() - lockedSince >= minLockMs
    }, 'the script is writing')
  } finally {
    run.kill()
    probe?.close()
  }
  return run.exited
}

describe.skipIf(!isSqlite)('npm run seed killed mid-way', () => {
  it('leaves nothing of the seed behind, and a re-run adds the documented seed content', async () => {
    const run = startCli('seed.ts')
    // At start-up the script writes one row outside any transaction (the schema check), so
    // only a lock held longer than a statement takes counts as the seed's transaction.
    const countTasks = async () => (await payload.count({ collection: 'tasks' })).totalDocs
    const killed = await killMidWrite(run, async () => (await countTasks()) > 0, 150)
    expect(killed.signal, `the seed finished before the kill:\n${killed.stdout.join('\n')}`).toBe('SIGKILL')
    expect(killed.stdout.join('\n')).not.toMatch(/Seed: added/)

    // One transaction: a kill before the commit leaves none of the 50 documents behind.
    expect(await countSeedCollections()).toEqual(EMPTY)

    const rerun = await startCli('seed.ts').exited
    expect(rerun.stderr).not.toMatch(/Seed failed/)
    expect(rerun.code).toBe(0)
    expect(rerun.stdout).toContain('Seed: added 41 tasks, 1 country, 1 contact, 6 statistics, 1 article.')
    expect(await countSeedCollections()).toEqual(SEEDED)
  }, 180_000)
})

/** Forty valid variants of the seed's legacy country page, each with its own name, ISO code and e-mail. */
async function writeCountryVariants(): Promise<{ dir: string; countries: LegacyCountry[] }> {
  const source = await readFile(path.join(process.cwd(), 'seed', SEED_FILES.country), 'utf8')
  const codes = [...ISO_COUNTRY_CODES].filter((code) => code !== 'BE').slice(0, FILE_COUNT)
  const files: Record<string, string> = {}
  const countries: LegacyCountry[] = []
  codes.forEach((code, index) => {
    const number = String(index + 1).padStart(2, '0')
    const text = source
      .replace('name: "Belgium"', `name: "Faultland ${number}"`)
      .replace('/be.svg', `/${code.toLowerCase()}.svg`)
      .replace('carlo.mol@vito.be', `delegate-${number}@faultland.example`)
    const parsed = parseLegacyCountry(text)
    if (!parsed.ok) throw new Error(`variant ${number} does not parse: ${JSON.stringify(parsed.errors)}`)
    countries.push(parsed.value)
    files[`${number}-faultland.txt`] = text
  })
  return { dir: await writeFixtureFolder(files), countries }
}

const numbersOf = (tasks: (number | Task)[] | null | undefined) =>
  (tasks ?? []).map((task) => (typeof task === 'object' ? task.number : -1)).sort((a, b) => a - b)
const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b)

/** Every variant is either absent altogether or present with everything its file holds. */
async function expectNoHalfWrittenCountry(countries: LegacyCountry[]) {
  let complete = 0
  for (const legacy of countries) {
    const email = legacy.contacts[0]?.email.toLowerCase() ?? ''
    const found = await payload.find({
      collection: 'countries',
      where: { name: { equals: legacy.name } },
      depth: 1,
    })
    const contacts = await payload.find({
      collection: 'contacts',
      where: { email: { equals: email } },
      depth: 0,
    })
    const [country, ...duplicates] = found.docs
    expect(duplicates, legacy.name).toEqual([])
    if (!country) {
      expect(contacts.docs, `${legacy.name}: a contact without its country`).toEqual([])
      continue
    }
    complete += 1
    expect(country.isoCode, legacy.name).toBe(legacy.isoCode)
    expect(numbersOf(country.ongoingTasks), legacy.name).toEqual(sorted(legacy.ongoingTasks))
    expect(numbersOf(country.completedTasks), legacy.name).toEqual(sorted(legacy.completedTasks))
    expect(
      contacts.docs.map((contact) => contact.country),
      `${legacy.name}: its delegate`,
    ).toEqual([country.id])
    expect(
      (country.delegates ?? []).map((delegate) => (typeof delegate === 'object' ? delegate.id : delegate)),
    ).toEqual(contacts.docs.map((contact) => contact.id))
    const statistics = await payload.find({
      collection: 'ev-statistics',
      where: { country: { equals: country.id } },
      depth: 0,
      sort: 'year',
      limit: 50,
    })
    expect(
      statistics.docs.map(({ year, bev, phev, hev }) => ({ year, bev, phev, hev })),
      `${legacy.name}: its statistics`,
    ).toEqual(
      sorted(legacy.statistics.map((row) => row.year)).map((year) => {
        const row = legacy.statistics.find((candidate) => candidate.year === year)
        return { year, bev: row?.bev ?? null, phev: row?.phev ?? null, hev: row?.hev ?? null }
      }),
    )
  }
  return complete
}

describe.skipIf(!isSqlite)('npm run import killed mid-way', () => {
  it('leaves no half-written country, and a re-run imports every file exactly once', async () => {
    const { dir, countries } = await writeCountryVariants()

    const run = startCli('import.ts', [dir])
    const reported = (lines: string[]) =>
      lines.filter((line) => /: imported country Faultland /.test(line)).length
    const countContacts = async () =>
      (await payload.count({ collection: 'contacts', where: { email: { like: '@faultland.example' } } }))
        .totalDocs
    // Once the first file is committed, kill while a later one is being written. Payload also
    // wraps each single create or update in a short transaction of its own, hence 50 ms.
    await run.waitForLine(/: imported country /)
    const hasUnreportedContact = async () => {
      const files = reported(run.lines())
      return (await countContacts()) > files
    }
    const killed = await killMidWrite(run, hasUnreportedContact, 50)
    expect(killed.signal).toBe('SIGKILL')
    expect(reported(killed.stdout), 'the kill landed after the last file').toBeLessThan(FILE_COUNT)

    const complete = await expectNoHalfWrittenCountry(countries)
    expect(complete).toBeGreaterThanOrEqual(1)
    expect(complete).toBeLessThan(FILE_COUNT)

    const rerun = await startCli('import.ts', [dir]).exited
    expect(rerun.stderr).not.toMatch(/Import failed/)
    expect(rerun.code).toBe(0)
    expect(rerun.stdout.at(-1)).toMatch(
      new RegExp(
        `^imported ${FILE_COUNT - complete}, updated 0, rejected 0, warnings \\d+( \\(.+\\))?, unchanged ${complete}$`,
      ),
    )
    expect(await expectNoHalfWrittenCountry(countries)).toBe(FILE_COUNT)
    const { totalDocs } = await payload.count({
      collection: 'countries',
      where: { name: { like: 'Faultland' } },
    })
    expect(totalDocs).toBe(FILE_COUNT)
  }, 300_000)
})
