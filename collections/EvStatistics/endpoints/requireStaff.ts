import type { PayloadRequest } from 'payload'

import { isStaff } from '@/lib/domain/roles'
import type { User } from '@/payload-types'

/** The signed-in admin or editor, or the 401/403 answer for anyone else ("Sign in to <action>."). */
export function requireStaff(
  req: PayloadRequest,
  action = 'import or export statistics',
): { user: User } | { refusal: Response } {
  const { user } = req
  if (!user) {
    return {
      refusal: Response.json({ errors: [{ message: `Sign in to ${action}.` }] }, { status: 401 }),
    }
  }
  if (!isStaff(user)) {
    const message = `Only admins and editors may ${action}.`
    return { refusal: Response.json({ errors: [{ message }] }, { status: 403 }) }
  }
  return { user }
}
