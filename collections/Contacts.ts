import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isStaff } from '@/access/isStaff'
import { revalidateCollection } from '@/hooks/revalidateCollection'
import { TAGS } from '@/lib/platform/cache/tags'
import { cleanTextHook } from '@/fields/cleanTextHook'
import { isEmail } from '@/lib/domain/text'

export const CONTACTS_SLUG = 'contacts'

export const CONTACT_ROLES = [
  { label: 'Delegate', value: 'delegate' },
  { label: 'Alternate delegate', value: 'alternate-delegate' },
  { label: 'Task operating agent', value: 'task-operating-agent' },
  { label: 'Other', value: 'other' },
]

const revalidate = revalidateCollection([TAGS.contacts])

export const Contacts: CollectionConfig = {
  slug: CONTACTS_SLUG,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'affiliation', 'email', 'role', 'country'],
    listSearchableFields: ['name', 'affiliation', 'email'],
  },
  defaultSort: 'name',
  access: {
    read: anyone,
    create: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    afterChange: [revalidate.afterChange],
    afterDelete: [revalidate.afterDelete],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      hooks: { beforeValidate: [cleanTextHook] },
    },
    { name: 'affiliation', type: 'text', maxLength: 300, hooks: { beforeValidate: [cleanTextHook] } },
    {
      name: 'email',
      label: 'E-mail',
      type: 'text',
      index: true,
      hooks: {
        beforeValidate: [
          (args) => {
            const cleaned: unknown = cleanTextHook(args)
            return typeof cleaned === 'string' ? cleaned.toLowerCase() || null : cleaned
          },
        ],
      },
      validate: (value: string | null | undefined) =>
        !value || (value.length <= 254 && isEmail(value))
          ? true
          : `"${value}" is not a valid e-mail address.`,
    },
    { name: 'role', type: 'select', options: CONTACT_ROLES, defaultValue: 'delegate' },
    { name: 'country', type: 'relationship', relationTo: 'countries', index: true },
  ],
}
