import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { ISO_COUNTRY_CODES } from '@/lib/domain/countries/isoCodes'
import type { Contact, Country, EvStatistic, Media, PolicyArticle, Task } from '@/payload-types'

import { buildPdf, buildPng, toUpload } from './files'

type Overrides<TSlug extends 'contacts' | 'countries' | 'ev-statistics' | 'policy-articles' | 'tasks'> =
  Partial<RequiredDataFromCollectionSlug<TSlug>>

let counter = 0

/** A number no other factory call in this test file has returned. */
export function nextUnique(): number {
  counter += 1
  return counter
}

/** Codes that tests use by name, so factories never hand them out. */
const RESERVED_CODES = new Set(['BE', 'NL', 'DE', 'FR'])
const freeCodes = [...ISO_COUNTRY_CODES].filter((code) => !RESERVED_CODES.has(code))

/** An assigned ISO code no earlier call in this test file has returned. */
export function nextIsoCode(): string {
  const code = freeCodes.shift()
  if (code === undefined) throw new Error('Out of unused ISO codes: create fewer countries in one test file')
  return code
}

/** A published country with a unique name and ISO code (access bypassed). */
export async function createCountry(
  payload: Payload,
  overrides: Overrides<'countries'> = {},
): Promise<Country> {
  const n = nextUnique()
  return payload.create({
    collection: 'countries',
    data: { _status: 'published', name: `Testland ${n}`, isoCode: nextIsoCode(), ...overrides },
    overrideAccess: true,
  })
}

/** A task with a unique number (access bypassed). */
export async function createTask(payload: Payload, overrides: Overrides<'tasks'> = {}): Promise<Task> {
  const n = nextUnique()
  return payload.create({
    collection: 'tasks',
    data: { _status: 'published', number: 1000 + n, title: `Task ${n}`, status: 'ongoing', ...overrides },
    overrideAccess: true,
  })
}

/** A statistics document for a new country and a year no other factory call used (access bypassed). */
export async function createStatistic(
  payload: Payload,
  overrides: Overrides<'ev-statistics'> = {},
): Promise<EvStatistic> {
  const country = overrides.country ?? (await createCountry(payload)).id
  return payload.create({
    collection: 'ev-statistics',
    data: { year: 2000 + (nextUnique() % 20), bev: 10, ...overrides, country },
    overrideAccess: true,
  })
}

/** A contact with a unique e-mail address (access bypassed). */
export async function createContact(
  payload: Payload,
  overrides: Overrides<'contacts'> = {},
): Promise<Contact> {
  const n = nextUnique()
  return payload.create({
    collection: 'contacts',
    data: { name: `Contact ${n}`, email: `contact-${n}@example.test`, role: 'delegate', ...overrides },
    overrideAccess: true,
  })
}

/** A policy article about a new country unless one is given (access bypassed). */
export async function createPolicyArticle(
  payload: Payload,
  overrides: Overrides<'policy-articles'> = {},
): Promise<PolicyArticle> {
  const country = overrides.country ?? (await createCountry(payload)).id
  return payload.create({
    collection: 'policy-articles',
    data: { _status: 'published', title: `Article ${nextUnique()}`, ...overrides, country },
    overrideAccess: true,
  })
}

/** An uploaded 1×1 PNG with alt text, or a tiny PDF (access bypassed). */
export async function createMedia(payload: Payload, kind: 'pdf' | 'png' = 'png'): Promise<Media> {
  const n = nextUnique()
  const file =
    kind === 'png'
      ? toUpload(buildPng(), 'image/png', `pixel-${n}.png`)
      : toUpload(buildPdf(), 'application/pdf', `report-${n}.pdf`)
  return payload.create({
    collection: 'media',
    data: kind === 'png' ? { alt: `Pixel ${n}` } : {},
    file,
    overrideAccess: true,
  })
}
