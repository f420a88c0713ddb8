// Each test checks one assumption of lib/platform/framework/contracts.mjs against the installed
// packages. A failure here after an upgrade names the layer to revisit (docs/architecture.md,
// "Framework contracts"); do not change the expectation without changing that layer.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { describe, expect, it } from 'vitest'

import * as contracts from '@/lib/platform/framework/contracts.mjs'

const require = createRequire(import.meta.url)

/** A CommonJS module of the installed Next.js, by its path under next/dist. */
function nextInternal(path: string): Record<string, unknown> {
  return require(`next/dist/${path}`) as Record<string, unknown>
}

describe('Next.js internals the cache and the production server rely on', () => {
  it('names App Router cache entries APP_PAGE and APP_ROUTE (publicResponse.mjs adds public headers to these)', () => {
    const { CachedRouteKind } = nextInternal('server/response-cache/types.js') as {
      CachedRouteKind: Record<string, string>
    }
    expect(contracts.NEXT_PAGE_ENTRY_KINDS).toEqual([CachedRouteKind.APP_PAGE, CachedRouteKind.APP_ROUTE])
  })

  it('reads a cached page’s lifetime from the entry’s cacheControl, else 1 s (the cache handler restores it for entries from Redis)', () => {
    const source = readFileSync(require.resolve('next/dist/server/lib/incremental-cache/index.js'), 'utf8')
    expect(source).toContain(`cacheData.${contracts.NEXT_ENTRY_LIFETIME_FIELD}`)
    expect(source).toMatch(/cacheControl \? cacheControl\.revalidate : isFallback \? false : 1/)
  })

  it('lists a cache entry’s tags in x-next-cache-tags and prefixes its implicit tags with _N_T_ (the Surrogate-Key)', () => {
    const constants = nextInternal('lib/constants.js')
    expect(constants.NEXT_CACHE_TAGS_HEADER).toBe(contracts.NEXT_CACHE_TAGS_HEADER)
    expect(constants.NEXT_CACHE_IMPLICIT_TAG_ID).toBe(contracts.NEXT_IMPLICIT_TAG_PREFIX)
  })

  it('marks every client navigation request with one of the headers the response cache passes to Next', () => {
    const { FLIGHT_HEADERS } = nextInternal('client/components/app-router-headers.js') as {
      FLIGHT_HEADERS: string[]
    }
    expect([...contracts.NEXT_NAVIGATION_HEADERS].sort()).toEqual([...FLIGHT_HEADERS].sort())
  })

  it('says where an answer came from in x-nextjs-cache (the response cache does not store it)', () => {
    const source = readFileSync(require.resolve('next/dist/build/templates/app-page-runtime.js'), 'utf8')
    expect(source).toContain(`'${contracts.NEXT_CACHE_STATUS_HEADER}'`)
  })

  it('writes the build manifest as build-manifest.json (the compile hint reads rootMainFiles there; e2e/compile-hints.spec.ts checks a real build)', () => {
    expect(nextInternal('shared/lib/constants.js').BUILD_MANIFEST).toBe(contracts.NEXT_BUILD_MANIFEST)
    expect(contracts.readRootMainFiles({ rootMainFiles: ['static/chunks/a.js', 3] })).toEqual([
      'static/chunks/a.js',
    ])
    expect(contracts.readRootMainFiles({ pages: {} })).toEqual([])
  })
})

describe('the prompts package, through which Payload asks questions', () => {
  it('has one function per question type in lib/prompts.js (commands without a terminal replace them)', () => {
    const questions = require(contracts.PROMPTS_QUESTIONS_MODULE) as Record<string, unknown>
    for (const type of ['confirm', 'text', 'select', 'toggle'])
      expect(typeof questions[type]).toBe('function')
  })
})
