/** The figures whose revisions are public, with the label the revision list uses. */
export const REVISED_FIGURES = [
  { key: 'bev', label: 'BEV' },
  { key: 'phev', label: 'PHEV' },
  { key: 'hev', label: 'HEV' },
  { key: 'totalNewCars', label: 'total new cars' },
] as const

export type RevisedFigure = (typeof REVISED_FIGURES)[number]['key']

/** One saved version of a statistic (a country's year), as the history of figures reads it. */
export type StatisticVersion = {
  id: string
  /** The statistic the version belongs to. */
  parent: string
  /** When the save happened (ISO date-time). */
  savedAt: string
  countryId: string
  year: number
  figures: Record<RevisedFigure, number | null>
  source: string | null
  /** The editor's note on this save. */
  note: string | null
  /** Marked by the editor as a typo fix: not a public revision. */
  isEditorial: boolean
}

/** A figure that changed in one save (`null` = no data). */
export type FigureChange = { figure: RevisedFigure; label: string; from: number | null; to: number | null }

/** What the public sees of a save: a revision of published figures, or a year added. */
export type DataUpdate = {
  kind: 'revision' | 'new-year'
  /** The version's id: stable, so feeds and anchors can name it. */
  id: string
  countryId: string
  year: number
  date: string
  source: string | null
  note: string | null
  /** The figures that changed (a revision), or the year's figures (a new year, `from` null). */
  changes: FigureChange[]
}

const compareSaves = (a: StatisticVersion, b: StatisticVersion) =>
  a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : a.id.localeCompare(b.id, 'en', { numeric: true })

function changesBetween(before: StatisticVersion | null, after: StatisticVersion): FigureChange[] {
  return REVISED_FIGURES.filter(({ key }) => (before?.figures[key] ?? null) !== after.figures[key]).map(
    ({ key, label }) => ({ figure: key, label, from: before?.figures[key] ?? null, to: after.figures[key] }),
  )
}

/**
 * The public history of figures: each statistic's first version adds its year; each later
 * version that changed a figure is a revision with its date, source and note, unless the editor
 * marked that save as editorial. Saves that changed no figure (a source corrected) are not
 * listed. Newest first.
 */
export function findDataUpdates(versions: readonly StatisticVersion[]): DataUpdate[] {
  const byStatistic = new Map<string, StatisticVersion[]>()
  for (const version of versions)
    byStatistic.set(version.parent, [...(byStatistic.get(version.parent) ?? []), version])
  const updates: DataUpdate[] = []
  for (const history of byStatistic.values()) {
    history.sort(compareSaves)
    history.forEach((version, index) => {
      const previous = history[index - 1] ?? null
      const changes = changesBetween(previous, version)
      if (previous && (changes.length === 0 || version.isEditorial)) return
      const { id, countryId, year, savedAt: date, source, note } = version
      updates.push({
        kind: previous ? 'revision' : 'new-year',
        id,
        countryId,
        year,
        date,
        source,
        note,
        changes,
      })
    })
  }
  return updates.sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : b.id.localeCompare(a.id, 'en', { numeric: true }),
  )
}
