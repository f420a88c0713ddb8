export const ROLES = ['admin', 'editor'] as const

/** A role a user can hold: admins do everything, editors manage content only. */
export type Role = (typeof ROLES)[number]

type MaybeUser = { roles?: (string | null)[] | null } | null | undefined

/** True when the user holds the given role. */
export function hasRole(user: MaybeUser, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}

/** True for admins and editors: the people who maintain content. */
export function isStaff(user: MaybeUser): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'editor')
}
