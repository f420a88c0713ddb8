import type { IssueLog } from '@/lib/domain/issues'
import type { FrontMatterField } from './readFrontMatter'
import { readCount, readList } from './readValues'

/** Task numbers listed under a key, in order and without repeats; bad entries are logged. */
export function readTaskNumbers(field: FrontMatterField | undefined, log: IssueLog): number[] {
  const list = readList(field, log)
  if (!field || !list) return []
  const numbers = new Set<number>()
  list.items.forEach((item, index) => {
    const line = list.lines[index] ?? field.valueLine
    const value = readCount(item, `task number in ${field.key}`, line, log)
    if (value === 0) log.errors.push({ line, message: `task number in ${field.key} must be at least 1` })
    else if (value !== undefined) numbers.add(value)
  })
  return [...numbers]
}
