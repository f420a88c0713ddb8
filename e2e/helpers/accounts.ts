/** The admin the setup project creates through /admin/create-first-user. */
export const FIRST_ADMIN = {
  email: 'first-admin@example.test',
  password: 'e2e-Correct-Horse-Battery-1',
}

/** Where the signed-in admin's browser state is kept between projects. */
export const ADMIN_STATE = 'e2e/.auth/admin.json'

/** A name no other test run uses, e.g. "Testland 1a2b3c". */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
}
