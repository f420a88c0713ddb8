import type { CollectionConfig } from 'payload'

import { ofPublishedCountryOrStaff } from '@/access/ofPublishedCountryOrStaff'
import { isStaff } from '@/access/isStaff'
import { revalidateCollection } from '@/hooks/revalidateCollection'
import { TAGS } from '@/lib/cache/tags'
import { cleanTextHook } from '@/fields/cleanTextHook'
import { integerField } from '@/fields/integer'
import { FIRST_STATISTICS_YEAR, latestStatisticsYear } from '@/lib/statistics/years'

import { statisticsCsvEndpoints } from './endpoints'
import { validateUniqueYear } from './validateUniqueYear'

export const EV_STATISTICS_SLUG = 'ev-statistics'

const revalidate = revalidateCollection([TAGS.statistics])

export const EvStatistics: CollectionConfig = {
  slug: EV_STATISTICS_SLUG,
  labels: { singular: 'EV statistics (year)', plural: 'EV statistics' },
  admin: {
    defaultColumns: ['country', 'year', 'bev', 'phev', 'hev'],
    description:
      'New registrations of passenger cars, one document per country and year. Leave a value empty when there is no data: empty is not 0.',
    components: { beforeListTable: ['/components/admin/StatisticsCsv#StatisticsCsv'] },
  },
  endpoints: statisticsCsvEndpoints,
  defaultSort: '-year',
  access: {
    read: ofPublishedCountryOrStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  indexes: [{ fields: ['country', 'year'], unique: true }],
  hooks: {
    afterChange: [revalidate.afterChange],
    afterDelete: [revalidate.afterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'country', type: 'relationship', relationTo: 'countries', required: true, index: true },
        integerField({
          name: 'year',
          label: 'Year',
          required: true,
          min: FIRST_STATISTICS_YEAR,
          max: latestStatisticsYear,
          index: true,
          validate: validateUniqueYear,
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        integerField({ name: 'bev', label: 'BEV', min: 0, description: 'Battery electric' }),
        integerField({ name: 'phev', label: 'PHEV', min: 0, description: 'Plug-in hybrid' }),
        integerField({ name: 'hev', label: 'HEV', min: 0, description: 'Hybrid' }),
        integerField({
          name: 'totalNewCars',
          label: 'Total new passenger cars',
          min: 0,
          description: 'Optional, for market share',
        }),
      ],
    },
    { name: 'source', type: 'text', maxLength: 500, hooks: { beforeValidate: [cleanTextHook] } },
    { name: 'notes', type: 'textarea', maxLength: 5_000 },
  ],
}
