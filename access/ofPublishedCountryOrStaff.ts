import type { Access } from 'payload'

import { isStaff } from '@/lib/roles'

/** Staff read everything; everyone else only documents whose country is published. */
export const ofPublishedCountryOrStaff: Access = ({ req: { user } }) =>
  isStaff(user) ? true : { 'country._status': { equals: 'published' } }
