/** Documents per collection as one line: "countries: 1, tasks: 41, users: 2". */
export function describeCounts(
  documents: Readonly<Record<string, number>>,
  { skipZero = false } = {},
): string {
  return Object.entries(documents)
    .filter(([, count]) => !skipZero || count > 0)
    .map(([slug, count]) => `${slug}: ${count}`)
    .join(', ')
}
