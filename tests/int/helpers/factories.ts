import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { ISO_COUNTRY_CODES } from '@/lib/iso-countries'
import type { Contact, Country, EvStatistic, Media, PolicyArticle, Task } from '@/payload-types'

import { buildPdf, buildPng, toUpload } from './files'

type Overrides<TSlug extends 'contacts' | 'countries' | 'ev-statistics' | 'policy-articles' | 'tasks'> =
  Partial<RequiredDataFromCollectionSlug<TSlug>>

const isoCodes = [...ISO_COUNTRY_CODES]
let counter = 0

/** A number no other factory call in this test file has returned. */
export function nextUnique(): number {
  counter += 1
  return counter
}

/** An assigned ISO code not yet used by a factory in this file (skips codes tests use by name). */
export function nextIsoCode(): string {
  const reserved = new Set(['BE', 'NL', 'DE', 'FR'])
  for (;;) {
    const code = isoCodes[nextUnique() % isoCodes.length]
    if (code !== undefined && !reserved.has(code)) return code
  }
}

/** A country with a unique name and ISO code (access bypassed). */
export async function createCountry(
  payload: Payload,
  overrides: Overrides<'countries'> = {},
): Promise<Country> {
  const n = nextUnique()
  return payload.create({
    collection: 'countries',
    data: { name: `Testland ${n}`, isoCode: nextIsoCode(), ...overrides },
    overrideAccess: true,
  })
}

/** A task with a unique number (access bypassed). */
export async function createTask(payload: Payload, overrides: Overrides<'tasks'> = {}): Promise<Task> {
  const n = nextUnique()
  return payload.create({
    collection: 'tasks',
    data: { number: 1000 + n, title: `Task ${n}`, status: 'ongoing', ...overrides },
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
    data: { title: `Article ${nextUnique()}`, ...overrides, country },
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
