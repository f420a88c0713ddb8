/** How many other countries a country page links to before it links to the full list instead. */
export const MAX_LINKED_COUNTRIES = 12

/**
 * The countries a country page links to: all others while there are few, otherwise the
 * `max` nearest in the given (alphabetical) order around the current one, wrapping at the
 * ends. Keeps every country page the same size however many countries there are.
 */
export function pickNeighbours<T extends { slug: string }>(
  countries: readonly T[],
  currentSlug: string,
  max = MAX_LINKED_COUNTRIES,
): T[] {
  const others = countries.filter((country) => country.slug !== currentSlug)
  if (others.length <= max) return others
  const position = countries.findIndex((country) => country.slug === currentSlug)
  // Where the current country would sit among the others (0 if it is not in the list).
  const start = Math.max(0, position) - Math.floor(max / 2)
  const picked: T[] = []
  for (let offset = 0; picked.length < max; offset += 1) {
    const index = (((start + offset) % others.length) + others.length) % others.length
    const country = others[index]
    if (country) picked.push(country)
  }
  return picked
}
