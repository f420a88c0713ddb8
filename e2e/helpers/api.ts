import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** Signs in through the admin login form. */
export async function signInThroughAdmin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel(/^email/i).fill(email)
  await page.getByLabel(/^password/i).fill(password)
  await page.getByRole('button', { name: /^login$/i }).click()
  await expect(page.getByRole('link', { name: /countries/i }).first()).toBeVisible()
}

/** Creates an editor account with the admin's session, returning its credentials. */
export async function createEditor(adminRequest: APIRequestContext, email: string) {
  const password = 'e2e-Editor-Password-1'
  const response = await adminRequest.post('/api/users', { data: { email, password, roles: ['editor'] } })
  expect(response.status(), await response.text()).toBe(201)
  return { email, password }
}

/** The first document of a REST list query, or fails the test. */
export async function findFirst<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path)
  expect(response.ok(), await response.text()).toBe(true)
  const { docs } = (await response.json()) as { docs: T[] }
  const [first] = docs
  if (!first) throw new Error(`No document for ${path}`)
  return first
}
