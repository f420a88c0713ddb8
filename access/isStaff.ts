import type { Access } from 'payload'

import { isStaff as userIsStaff } from '@/lib/domain/roles'

/** Admins and editors: the people who maintain content. */
export const isStaff: Access = ({ req: { user } }) => userIsStaff(user)
