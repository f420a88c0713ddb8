/** Start and end year read from a task's free-text period; null where the text gives none. */
export type TaskPeriod = { startYear: number | null; endYear: number | null }

const YEAR = /\b(19[5-9]\d|20\d\d)\b/g
/** Words that say a lone year is when the task ended or will end. */
const END_WORDS = /\b(complet\w*|end\w*|until|finish\w*|clos\w*|conclu\w*)\b/i

/**
 * Reads "Task started in 2009, expected completion 2014", "2009 – 2014", "Started 2019" or
 * "Completed in 2012". Returns null when the text holds no year, more than two, or an end before
 * its start: those are left to an editor.
 */
export function readTaskPeriod(text: string): TaskPeriod | null {
  const years = [...text.matchAll(YEAR)].map((match) => Number(match[1]))
  if (years.length === 2) {
    const [start = 0, end = 0] = years
    return end >= start ? { startYear: start, endYear: end } : null
  }
  if (years.length !== 1) return null
  const [year = 0] = years
  const before = text.slice(0, text.search(YEAR))
  return END_WORDS.test(before) ? { startYear: null, endYear: year } : { startYear: year, endYear: null }
}
