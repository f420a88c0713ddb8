import type { FieldAccess } from 'payload'

import { isStaff } from '@/lib/domain/roles'

/** Field-level: only admins and editors may read the field (notes for editors, not for visitors). */
export const isStaffField: FieldAccess = ({ req: { user } }) => isStaff(user)
