import type { UIFieldServerProps } from 'payload'

import type { EvStatistic } from '@/payload-types'

import { StatisticsTableEditor } from './StatisticsTableEditor'
import type { Cells } from './tableState'

function toCells(statistic: EvStatistic): Cells {
  const text = (value: number | null | undefined) => (typeof value === 'number' ? String(value) : '')
  return {
    year: String(statistic.year),
    bev: text(statistic.bev),
    phev: text(statistic.phev),
    hev: text(statistic.hev),
    totalNewCars: text(statistic.totalNewCars),
    source: statistic.source ?? '',
  }
}

/**
 * The statistics table on a country's edit screen: reads the country's statistics with the
 * editor's own access and hands them to the editor in the browser.
 */
export async function StatisticsTableField({ id, data, payload, req }: UIFieldServerProps) {
  if (id === undefined) return <p>Save the country first; then its statistics can be added here.</p>
  const { docs } = await payload.find({
    collection: 'ev-statistics',
    where: { country: { equals: id } },
    sort: 'year',
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const { serverURL, routes } = payload.config
  const name = typeof data.name === 'string' && data.name ? data.name : 'this country'
  return (
    <StatisticsTableEditor
      countryId={id}
      countryName={name}
      saved={docs.map(toCells)}
      url={`${serverURL}${routes.api}/ev-statistics/table`}
    />
  )
}
