import type { CollectionSlug, DataFromCollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { User } from '@/payload-types'

import {
  createContact,
  createCountry,
  createMedia,
  createPolicyArticle,
  createStatistic,
  createTask,
  nextIsoCode,
  nextUnique,
} from './factories'
import { buildPng, toUpload, type UploadFile } from './files'
import { createUser } from './payload'
import { createExtract, createPublication } from './publications'

/** Who performs an operation: `user` undefined means an anonymous visitor. */
export type Actor = { overrideAccess: false; user?: User & { collection: 'users' } }

type Id = number | string

/** The four operations of the access matrix for one collection, with access control applied. */
export type AccessSubject = {
  slug: CollectionSlug
  create: (actor: Actor) => Promise<Id>
  read: (actor: Actor, id: Id) => Promise<Id>
  /** Sets a text field to `value` and returns what the field holds afterwards. */
  update: (actor: Actor, id: Id, value: string) => Promise<unknown>
  delete: (actor: Actor, id: Id) => Promise<unknown>
  /** A new document, created with access control bypassed. */
  fixture: () => Promise<Id>
  /** What the updated text field holds in the stored document. */
  storedValue: (id: Id) => Promise<unknown>
  count: () => Promise<number>
}

type Definition<S extends CollectionSlug> = {
  slug: S
  data: (payload: Payload) => Promise<RequiredDataFromCollectionSlug<S>> | RequiredDataFromCollectionSlug<S>
  file?: () => UploadFile
  /** Sets one text field to `value`. */
  patch: (payload: Payload, actor: Actor, id: Id, value: string) => Promise<DataFromCollectionSlug<S>>
  patched: (doc: DataFromCollectionSlug<S>) => unknown
  fixture: (payload: Payload) => Promise<{ id: Id }>
}

function defineSubject<S extends CollectionSlug>(payload: Payload, definition: Definition<S>): AccessSubject {
  const { slug } = definition
  return {
    slug,
    create: async (actor) => {
      const data = await definition.data(payload)
      const doc = await payload.create({
        collection: slug,
        data,
        file: definition.file?.(),
        depth: 0,
        ...actor,
      })
      return doc.id
    },
    read: async (actor, id) => (await payload.findByID({ collection: slug, id, depth: 0, ...actor })).id,
    update: async (actor, id, value) => {
      return definition.patched(await definition.patch(payload, actor, id, value))
    },
    delete: (actor, id) => payload.delete({ collection: slug, id, depth: 0, ...actor }),
    fixture: async () => (await definition.fixture(payload)).id,
    storedValue: async (id) => definition.patched(await payload.findByID({ collection: slug, id, depth: 0 })),
    count: async () => (await payload.count({ collection: slug })).totalDocs,
  }
}

/** One access subject per collection of the content model. */
export function accessSubjects(payload: Payload): Record<string, AccessSubject> {
  const subjects = [
    defineSubject(payload, {
      slug: 'countries',
      data: () => ({ name: `Matrix land ${nextUnique()}`, isoCode: nextIsoCode() }),
      patch: (p, actor, id, value) =>
        p.update({
          collection: 'countries',
          id,
          data: { slug: value },
          depth: 0,
          ...actor,
        }),
      patched: (doc) => doc.slug,
      fixture: (p) => createCountry(p),
    }),
    defineSubject(payload, {
      slug: 'ev-statistics',
      data: async (p) => ({ country: (await createCountry(p)).id, year: 2018, bev: 1 }),
      patch: (p, actor, id, notes) =>
        p.update({ collection: 'ev-statistics', id, data: { notes }, depth: 0, ...actor }),
      patched: (doc) => doc.notes,
      fixture: (p) => createStatistic(p),
    }),
    defineSubject(payload, {
      slug: 'contacts',
      data: () => ({ name: `Matrix contact ${nextUnique()}` }),
      patch: (p, actor, id, affiliation) =>
        p.update({ collection: 'contacts', id, data: { affiliation }, depth: 0, ...actor }),
      patched: (doc) => doc.affiliation,
      fixture: (p) => createContact(p),
    }),
    defineSubject(payload, {
      slug: 'tasks',
      data: () => ({ number: 9000 + nextUnique(), title: 'Matrix task', status: 'ongoing' }),
      patch: (p, actor, id, summary) =>
        p.update({ collection: 'tasks', id, data: { summary }, depth: 0, ...actor }),
      patched: (doc) => doc.summary,
      fixture: (p) => createTask(p),
    }),
    defineSubject(payload, {
      slug: 'policy-articles',
      data: async (p) => ({ title: `Matrix article ${nextUnique()}`, country: (await createCountry(p)).id }),
      patch: (p, actor, id, summary) =>
        p.update({ collection: 'policy-articles', id, data: { summary }, depth: 0, ...actor }),
      patched: (doc) => doc.summary,
      fixture: (p) => createPolicyArticle(p),
    }),
    defineSubject(payload, {
      slug: 'media',
      data: () => ({ alt: `Matrix pixel ${nextUnique()}` }),
      file: () => toUpload(buildPng(), 'image/png', `matrix-${nextUnique()}.png`),
      patch: (p, actor, id, alt) => p.update({ collection: 'media', id, data: { alt }, depth: 0, ...actor }),
      patched: (doc) => doc.alt,
      fixture: (p) => createMedia(p, 'png'),
    }),
    defineSubject(payload, {
      slug: 'publications',
      data: () => ({ title: `Matrix report ${nextUnique()}`, type: 'other', year: 2020 }),
      patch: (p, actor, id, description) =>
        p.update({ collection: 'publications', id, data: { description }, depth: 0, ...actor }),
      patched: (doc) => doc.description,
      fixture: (p) => createPublication(p),
    }),
    defineSubject(payload, {
      slug: 'pdf-extracts',
      data: () => ({ source: `matrix-${nextUnique()}.pdf`, status: 'done' }),
      patch: (p, actor, id, error) =>
        p.update({ collection: 'pdf-extracts', id, data: { error }, depth: 0, ...actor }),
      patched: (doc) => doc.error,
      fixture: (p) => createExtract(p),
    }),
    defineSubject(payload, {
      slug: 'users',
      data: () => ({
        email: `matrix-${nextUnique()}@example.test`,
        password: 'correct-horse-battery',
        roles: ['editor'],
      }),
      patch: (p, actor, id, name) =>
        p.update({ collection: 'users', id, data: { name }, depth: 0, ...actor }),
      patched: (doc) => doc.name,
      fixture: (p) => createUser(p, 'editor'),
    }),
  ]
  return Object.fromEntries(subjects.map((subject) => [subject.slug, subject]))
}
