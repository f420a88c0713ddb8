import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  isBuildPhase,
  MIN_SECRET_LENGTH,
  resolveAllowedOrigins,
  resolvePayloadSecret,
  resolveRevalidateSecret,
} from '@/lib/platform/env'
import { ConfigError } from '@/lib/platform/errors'

const strongSecret = 'a'.repeat(MIN_SECRET_LENGTH)

describe('resolvePayloadSecret in production', () => {
  it.each([
    ['unset', {}],
    ['empty', { PAYLOAD_SECRET: '' }],
    ['blank', { PAYLOAD_SECRET: '    ' }],
  ])('refuses a %s PAYLOAD_SECRET', (_label, extra) => {
    const resolve = () => resolvePayloadSecret({ NODE_ENV: 'production', ...extra })
    expect(resolve).toThrow(ConfigError)
    expect(resolve).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it.each([1, 16, MIN_SECRET_LENGTH - 1])('refuses a PAYLOAD_SECRET of %i characters', (length) => {
    const resolve = () => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(length) })
    expect(resolve).toThrow(ConfigError)
    expect(resolve).toThrow(new RegExp(`PAYLOAD_SECRET is too short \\(${length} characters\\)`))
  })

  it('does not count surrounding whitespace towards the length', () => {
    const padded = `   ${'x'.repeat(MIN_SECRET_LENGTH - 1)}   `
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: padded })).toThrow(
      /too short/,
    )
  })

  it('accepts a secret of at least 32 characters', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strongSecret })).toBe(strongSecret)
  })
})

describe('resolvePayloadSecret during the build', () => {
  const build = { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' } as const

  it('recognises the build phase', () => {
    expect(isBuildPhase(build)).toBe(true)
    expect(isBuildPhase({ NODE_ENV: 'production' })).toBe(false)
  })

  it('needs no secret', () => {
    expect(resolvePayloadSecret(build)).toEqual(expect.any(String))
    expect(resolvePayloadSecret(build).length).toBeGreaterThan(0)
  })

  it('accepts a short secret without complaint, and uses it', () => {
    expect(resolvePayloadSecret({ ...build, PAYLOAD_SECRET: 'short' })).toBe('short')
  })
})

describe('resolvePayloadSecret in development and tests', () => {
  const originalCwd = process.cwd()
  let workDir: string

  // The development fallback writes data/.payload-secret.dev relative to the working directory.
  beforeEach(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'evcp-env-'))
    process.chdir(workDir)
  })
  afterEach(() => {
    process.chdir(originalCwd)
    rmSync(workDir, { recursive: true, force: true })
  })

  it('works without a secret and keeps the generated one across restarts', () => {
    const first = resolvePayloadSecret({ NODE_ENV: 'development' })
    expect(first.length).toBeGreaterThanOrEqual(MIN_SECRET_LENGTH)
    const file = path.join(workDir, 'data', '.payload-secret.dev')
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(resolvePayloadSecret({ NODE_ENV: 'development' })).toBe(first)
  })

  it('uses a given secret', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'development', PAYLOAD_SECRET: ` ${strongSecret} ` })).toBe(
      strongSecret,
    )
    expect(existsSync(path.join(workDir, 'data'))).toBe(false)
  })

  it('gives tests a fresh random secret and writes nothing', () => {
    const first = resolvePayloadSecret({ NODE_ENV: 'test' })
    expect(first.length).toBeGreaterThanOrEqual(MIN_SECRET_LENGTH)
    expect(resolvePayloadSecret({ NODE_ENV: 'test' })).not.toBe(first)
    expect(existsSync(path.join(workDir, 'data'))).toBe(false)
  })
})

describe('resolveRevalidateSecret', () => {
  it('is undefined (endpoint disabled) when unset', () => {
    expect(resolveRevalidateSecret({ NODE_ENV: 'production' })).toBeUndefined()
  })

  it('refuses a short secret in production, naming REVALIDATE_SECRET', () => {
    const resolve = () => resolveRevalidateSecret({ NODE_ENV: 'production', REVALIDATE_SECRET: 'short' })
    expect(resolve).toThrow(ConfigError)
    expect(resolve).toThrow(/REVALIDATE_SECRET is too short \(5 characters\)/)
  })

  it('accepts a long secret in production and any secret in development', () => {
    expect(resolveRevalidateSecret({ NODE_ENV: 'production', REVALIDATE_SECRET: strongSecret })).toBe(
      strongSecret,
    )
    expect(resolveRevalidateSecret({ NODE_ENV: 'development', REVALIDATE_SECRET: 'dev' })).toBe('dev')
  })
})

describe('resolveAllowedOrigins', () => {
  it('allows only the origin of SITE_URL in production', () => {
    expect(
      resolveAllowedOrigins({
        NODE_ENV: 'production',
        SITE_URL: 'https://ev.example.org/some/path',
        PORT: '80',
      }),
    ).toEqual(['https://ev.example.org'])
  })

  it('defaults to http://localhost:3000 in production when SITE_URL is unset', () => {
    expect(resolveAllowedOrigins({ NODE_ENV: 'production' })).toEqual(['http://localhost:3000'])
  })

  it('adds both loopback names of the dev server in development', () => {
    expect(resolveAllowedOrigins({ NODE_ENV: 'development', PORT: '3005' })).toEqual([
      'http://localhost:3000',
      'http://localhost:3005',
      'http://127.0.0.1:3005',
    ])
  })

  it('refuses a SITE_URL that is not an http(s) URL, naming it', () => {
    expect(() => resolveAllowedOrigins({ NODE_ENV: 'production', SITE_URL: 'ftp://x' })).toThrow(/SITE_URL/)
  })
})
