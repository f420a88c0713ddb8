import type { Access } from 'payload'

import { isStaff } from '@/lib/domain/roles'

/** Staff read everything, drafts included; everyone else reads published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) =>
  isStaff(user) ? true : { _status: { equals: 'published' } }
