import type { CollectionConfig, Field } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { cleanTextHook } from '@/fields/cleanTextHook'
import { revalidateCollection } from '@/hooks/revalidateCollection'
import { TAGS } from '@/lib/platform/cache/tags'

import { freezeRelease } from './freezeRelease'
import { keepReleasesFrozen } from './keepReleasesFrozen'
import { validateVersion } from './validateVersion'

export const DATA_RELEASES_SLUG = 'data-releases'

const revalidate = revalidateCollection([TAGS.releases])

/** Set once, when the release is published; shown, never edited. */
const frozen = (field: Field): Field => ({ ...field, admin: { ...field.admin, readOnly: true } }) as Field

/** The frozen files: stored byte for byte, served at /data/releases/<version>/…, never in the API. */
const file = (name: string): Field => ({ name, type: 'textarea', hidden: true })

/**
 * Numbered data releases (`2026.1`): publishing one freezes the published data as CSV, JSON and
 * a data package, served unchanged at /data/releases/<version>/ from then on. Admins publish;
 * nobody edits or deletes one (keepReleasesFrozen); everyone reads them.
 */
export const DataReleases: CollectionConfig = {
  slug: DATA_RELEASES_SLUG,
  labels: { singular: 'Data release', plural: 'Data releases' },
  admin: {
    useAsTitle: 'version',
    defaultColumns: ['version', 'publishedAt', 'countryCount', 'rowCount', 'notes'],
    description:
      'Publishing a release freezes today’s published statistics (CSV, JSON and data package) at /data/releases/<version>/. A release cannot be changed or deleted afterwards.',
  },
  defaultSort: '-publishedAt',
  disableDuplicate: true,
  access: { read: () => true, create: isAdmin, update: () => false, delete: () => false },
  hooks: {
    beforeOperation: [keepReleasesFrozen],
    beforeChange: [freezeRelease],
    afterChange: [revalidate.afterChange],
    afterDelete: [revalidate.afterDelete],
  },
  fields: [
    {
      name: 'version',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 20,
      validate: validateVersion,
      admin: { description: 'The year, a dot and the release’s number in that year, e.g. 2026.1.' },
      hooks: { beforeValidate: [cleanTextHook] },
    },
    {
      name: 'notes',
      type: 'textarea',
      maxLength: 5_000,
      admin: { description: 'What this release is, shown on its page and in the data page’s list.' },
    },
    frozen({ name: 'publishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } }),
    frozen({ name: 'countryCount', label: 'Countries', type: 'number' }),
    frozen({ name: 'rowCount', label: 'Country-years', type: 'number' }),
    frozen({ name: 'publisherName', type: 'text' }),
    frozen({ name: 'licenceName', type: 'text' }),
    frozen({ name: 'licenceUrl', type: 'text' }),
    file('csv'),
    file('json'),
    file('dataPackage'),
  ],
}
