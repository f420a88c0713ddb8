import { expect, test, type APIRequestContext } from '@playwright/test'

import { ADMIN_STATE, FIRST_ADMIN, uniqueName } from './helpers/accounts'

const EVIL = 'https://evil.example'

/**
 * The signed-in admin's cookies without the Origin header the config adds to every request:
 * each request here states its own.
 */
async function adminCookies(
  playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } },
  baseURL: string,
) {
  return playwright.request.newContext({ baseURL, storageState: ADMIN_STATE, extraHTTPHeaders: {} })
}

async function contactsNamed(request: APIRequestContext, origin: string, name: string) {
  const response = await request.get(
    `/api/contacts?where[name][equals]=${encodeURIComponent(name)}&depth=0`,
    {
      headers: { Origin: origin },
    },
  )
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: { id: string | number }[] }).docs
}

test.describe('CSRF: a session cookie counts only on requests from the site itself', () => {
  test('another origin is treated as signed out and cannot write', async ({ playwright, baseURL }) => {
    if (!baseURL) throw new Error('baseURL is not configured')
    const request = await adminCookies(playwright, baseURL)
    try {
      const me = await request.get('/api/users/me', { headers: { Origin: baseURL } })
      expect(((await me.json()) as { user: { email: string } | null }).user?.email).toBe(FIRST_ADMIN.email)
      const foreignMe = await request.get('/api/users/me', { headers: { Origin: EVIL } })
      expect(((await foreignMe.json()) as { user: unknown }).user).toBeNull()

      const name = uniqueName('Forged contact')
      const forged = await request.post('/api/contacts', { headers: { Origin: EVIL }, data: { name } })
      expect([401, 403]).toContain(forged.status())
      // A browser that sends no Origin still says where the request came from.
      const crossSite = await request.post('/api/contacts', {
        headers: { 'Sec-Fetch-Site': 'cross-site' },
        data: { name },
      })
      expect([401, 403]).toContain(crossSite.status())
      expect(await contactsNamed(request, baseURL, name)).toHaveLength(0)

      const own = await request.post('/api/contacts', { headers: { Origin: baseURL }, data: { name } })
      expect(own.status(), await own.text()).toBe(201)
      const [created] = await contactsNamed(request, baseURL, name)
      if (!created) throw new Error('the contact created from the own origin is missing')
      const removed = await request.delete(`/api/contacts/${created.id}`, { headers: { Origin: baseURL } })
      expect(removed.status()).toBe(200)
    } finally {
      await request.dispose()
    }
  })
})

test.describe('CORS: only the site itself may read the API from a script', () => {
  for (const method of ['GET', 'OPTIONS'] as const) {
    test(`${method} /api/countries answers other origins without an allow-origin header`, async ({
      request,
      baseURL,
    }) => {
      if (!baseURL) throw new Error('baseURL is not configured')
      const headers = { 'Access-Control-Request-Method': 'GET' }
      const foreign = await request.fetch('/api/countries?limit=1', {
        method,
        headers: { ...headers, Origin: EVIL },
      })
      expect(foreign.headers()['access-control-allow-origin']).toBeUndefined()
      const own = await request.fetch('/api/countries?limit=1', {
        method,
        headers: { ...headers, Origin: baseURL },
      })
      expect(own.headers()['access-control-allow-origin']).toBe(baseURL)
    })
  }
})

test.describe('request bodies', () => {
  test('a JSON body over 1 MB is refused with 413 before it is read, and nothing is written', async ({
    playwright,
    baseURL,
  }) => {
    if (!baseURL) throw new Error('baseURL is not configured')
    const request = await adminCookies(playwright, baseURL)
    try {
      const name = uniqueName('Oversized contact')
      const response = await request.post('/api/contacts', {
        headers: { Origin: baseURL },
        data: { name, role: 'x'.repeat(1024 * 1024) },
      })
      expect(response.status()).toBe(413)
      const body = (await response.json()) as { errors: { message: string }[] }
      expect(body.errors[0]?.message).toMatch(/at most 1 MB/)
      expect(await contactsNamed(request, baseURL, name)).toHaveLength(0)
    } finally {
      await request.dispose()
    }
  })

  test('an upload may be larger than 1 MB', async ({ playwright, baseURL }) => {
    if (!baseURL) throw new Error('baseURL is not configured')
    const request = await adminCookies(playwright, baseURL)
    try {
      // A PDF whose padding is a PDF comment: 1.5 MB, with the header, xref and trailer a PDF needs.
      const pdf = Buffer.from(
        `%PDF-1.4\n%${'a'.repeat(1536 * 1024)}\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n0\n%%EOF\n`,
      )
      const response = await request.post('/api/media', {
        headers: { Origin: baseURL },
        multipart: {
          file: { name: `report-${Date.now()}.pdf`, mimeType: 'application/pdf', buffer: pdf },
          _payload: JSON.stringify({}),
        },
      })
      expect(response.status(), await response.text()).toBe(201)
      const { doc } = (await response.json()) as { doc: { id: string | number } }
      const removed = await request.delete(`/api/media/${doc.id}`, { headers: { Origin: baseURL } })
      expect(removed.status()).toBe(200)
    } finally {
      await request.dispose()
    }
  })

  test('malformed JSON, and JSON that is not an object, get a 400 with a message, never a 500', async ({
    playwright,
    baseURL,
  }) => {
    if (!baseURL) throw new Error('baseURL is not configured')
    const request = await adminCookies(playwright, baseURL)
    try {
      for (const body of ['{"name": ', 'not json at all', '[1,2', '"a string"', '[1, 2]', 'null']) {
        // fetch with a Buffer sends the bytes as they are (a string would be JSON-encoded).
        const response = await request.fetch('/api/contacts', {
          method: 'POST',
          headers: { Origin: baseURL, 'Content-Type': 'application/json' },
          data: Buffer.from(body),
        })
        expect(response.status(), `${body}: ${await response.text()}`).toBe(400)
        const answer = (await response.json()) as { errors: { message: string }[] }
        expect(answer.errors[0]?.message).toMatch(/JSON/)
      }
    } finally {
      await request.dispose()
    }
  })
})
