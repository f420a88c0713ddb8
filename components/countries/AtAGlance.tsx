import { PublishedDate } from '@/components/policies/PublishedDate'
import { formatNumber, formatOrdinal, formatShare } from '@/lib/domain/format'
import type { Glance, GlanceFigure } from '@/lib/domain/statistics/glance'
import type { Standing } from '@/lib/domain/statistics/standing'

type Props = {
  glance: Glance | null
  bevStanding: Standing | null
  pluginShareStanding: Standing | null
  updatedAt: string | null
}

/** "+38.0% on 2017" for counts, "+1.2 percentage points on 2017" for shares; nothing without a previous year. */
function describeChange(figure: GlanceFigure, kind: 'count' | 'share'): string | null {
  const { change } = figure
  if (!change) return null
  const sign = change.difference > 0 ? '+' : change.difference < 0 ? '−' : '±'
  if (kind === 'share') {
    return `${sign}${formatNumber(Math.abs(Math.round(change.difference * 1000) / 10))} percentage points on ${change.previousYear}`
  }
  if (change.ratio === null)
    return `${sign}${formatNumber(Math.abs(change.difference))} on ${change.previousYear}`
  return `${sign}${formatNumber(Math.abs(Math.round(change.ratio * 1000) / 10))}% on ${change.previousYear}`
}

function Figure({ label, value, change }: { label: string; value: string; change: string | null }) {
  return (
    <div className="rounded border border-slate-200 p-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-xl font-bold tabular-nums">{value}</dd>
      {change && <dd className="text-sm text-slate-700">{change}</dd>}
    </div>
  )
}

const describeStanding = (standing: Standing | null, year: number) =>
  standing
    ? `${formatOrdinal(standing.rank)} of ${standing.of} ${standing.of === 1 ? 'member' : 'members'} reporting ${year}`
    : null

/** The latest year's figures, their change on the year before, rank among members, and freshness. */
export function AtAGlance({ glance, bevStanding, pluginShareStanding, updatedAt }: Props) {
  if (!glance) return null
  const count = (figure: GlanceFigure) => (figure.value === null ? 'no data' : formatNumber(figure.value))
  const bevRank = describeStanding(bevStanding, glance.year)
  const shareRank = describeStanding(pluginShareStanding, glance.year)
  return (
    <section aria-labelledby="glance-heading" className="space-y-3">
      <h2 id="glance-heading" className="text-2xl font-semibold">
        At a glance: {glance.year}
      </h2>
      <dl className="grid grid-cols-1 gap-3 min-[480px]:grid-cols-2 lg:grid-cols-4">
        <Figure
          label="BEV new registrations"
          value={count(glance.bev)}
          change={describeChange(glance.bev, 'count')}
        />
        <Figure
          label="PHEV new registrations"
          value={count(glance.phev)}
          change={describeChange(glance.phev, 'count')}
        />
        <Figure
          label="HEV new registrations"
          value={count(glance.hev)}
          change={describeChange(glance.hev, 'count')}
        />
        <Figure
          label="Plug-in share of new cars"
          value={glance.pluginShare.value === null ? 'no data' : formatShare(glance.pluginShare.value)}
          change={describeChange(glance.pluginShare, 'share')}
        />
      </dl>
      <ul className="list-disc space-y-1 pl-6 text-slate-800">
        <li>Latest year with data: {glance.year}.</li>
        {bevRank && <li>BEV registrations: {bevRank}.</li>}
        {shareRank && <li>Plug-in share of new cars: {shareRank}.</li>}
        {updatedAt && (
          <li>
            Figures last updated: <PublishedDate value={updatedAt} />.
          </li>
        )}
      </ul>
    </section>
  )
}
