import { createHash } from 'node:crypto'

import { expect, test, type Page } from '@playwright/test'

import { FIRST_ADMIN } from './helpers/accounts'
import { collectConsoleErrors } from './helpers/console'

const PUBLIC_PAGES = [
  '/',
  '/countries/belgium',
  '/policies/belgium-digital-economy',
  '/embed/countries/belgium',
  '/embed/compare?countries=belgium',
]

for (const path of ['/', '/countries/belgium', '/admin/login']) {
  test(`${path} is served with protective headers`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    const headers = response.headers()
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(headers['content-security-policy']).toContain("object-src 'none'")
    expect(headers['x-powered-by']).toBeUndefined()
  })
}

for (const path of ['/embed/countries/belgium', '/embed/compare?countries=belgium&measure=share']) {
  test(`${path}, an embed, may be framed by any site and keeps the rest of the policy`, async ({
    request,
  }) => {
    for (const attempt of ['rendered', 'cached']) {
      const response = await request.get(path)
      expect(response.status(), attempt).toBe(200)
      const headers = response.headers()
      expect(headers['x-frame-options'], attempt).toBeUndefined()
      expect(headers['x-content-type-options']).toBe('nosniff')
      const policy = headers['content-security-policy'] ?? ''
      expect(policy, attempt).toContain('frame-ancestors *')
      expect(policy, attempt).not.toContain("frame-ancestors 'self'")
      for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'"])
        expect(policy, attempt).toContain(directive)
      expect(
        scriptSources(policy).some((source) => source.startsWith("'sha256-")),
        attempt,
      ).toBe(true)
    }
  })
}

/**
 * The sources of the script-src directive, e.g. ["'self'", "'sha256-…'"], of the one policy that
 * has one. A response may carry several policies (several headers, joined with commas here);
 * the browser enforces each.
 */
function scriptSources(header: string | undefined): string[] {
  const directives = (header ?? '')
    .split(',')
    .flatMap((policy) => policy.split(';'))
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name === 'script-src')
  expect(directives.length, `script-src directives in ${header}`).toBeLessThanOrEqual(1)
  return directives[0]?.slice(1) ?? []
}

/** The text of every <script> without src, found independently of the server's own parser. */
function inlineScriptTexts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ''))
    .map(([, , text]) => text ?? '')
}

function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** Records CSP violations from the first script on, whatever the console says. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { cspViolations: seen })
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
  })
  return () => page.evaluate(() => (Reflect.get(window, 'cspViolations') as string[] | undefined) ?? [])
}

for (const path of PUBLIC_PAGES) {
  test(`${path} allows exactly its own inline scripts`, async ({ request }) => {
    const response = await request.get(path)
    expect(response.status()).toBe(200)
    const sources = scriptSources(response.headers()['content-security-policy'])
    expect(sources).toContain("'self'")
    expect(sources).not.toContain("'unsafe-inline'")
    expect(sources).not.toContain("'unsafe-eval'")
    const hashes = sources.filter((source) => source.startsWith("'sha256-"))
    const scripts = inlineScriptTexts(await response.text())
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(hashes, script.slice(0, 80)).toContain(hashSource(script))
  })

  test(`${path} runs in the browser without a CSP violation`, async ({ page }) => {
    const errors = collectConsoleErrors(page)
    const violations = await recordViolations(page)
    await page.goto(path)
    expect(await violations()).toEqual([])
    expect(errors.filter((error) => /content security policy/i.test(error))).toEqual([])
    // Next's runtime sets window.next once its scripts, inline ones included, have run.
    await page.waitForFunction(() => Reflect.get(window, 'next') !== undefined, undefined, {
      timeout: 10_000,
    })
  })
}

test('a cached page keeps coming from the cache under the policy', async ({ request }) => {
  await request.get('/countries/belgium')
  const response = await request.get('/countries/belgium')
  // Age: answered from the response cache of the single instance (lib/platform/server/).
  expect(response.headers()['age']).toMatch(/^\d+$/)
  expect(scriptSources(response.headers()['content-security-policy']).length).toBeGreaterThan(1)
})

for (const path of ['/search?q=digital', '/admin/login']) {
  test(`${path}, rendered per request, allows only the scripts carrying this response's nonce`, async ({
    request,
  }) => {
    const response = await request.get(path)
    const sources = scriptSources(response.headers()['content-security-policy'])
    const nonce = sources.find((source) => source.startsWith("'nonce-"))
    expect(sources).toEqual(["'self'", nonce])
    const html = await response.text()
    const inline = [...html.matchAll(/<script\b([^>]*)>/gi)].filter(
      ([, attributes]) => !/\bsrc=/.test(attributes ?? ''),
    )
    expect(inline.length).toBeGreaterThan(0)
    for (const [tag] of inline) expect(tag).toContain(`nonce="${nonce?.slice(7, -1)}"`)
    const next = await request.get(path)
    expect(scriptSources(next.headers()['content-security-policy'])).not.toContain(nonce)
  })
}

test('client-side navigation between public pages raises no CSP violation', async ({ page }) => {
  const violations = await recordViolations(page)
  await page.goto('/countries/belgium')
  expect(await violations()).toEqual([])
  await page.waitForFunction(() => Reflect.get(window, 'next') !== undefined, undefined, { timeout: 10_000 })
  await page
    .getByRole('link', { name: /^policies$/i })
    .first()
    .click()
  await expect(page).toHaveURL(/\/policies$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await violations()).toEqual([])
})

test('the admin login and dashboard run without a CSP violation', async ({ page }) => {
  const errors = collectConsoleErrors(page)
  const violations = await recordViolations(page)
  await page.goto('/admin/login')
  await expect(page.getByLabel(/^email/i)).toBeVisible()
  expect(await violations()).toEqual([])

  await page.getByLabel(/^email/i).fill(FIRST_ADMIN.email)
  await page.getByLabel(/^password/i).fill(FIRST_ADMIN.password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page.getByRole('link', { name: /countries/i }).first()).toBeVisible()
  await page.goto('/admin/collections/countries')
  await expect(page.getByRole('link', { name: 'Belgium' })).toBeVisible()
  expect(await violations()).toEqual([])
  expect(errors.filter((error) => /content security policy/i.test(error))).toEqual([])
})

test('the session cookie is HttpOnly, SameSite=Lax and Secure in production', async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL })
  const response = await request.post('/api/users/login', { data: FIRST_ADMIN })
  expect(response.status()).toBe(200)
  const cookie = response
    .headersArray()
    .find((header) => header.name.toLowerCase() === 'set-cookie' && header.value.includes('payload-token='))
  expect(cookie?.value).toMatch(/HttpOnly/i)
  expect(cookie?.value).toMatch(/SameSite=Lax/i)
  expect(cookie?.value).toMatch(/Secure/i)
  await request.dispose()
})
