// Accounts on a fresh site, made through the REST API as a person would: the first user is an
// admin (Payload's first-register), who creates an editor; scripts then act with their tokens.
import { randomBytes } from 'node:crypto'

const TIMEOUT_MS = 30_000

async function post(origin: string, path: string, body: unknown, authorization?: string): Promise<Response> {
  return fetch(origin + path, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(authorization === undefined ? {} : { Authorization: authorization }),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
}

/** Logs in; returns the Authorization header value (`JWT …`). */
async function logIn(origin: string, credentials: { email: string; password: string }): Promise<string> {
  const login = await post(origin, '/api/users/login', credentials)
  const { token } = (await login.json()) as { token?: string }
  if (!login.ok || !token) throw new Error(`login of ${credentials.email} answered ${login.status}`)
  return `JWT ${token}`
}

const newPassword = () => randomBytes(18).toString('base64url')

/** Creates the first user (an admin: the users collection is empty on a fresh database) and logs in. */
export async function signInAsAdmin(origin: string, email: string): Promise<string> {
  const credentials = { email, password: newPassword() }
  const registered = await post(origin, '/api/users/first-register', { ...credentials, name: 'Admin' })
  if (!registered.ok)
    throw new Error(`first-register answered ${registered.status}: ${await registered.text()}`)
  return logIn(origin, credentials)
}

/**
 * Creates the first account (an admin), lets it create an editor, and logs in as that editor:
 * saves run with the role real editors have. Returns the editor's Authorization header value.
 */
export async function signInAsEditor(origin: string, emailPrefix: string): Promise<string> {
  const admin = await signInAsAdmin(origin, `${emailPrefix}-admin@example.org`)
  const editor = { email: `${emailPrefix}-editor@example.org`, password: newPassword() }
  const created = await post(origin, '/api/users', { ...editor, name: 'Editor', roles: ['editor'] }, admin)
  if (!created.ok) throw new Error(`creating the editor answered ${created.status}: ${await created.text()}`)
  return logIn(origin, editor)
}
