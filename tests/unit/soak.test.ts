import { describe, expect, it } from 'vitest'

import { parseSoakArgs } from '@/scripts/soak/args'
import type { SaveRecord } from '@/scripts/soak/editor'
import { evaluateMemory, evaluateSoak, median, type SoakFigures } from '@/scripts/soak/evaluate'
import { memoryTrend } from '@/scripts/soak/report'
import { countStatus, noStatuses } from '@/scripts/soak/traffic'
import { finalValues } from '@/scripts/soak/visibility'
import { csvShows, pageShows } from '@/scripts/topology/statistics'

const MB = 1024 * 1024

/** Samples every 3 s from `megabytes`, as the sampler would take them. */
const samplesOf = (megabytes: number[]) =>
  megabytes.map((mb, i) => ({ atMs: i * 3_000, bytes: mb * MB, processes: 1 }))

const save = (overrides: Partial<SaveRecord> = {}): SaveRecord => ({
  index: 0,
  year: 2018,
  id: 7,
  value: 61_000,
  status: 200,
  readBack: 61_000,
  ms: 40,
  ...overrides,
})

/** A run where everything went right; each test spoils one part. */
function goodFigures(): SoakFigures {
  const byPath = { '/': { ...noStatuses(), '2xx': 100 } }
  return {
    traffic: {
      seconds: 120,
      requests: 100,
      statuses: { ...noStatuses(), '2xx': 100 },
      errors: 0,
      timeouts: 0,
      timeoutSeconds: 30,
      latency: { p50: 10, p99: 90, max: 120 },
      byPath,
    },
    saves: [save(), save({ index: 1, year: 2017, id: 8, value: 61_001, readBack: 61_001 })],
    final: {
      finals: [
        { year: 2018, id: 7, value: 61_000 },
        { year: 2017, id: 8, value: 61_001 },
      ],
      rest: [
        { year: 2018, expected: 61_000, actual: 61_000 },
        { year: 2017, expected: 61_001, actual: 61_001 },
      ],
      pageMs: 120,
      csvMs: 30,
    },
    memory: evaluateMemory(samplesOf([300, 400, 410, 405, 420, 415]), 3_000),
    samples: samplesOf([300, 400, 410, 405, 420, 415]),
  }
}

const failures = (figures: SoakFigures) =>
  evaluateSoak(figures)
    .filter((c) => !c.pass)
    .map((c) => `${c.name}: ${c.detail}`)

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})

describe('evaluateMemory', () => {
  it('compares the first samples after the warm-up with the last ones, ignoring the warm-up', () => {
    // Warm-up (0 s) at 100 MB must not count: 400 → 420 MB is +5%.
    const memory = evaluateMemory(samplesOf([100, 400, 400, 400, 420, 420, 420]), 3_000)
    expect(memory?.afterWarmUp).toBe(400 * MB)
    expect(memory?.end).toBe(420 * MB)
    expect(memory?.growth).toBeCloseTo(0.05)
    expect(memory?.peak).toBe(420 * MB)
  })

  it('is not fooled by one sample caught before a garbage collection', () => {
    const memory = evaluateMemory(samplesOf([0, 400, 400, 400, 400, 600, 400]), 3_000)
    expect(memory?.growth).toBe(0)
  })

  it('gives null with fewer than two samples after the warm-up', () => {
    expect(evaluateMemory(samplesOf([400, 410]), 3_000)).toBeNull()
    expect(evaluateMemory([], 0)).toBeNull()
  })
})

describe('evaluateSoak', () => {
  it('passes a clean run', () => {
    expect(failures(goodFigures())).toEqual([])
  })

  it('fails on any 5xx, naming the URL, and on a 5xx save', () => {
    const figures = goodFigures()
    figures.traffic.statuses['5xx'] = 2
    figures.traffic.byPath['/'] = { ...noStatuses(), '2xx': 98, '5xx': 2 }
    figures.saves.push(save({ index: 2, status: 500, readBack: null, error: 'Internal Server Error' }))
    const reasons = failures(figures)
    expect(reasons).toContainEqual(
      expect.stringMatching(/^no 5xx: 3 answers were 5xx \(\/: 2, editor saves: 1\)$/),
    )
    expect(reasons).toContainEqual(expect.stringMatching(/^every save succeeded: 1 of 3/))
  })

  it('fails on a save that answered 200 but reads back another value', () => {
    const figures = goodFigures()
    figures.saves.push(save({ index: 2, value: 61_002, readBack: 61_000 }))
    expect(failures(figures)).toEqual([
      'every save persisted: 1 of 3 saves read back another value; first: save #2 (2018 BEV 61002): read back 61000 [HTTP 200]',
    ])
  })

  it('fails when the final values do not reach REST, the page or the CSV', () => {
    const figures = goodFigures()
    figures.final.rest[0] = { year: 2018, expected: 61_000, actual: 3_733 }
    figures.final.pageMs = null
    figures.final.csvMs = null
    expect(failures(figures).map((r) => r.split(':')[0])).toEqual([
      'final values in REST',
      'final values on the page',
      'final values in the CSV',
    ])
  })

  it('fails on unanswered requests, unexpected statuses and no saves at all', () => {
    const figures = goodFigures()
    figures.traffic.errors = 3
    figures.traffic.timeouts = 3
    figures.traffic.statuses['4xx'] = 1
    figures.saves = []
    figures.final = { finals: [], rest: [], pageMs: null, csvMs: null }
    expect(failures(figures).map((r) => r.split(':')[0])).toEqual([
      'every request answered',
      'public reads all 2xx',
      'saves happened',
      'final values on the page',
      'final values in the CSV',
    ])
  })

  it('fails on memory growth of 20% or more, and when memory was not measured', () => {
    const figures = goodFigures()
    figures.memory = evaluateMemory(samplesOf([0, 400, 400, 400, 480, 480, 480]), 3_000)
    expect(failures(figures)).toEqual([
      'memory growth: server RSS grew 20.0% (400 MB after warm-up → 480 MB at the end; limit 20%)',
    ])
    figures.memory = null
    expect(failures(figures)).toEqual([
      'resident memory: memory was not measured (no /proc)',
      'memory growth: memory was not measured (no /proc, or too few samples after warm-up)',
    ])
  })

  it('fails when the server ever holds more than 512 MB, however little it grew', () => {
    const figures = goodFigures()
    figures.memory = evaluateMemory(samplesOf([0, 500, 530, 500, 500, 500, 500]), 3_000)
    expect(failures(figures)).toEqual([
      'resident memory: server RSS peaked at 530 MB (limit 512 MB: a 512 MB container)',
    ])
  })
})

describe('counting and reading back', () => {
  it('counts a status in its class', () => {
    const classes = noStatuses()
    countStatus(classes, 200)
    countStatus(classes, 503)
    countStatus(classes, 304)
    expect(classes).toEqual({ '1xx': 0, '2xx': 1, '3xx': 1, '4xx': 0, '5xx': 1 })
  })

  it('expects the last successful save of each year', () => {
    const saves = [
      save({ index: 0, value: 61_000 }),
      save({ index: 1, year: 2017, id: 8, value: 61_001 }),
      save({ index: 2, value: 61_002 }),
      save({ index: 4, value: 61_004, status: 500 }),
    ]
    expect(finalValues(saves)).toEqual([
      { year: 2018, id: 7, value: 61_002 },
      { year: 2017, id: 8, value: 61_001 },
    ])
  })

  it("finds a value in its year's table row and CSV record only", () => {
    const html = '<tr><th scope="row" class="x">2018</th><td class="y">61,002</td><td>9,704</td></tr>'
    expect(pageShows(html, { year: 2018, value: 61_002 })).toBe(true)
    expect(pageShows(html, { year: 2017, value: 61_002 })).toBe(false)
    const csv = 'year,bev,phev,hev\r\n2017,61001,11832,12235\r\n2018,61002,9704,13226\r\n'
    expect(csvShows(csv, { year: 2018, value: 61_002 })).toBe(true)
    expect(csvShows(csv, { year: 2018, value: 6100 })).toBe(false)
  })
})

describe('options and trend', () => {
  it('warms up for a minute before the two measured minutes unless told otherwise', () => {
    expect(parseSoakArgs([])).toEqual({ build: true, duration: 120, warmUp: 60, connections: 50, port: 3230 })
    expect(parseSoakArgs(['--duration', '480', '--warm-up', '240', '--no-build'])).toMatchObject({
      build: false,
      duration: 480,
      warmUp: 240,
    })
  })

  it('shows about ten evenly spaced samples, the last one included', () => {
    const samples = samplesOf(Array.from({ length: 41 }, (_, i) => 300 + i))
    expect(memoryTrend(samples)).toMatch(/^300 → 304 → .* → 340 MB \(0, 12, .*, 120 s\)$/)
    expect(memoryTrend([])).toBe('no samples')
  })
})
