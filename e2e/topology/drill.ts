// Helpers of the restore drill: a stream of editors' saves through the REST API, and what a
// restored site must hold and render.
import { createHash } from 'node:crypto'

import { expect } from '@playwright/test'

import {
  COUNTRIES_PAGE,
  countryUrls,
  DATA_PAGE,
  HOME_PAGE,
  POLICIES_PAGE,
  policyPath,
  TASKS_PAGE,
  taskPath,
} from '@/lib/domain/urls'

/** One save the stream completed, and whether it completed before the backup began. */
export type Save = { contactId: number | string; bev: number; completedAt: number }

async function send(url: string, token: string, method: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text}`)
  return JSON.parse(text)
}

/**
 * Saves as an editor would, one after another until `stop` is called: a new contact, then a new
 * BEV figure for one statistic (rising, so the restored value tells which saves it holds).
 * `done` resolves with every completed save, and rejects on the first save that failed.
 */
export function startSaveStream(
  origin: string,
  token: string,
  statistic: { id: number | string; bev: number },
) {
  const saves: Save[] = []
  let running = true
  const done = (async () => {
    for (let n = 1; running; n += 1) {
      const created = await send(`${origin}/api/contacts`, token, 'POST', {
        name: `Drill contact ${n}`,
        email: `drill-${n}@example.test`,
      })
      const id = (created as { doc: { id: number | string } }).doc.id
      const bev = statistic.bev + n
      await send(`${origin}/api/ev-statistics/${statistic.id}`, token, 'PATCH', { bev })
      saves.push({ contactId: id, bev, completedAt: Date.now() })
    }
    return saves
  })()
  return { saves, done, stop: () => (running = false) }
}

/** Uploads a file to the media collection; returns its stored file name. */
export async function uploadMedia(
  origin: string,
  token: string,
  file: { name: string; type: string; data: Buffer },
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(file.type.startsWith('image/') ? { alt: 'Drill image' } : {}))
  const response = await fetch(`${origin}/api/media`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { doc: { filename: string } }).doc.filename
}

/** The SHA-256 of what `url` answers. */
export async function sha256Of(url: string): Promise<string> {
  const response = await fetch(url)
  expect(response.status, url).toBe(200)
  return createHash('sha256')
    .update(Buffer.from(await response.arrayBuffer()))
    .digest('hex')
}

async function listPublished<T>(origin: string, collection: string): Promise<T[]> {
  const response = await fetch(`${origin}/api/${collection}?limit=1000&depth=0`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: T[] }).docs
}

/** Every public page a visitor can reach: the lists, each country, article and task, the data page. */
export async function publicPages(origin: string): Promise<string[]> {
  const countries = await listPublished<{ slug: string }>(origin, 'countries')
  const articles = await listPublished<{ slug: string }>(origin, 'policy-articles')
  const tasks = await listPublished<{ number: number }>(origin, 'tasks')
  expect(countries.length * articles.length * tasks.length).toBeGreaterThan(0)
  return [
    HOME_PAGE,
    COUNTRIES_PAGE,
    ...countries.map(({ slug }) => countryUrls(slug).page),
    POLICIES_PAGE,
    ...articles.map(({ slug }) => policyPath(slug)),
    TASKS_PAGE,
    ...tasks.map(({ number }) => taskPath(number)),
    DATA_PAGE,
  ]
}

/** Logs in on `origin` with an account's e-mail and password; returns its token. */
export async function logIn(
  origin: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify(credentials),
  })
  expect(response.status, `log in on ${origin}`).toBe(200)
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error('the login answered no token')
  return token
}

/** How many documents a collection holds, as an admin sees it (drafts included). */
export async function countDocuments(origin: string, token: string, collection: string): Promise<number> {
  const response = await fetch(`${origin}/api/${collection}/count`, {
    headers: { Authorization: `JWT ${token}` },
  })
  expect(response.status, `${collection} count`).toBe(200)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}
