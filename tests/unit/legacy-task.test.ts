import { describe, expect, it } from 'vitest'

import { parseLegacyTask } from '@/lib/import/legacy/parseLegacyTask'
import { readTaskPeriod } from '@/lib/import/legacy/readTaskPeriod'
import type { Issue, LegacyTask, ParseResult } from '@/lib/import/legacy/types'

/** A task page as the legacy site wrote them; `overrides` replace whole front matter lines by key. */
function taskPage(overrides: Record<string, string | null> = {}): string {
  const lines: Record<string, string> = {
    layout: 'layout: "layouts/task-layout.njk"',
    tags: 'tags: "tasks"',
    number: 'number: "12"',
    title: 'title: "Heavy-Duty Hybrid Vehicles"',
    status: 'status: "ONGOING"',
    timePeriod: 'timePeriod: "Task started in 2009, expected completion 2014 "',
    Participants: 'Participants: [ Austria, "Canada ", Austria ]',
    shortDescription: 'shortDescription: "One sentence."',
    taskOperatorName: 'taskOperatorName: "Olga Operator"',
    taskOperatorAffiliation: 'taskOperatorAffiliation: "Agency"',
    taskOperatorEmail: 'taskOperatorEmail: "olga@example.org"',
    contactName: 'contactName: ""',
    contactAffiliation: 'contactAffiliation: ""',
    contactEmail: 'contactEmail: ""',
    publicationLink: 'publicationLink: "/tasksChapters/12"',
  }
  for (const [key, line] of Object.entries(overrides)) {
    if (line === null) delete lines[key]
    else lines[key] = line
  }
  return ['---', ...Object.values(lines), '---', '## Objective of Task', 'Text.', ''].join('\n')
}

function valueOf(result: ParseResult<LegacyTask>): LegacyTask {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`)
  return result.value
}

function errorsOf(result: ParseResult<LegacyTask>): Issue[] {
  if (result.ok) throw new Error('expected errors, got ok')
  return result.errors
}

describe('parseLegacyTask', () => {
  it('reads number, title, status in any case, years, participants, contacts and the body', () => {
    const result = parseLegacyTask(taskPage())
    expect(valueOf(result)).toEqual({
      number: 12,
      title: 'Heavy-Duty Hybrid Vehicles',
      status: 'ongoing',
      startYear: 2009,
      endYear: 2014,
      periodNote: null,
      participants: [
        { name: 'Austria', line: 8 },
        { name: 'Canada', line: 8 },
      ],
      participantsLine: 8,
      summary: 'One sentence.',
      operator: { name: 'Olga Operator', affiliation: 'Agency', email: 'olga@example.org' },
      contact: null,
      publicationLink: '/tasksChapters/12',
      body: '## Objective of Task\nText.\n',
      bodyStartLine: 18,
    })
    expect(result.warnings).toEqual([])
  })

  it('keeps a period it cannot read as a note, with a warning at its line', () => {
    const result = parseLegacyTask(taskPage({ timePeriod: 'timePeriod: "four years from the kick-off"' }))
    expect(valueOf(result)).toMatchObject({
      startYear: null,
      endYear: null,
      periodNote: 'four years from the kick-off',
    })
    expect(result.warnings[0]).toMatchObject({
      line: 7,
      kind: 'period',
      message: /four years from the kick-off/,
    })
  })

  it('reads participants given as one comma-separated text, and tells a missing list from an empty one', () => {
    expect(
      valueOf(parseLegacyTask(taskPage({ Participants: 'Participants: "Austria, Canada"' }))).participants,
    ).toEqual([
      { name: 'Austria', line: 8 },
      { name: 'Canada', line: 8 },
    ])
    expect(valueOf(parseLegacyTask(taskPage({ Participants: 'Participants: []' }))).participants).toEqual([])
    expect(valueOf(parseLegacyTask(taskPage({ Participants: null }))).participants).toBeNull()
  })

  it('warns about an absolute publication link, which tasks cannot store, and unknown keys', () => {
    const result = parseLegacyTask(
      taskPage({
        publicationLink: 'publicationLink: "https://example.org/t12.pdf"',
        layout: 'colour: "red"',
      }),
    )
    expect(result.warnings.map(({ line, kind }) => ({ line, kind }))).toEqual([
      { line: 2, kind: 'unknown key' },
      { line: 16, kind: 'publication link' },
    ])
  })

  it.each<[string, Record<string, string | null>, number, RegExp]>([
    ['a missing number', { number: null }, 1, /missing task number/],
    ['a number that is not one', { number: 'number: "twelve"' }, 4, /task number is not a number/],
    ['a number 0', { number: 'number: 0' }, 4, /at least 1/],
    ['a missing title', { title: 'title: ""' }, 5, /missing task title/],
    ['an unknown status', { status: 'status: "Planned"' }, 6, /unknown status "Planned"/],
    [
      'an operator without a name',
      { taskOperatorName: 'taskOperatorName: ""' },
      10,
      /taskOperatorName is empty/,
    ],
    [
      'an invalid e-mail',
      { contactName: 'contactName: "C"', contactEmail: 'contactEmail: "c at x"' },
      15,
      /not a valid e-mail/,
    ],
    ['participants that are not names', { Participants: 'Participants: [[1, 2]]' }, 8, /country names only/],
  ])('refuses %s at its line', (_, overrides, line, message) => {
    const errors = errorsOf(parseLegacyTask(taskPage(overrides)))
    expect(errors).toHaveLength(1)
    expect(errors[0]?.line).toBe(line)
    expect(errors[0]?.message).toMatch(message)
  })
})

describe('readTaskPeriod', () => {
  it.each<[string, { startYear: number | null; endYear: number | null } | null]>([
    ['Task started in 2009, expected completion 2014 ', { startYear: 2009, endYear: 2014 }],
    ['2009 – 2014', { startYear: 2009, endYear: 2014 }],
    ['2016-2019', { startYear: 2016, endYear: 2019 }],
    ['Started 2019', { startYear: 2019, endYear: null }],
    ['Since 1995, ongoing', { startYear: 1995, endYear: null }],
    ['Completed in 2012', { startYear: null, endYear: 2012 }],
    ['Ongoing', null],
    ['2014 – 2009', null],
    ['2009, 2011 and 2014', null],
  ])('reads "%s"', (text, expected) => {
    expect(readTaskPeriod(text)).toEqual(expected)
  })
})
