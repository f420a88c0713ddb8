import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDatabase } from '@/lib/import/seed/seedDatabase'

import { startCli } from './helpers/cli-process'
import { legacyCountryPage, lineOf, series, writeFixtureFolder } from './helpers/legacy-fixtures'
import { bootPayload, shutdownPayload } from './helpers/payload'

const GOOD = legacyCountryPage({
  name: 'Austria',
  flagCode: 'at',
  bev: series({ 2018: 12001 }),
  phev: series({ 2018: 2001 }),
  hev: series({}),
  contactName: 'Anna Beispiel',
  contactAffiliation: 'AustriaTech',
  contactEmail: 'anna.beispiel@example.at',
  onGoings: '[1, 23]',
  completedTasks: '[7]',
})
const BAD = legacyCountryPage({
  name: 'Croatia',
  flagCode: 'hr',
  bev: series({ 2018: 5 }),
  phev: JSON.stringify([1, 2, 3]),
  hev: series({}),
  contactName: 'Hrvoje Primjer',
  contactAffiliation: 'Test',
  contactEmail: 'hrvoje@example.hr',
  onGoings: '[1]',
  completedTasks: '[]',
})

/** Runs `scripts/import.ts` the way `npm run import` does, on this test file's database. */
function runImport(args: string[]) {
  return startCli('import.ts', args, 50_000).exited
}

let payload: Payload
let dir: string
beforeAll(async () => {
  // Booting here pushes the schema into the database the child process then opens.
  payload = await bootPayload()
  await seedDatabase(payload)
  dir = await writeFixtureFolder({ 'a-austria.txt': GOOD, 'b-croatia.txt': BAD })
})
afterAll(async () => {
  await shutdownPayload(payload)
})

describe('npm run import', () => {
  it('exits 1 when a file is refused, prints file:line messages and ends with the summary', async () => {
    const run = await runImport([dir])
    const bad = path.join(dir, 'b-croatia.txt')
    expect(run.stderr).not.toMatch(/Import failed/)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`${bad}: rejected`)
    expect(run.stdout).toContain(
      `${bad}:${lineOf(BAD, 'PHEV')}: PHEV has 3 values; expected 11 (2020 down to 2010)`,
    )
    expect(run.stdout.some((line) => line.startsWith(`${path.join(dir, 'a-austria.txt')}: imported `))).toBe(
      true,
    )
    expect(run.stdout.at(-1)).toBe('imported 1, updated 0, rejected 1, warnings 0')

    const { docs } = await payload.find({
      collection: 'countries',
      where: { isoCode: { in: ['AT', 'HR'] } },
      depth: 0,
    })
    expect(docs.map((country) => country.name)).toEqual(['Austria'])
  })

  it('exits 0 when every file is accepted; a second import of the same file writes nothing', async () => {
    const run = await runImport([path.join(dir, 'a-austria.txt')])
    expect(run.stderr).not.toMatch(/Import failed/)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`${path.join(dir, 'a-austria.txt')}: unchanged since the last import`)
    expect(run.stdout.at(-1)).toBe('imported 0, updated 0, rejected 0, warnings 0, unchanged 1')
    expect(
      (await payload.count({ collection: 'countries', where: { isoCode: { equals: 'AT' } } })).totalDocs,
    ).toBe(1)
  })
})
