import { expect, test as setup } from '@playwright/test'

import { ADMIN_STATE, FIRST_ADMIN } from './helpers/accounts'

setup('the first user is created in /admin and becomes an admin', async ({ page, request }) => {
  await page.goto('/admin')
  await expect(page).toHaveURL(/\/admin\/create-first-user/)
  await page.getByLabel(/^email/i).fill(FIRST_ADMIN.email)
  await page.getByLabel(/^new password/i).fill(FIRST_ADMIN.password)
  await page.getByLabel(/^confirm password/i).fill(FIRST_ADMIN.password)
  await page.getByRole('button', { name: /create/i }).click()
  await expect(page.getByRole('link', { name: /countries/i }).first()).toBeVisible()

  const me = await page.request.get('/api/users/me')
  expect(me.ok()).toBe(true)
  const body = (await me.json()) as { user: { email: string; roles: string[] } }
  expect(body.user.email).toBe(FIRST_ADMIN.email)
  expect(body.user.roles).toEqual(['admin'])

  // Anonymous visitors cannot list users.
  const anonymous = await request.get('/api/users', { headers: { cookie: '' } })
  expect([401, 403]).toContain(anonymous.status())

  await page.context().storageState({ path: ADMIN_STATE })
})
