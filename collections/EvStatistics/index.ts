import type { CollectionConfig } from 'payload'

import { ofPublishedCountryOrStaff } from '@/access/ofPublishedCountryOrStaff'
import { isStaff } from '@/access/isStaff'
import { revalidateCollection } from '@/hooks/revalidateCollection'
import { TAGS } from '@/lib/platform/cache/tags'
import { cleanTextHook } from '@/fields/cleanTextHook'
import { integerField } from '@/fields/integer'
import { MAX_SOURCE_LENGTH } from '@/lib/domain/statistics/tableRows'
import { FIRST_STATISTICS_YEAR, latestStatisticsYear } from '@/lib/domain/statistics/years'

import { changeFields, clearChangeMarks } from './changeFields'
import { countField } from './countField'
import { statisticsEndpoints } from './endpoints'
import { validateUniqueYear } from './validateUniqueYear'

export const EV_STATISTICS_SLUG = 'ev-statistics'

const revalidate = revalidateCollection([TAGS.statistics])

export const EvStatistics: CollectionConfig = {
  slug: EV_STATISTICS_SLUG,
  labels: { singular: 'EV statistics (year)', plural: 'EV statistics' },
  admin: {
    defaultColumns: ['country', 'year', 'bev', 'phev', 'hev'],
    listSearchableFields: ['countryName'],
    description:
      'New registrations of passenger cars, one document per country and year. Leave a value empty when there is no data: empty is not 0.',
    components: { beforeListTable: ['/components/admin/StatisticsCsv#StatisticsCsv'] },
  },
  endpoints: statisticsEndpoints,
  defaultSort: '-year',
  access: {
    read: ofPublishedCountryOrStaff,
    readVersions: isStaff,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  // History only, no drafts: every save (admin table, REST, CSV import) keeps the figures
  // with their source and notes as a version, and none is ever pruned: the public revision
  // history of each figure is read from them (lib/domain/open-data/revisions.ts).
  versions: { drafts: false, maxPerDoc: 0 },
  indexes: [{ fields: ['country', 'year'], unique: true }],
  hooks: {
    afterChange: [clearChangeMarks, revalidate.afterChange],
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
        countField('bev', 'BEV', 'Battery electric'),
        countField('phev', 'PHEV', 'Plug-in hybrid'),
        countField('hev', 'HEV', 'Hybrid'),
        countField('totalNewCars', 'Total new passenger cars', 'Optional, for market share'),
      ],
    },
    {
      name: 'source',
      type: 'text',
      maxLength: MAX_SOURCE_LENGTH,
      hooks: { beforeValidate: [cleanTextHook] },
    },
    { name: 'notes', type: 'textarea', maxLength: 5_000 },
    ...changeFields,
    // Lets the admin list search statistics by country name; never stored, never in the API.
    { name: 'countryName', label: 'Country', type: 'text', virtual: 'country.name', hidden: true },
  ],
}
