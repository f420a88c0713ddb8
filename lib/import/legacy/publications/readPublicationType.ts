import type { IssueLog } from '@/lib/domain/issues'

import type { FrontMatterField } from '../readFrontMatter'
import { readText } from '../readValues'
import type { PublicationType } from './types'

/** The legacy types, compared without letter case or separators ("Task-Final-Report" = "taskFinalReport"). */
const LEGACY_TYPES: Record<string, PublicationType | 'misc'> = {
  annualreport: 'annual-report',
  taskfinalreport: 'task-report',
  newsletter: 'newsletter',
  misc: 'misc',
}

const EXPECTED = 'expected annualReport, Task-Final-Report, newsletter or Misc'

/** What a `Misc` publication is, by its title: a brochure, a paper, or something else. */
export function miscTypeOf(title: string): PublicationType {
  if (/brochure/i.test(title)) return 'brochure'
  if (/(?<![a-z])paper/i.test(title)) return 'paper'
  return 'other'
}

/** The publication type of a legacy `type`; an unknown or missing one is an error at its line. */
export function readPublicationType(
  field: FrontMatterField | undefined,
  title: string,
  log: IssueLog,
): PublicationType {
  const text = readText(field, log)
  const type = LEGACY_TYPES[text.toLowerCase().replace(/[^a-z0-9]/g, '')]
  if (type === 'misc') return miscTypeOf(title)
  if (type) return type
  const message = text ? `unknown type "${text}" (${EXPECTED})` : `missing type (${EXPECTED})`
  log.errors.push({ line: field?.valueLine ?? 1, message })
  return 'other'
}
