import type { SeedCounts } from './seedDatabase'

/** "Seed: added 41 tasks, 1 country, …" or a note that nothing was missing. */
export function describeSeedCounts(counts: SeedCounts): string {
  const parts = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(
      ([collection, count]) =>
        `${count} ${count === 1 ? collection.replace(/(ies|s)$/, (m) => (m === 'ies' ? 'y' : '')) : collection}`,
    )
  return parts.length === 0
    ? 'Seed: nothing to add, the seed content is already there (existing documents were left as they are).'
    : `Seed: added ${parts.join(', ')}.`
}
