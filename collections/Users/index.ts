import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { isAdminField } from '@/access/isAdminField'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/lib/domain/roles'

import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const USERS_SLUG = 'users'

/** Failed logins before an account is locked, and for how long. */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_TIME_MS = 10 * 60 * 1000

export const Users: CollectionConfig = {
  slug: USERS_SLUG,
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
  },
  auth: {
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_TIME_MS,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production',
    },
  },
  access: {
    admin: ({ req: { user } }) => isStaff(user),
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeChange: [makeFirstUserAdmin],
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 200 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
      ],
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      admin: { description: 'Admins manage users; editors manage content. The first user is an admin.' },
    },
  ],
}
