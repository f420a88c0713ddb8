/** Joins items as "A", "A and B" or "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`
}

/** Lists ascending years, shortening runs of three or more ("2011–2013, 2015, 2016"). */
export function formatYearList(years: readonly number[]): string {
  const parts: string[] = []
  let start = years[0]
  for (let i = 0; i < years.length; i++) {
    const year = years[i]
    if (year === undefined || start === undefined) continue
    const next = years[i + 1]
    if (next === year + 1) continue
    if (year - start >= 2) parts.push(`${start}–${year}`)
    else if (year === start) parts.push(`${year}`)
    else parts.push(`${start}, ${year}`)
    start = next
  }
  return parts.join(', ')
}

/** The sentence with its first letter in upper case. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
