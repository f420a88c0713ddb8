import { describeUpdate, formatUpdateDate } from '@/lib/domain/open-data/describeUpdate'
import type { DataUpdate } from '@/lib/domain/open-data/revisions'

type Props = { countryName: string; updates: readonly DataUpdate[] }

/**
 * "Revisions": every published figure that changed after it was first given, newest first, with
 * the date, the source and the editor's note. Typo fixes marked editorial are not in `updates`.
 */
export function RevisionsSection({ countryName, updates }: Props) {
  const revisions = updates.filter((update) => update.kind === 'revision')
  return (
    <section id="revisions" aria-labelledby="revisions-heading" className="space-y-3">
      <h2 id="revisions-heading" className="text-2xl font-semibold">
        Revisions
      </h2>
      {revisions.length === 0 ? (
        <p className="text-slate-700">No figure for {countryName} has been revised since it was published.</p>
      ) : (
        <ol className="max-w-3xl space-y-2">
          {revisions.map((revision) => (
            <li key={revision.id} id={`revision-${revision.id}`}>
              {describeUpdate(revision)} on{' '}
              <time dateTime={revision.date}>{formatUpdateDate(revision.date)}</time>
              {revision.source && <> — source: {revision.source}</>}
              {revision.note && <span className="block text-slate-700">{revision.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
