import type { Access } from 'payload'

import { hasRole } from '@/lib/domain/roles'

/** Admins only. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
