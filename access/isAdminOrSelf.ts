import type { Access } from 'payload'

import { hasRole } from '@/lib/domain/roles'

/** Admins see every user; any other signed-in user sees only their own account. */
export const isAdminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}
