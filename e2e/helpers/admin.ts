import { expect, type APIRequestContext, type Page } from '@playwright/test'

/** Waits until the admin's document form is hydrated and idle, so a click reaches React. */
export async function waitForDocumentForm(page: Page): Promise<void> {
  await expect(page.locator('form[data-form-ready="true"]').first()).toBeVisible()
}

/** Presses Tab until `isTarget` says the right control has the focus (at most `limit` times). */
export async function tabTo(page: Page, isTarget: () => Promise<boolean>, limit = 150): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await isTarget()) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Not reached with ${limit} presses of Tab`)
}

/** The id of the country with this slug, read through the API. */
export async function countryIdOf(request: APIRequestContext, slug: string): Promise<number | string> {
  const response = await request.get(`/api/countries?where[slug][equals]=${slug}&depth=0`)
  expect(response.ok(), await response.text()).toBe(true)
  const { docs } = (await response.json()) as { docs: { id: number | string }[] }
  const [country] = docs
  if (!country) throw new Error(`There is no country "${slug}"`)
  return country.id
}
