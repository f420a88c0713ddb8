import type { ReleaseSnapshot, SnapshotCountry } from './releaseSnapshot'

/** The figures a release compares; shares follow from them and are not listed twice. */
export const COMPARED_FIGURES = [
  { key: 'bev', label: 'BEV' },
  { key: 'phev', label: 'PHEV' },
  { key: 'hev', label: 'HEV' },
  { key: 'total_new_cars', label: 'total new cars' },
] as const

type CountryRef = { name: string; isoCode: string; slug: string }
type YearRef = CountryRef & { year: number }

/** A value that differs between two releases (`null` = no data). */
export type RevisedValue = YearRef & { figure: string; label: string; from: number | null; to: number | null }

/** What changed from one release to the next. */
export type ReleaseChanges = {
  countriesAdded: CountryRef[]
  countriesRemoved: CountryRef[]
  /** Years added or removed in countries that are in both releases. */
  yearsAdded: YearRef[]
  yearsRemoved: YearRef[]
  revised: RevisedValue[]
  /** Years in both releases whose compared figures are all the same. */
  unchangedYears: number
}

const refOf = ({ name, isoCode, slug }: SnapshotCountry): CountryRef => ({ name, isoCode, slug })
const byName = (a: CountryRef, b: CountryRef) =>
  a.name.localeCompare(b.name, 'en') || a.isoCode.localeCompare(b.isoCode)
const byCountryAndYear = (a: YearRef, b: YearRef) => byName(a, b) || a.year - b.year

/** Compares a release with the one before it (none: everything in it is added). */
export function diffReleases(previous: ReleaseSnapshot | null, next: ReleaseSnapshot): ReleaseChanges {
  const before: ReleaseSnapshot = previous ?? new Map<string, SnapshotCountry>()
  const changes: ReleaseChanges = {
    countriesAdded: [...next.values()]
      .filter((c) => !before.has(c.isoCode))
      .map(refOf)
      .sort(byName),
    countriesRemoved: [...before.values()]
      .filter((c) => !next.has(c.isoCode))
      .map(refOf)
      .sort(byName),
    yearsAdded: [],
    yearsRemoved: [],
    revised: [],
    unchangedYears: 0,
  }
  for (const country of next.values()) {
    const old = before.get(country.isoCode)
    if (!old) continue
    const ref = refOf(country)
    for (const year of old.rows.keys())
      if (!country.rows.has(year)) changes.yearsRemoved.push({ ...ref, year })
    for (const [year, figures] of country.rows) {
      const oldFigures = old.rows.get(year)
      if (!oldFigures) {
        changes.yearsAdded.push({ ...ref, year })
        continue
      }
      const revised = COMPARED_FIGURES.filter(
        ({ key }) => (oldFigures[key] ?? null) !== (figures[key] ?? null),
      )
      if (revised.length === 0) changes.unchangedYears += 1
      for (const { key, label } of revised)
        changes.revised.push({
          ...ref,
          year,
          figure: key,
          label,
          from: oldFigures[key] ?? null,
          to: figures[key] ?? null,
        })
    }
  }
  changes.yearsAdded.sort(byCountryAndYear)
  changes.yearsRemoved.sort(byCountryAndYear)
  changes.revised.sort(byCountryAndYear)
  return changes
}
