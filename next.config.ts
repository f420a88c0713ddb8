import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import {
  BASE_POLICY,
  EMBED_POLICY,
  EMBED_PREFIX,
  PDF_POLICY,
  PUBLICATION_FILES_PREFIX,
} from './lib/platform/csp/policy'
import { LARGEST_BODY_BYTES } from './lib/platform/requests/bodyLimit'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Every path but the embeds' (`/embed` and below) and the publications' PDFs, which have policies of their own. */
const OWN_POLICIES = [EMBED_PREFIX, PUBLICATION_FILES_PREFIX].map((prefix) => prefix.slice(1)).join('|')
const NOT_EMBED = `/:path((?!(?:${OWN_POLICIES})(?:/|$)).*)`

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next hashes the whole page in JavaScript on every request to make its ETag: about 1.4 ms of
  // a cached country page's 3 ms (profiled). Pages are not revalidated by ETag then; an HTTP
  // cache in front (Varnish) keeps them.
  generateEtags: false,
  // A separate build folder lets a benchmark build beside the one the tests use.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  // Rendered pages and cached data live in the stores of lib/platform/cache/stores.mjs: Redis when
  // REDIS_URL is set (shared by every instance), else this process's memory. Next keeps no copy
  // of its own in front of them, so an expiry on any instance is seen by all.
  cacheHandler: path.join(dirname, 'lib/platform/cache/handler.mjs'),
  cacheMaxMemorySize: 0,
  // resvg and @napi-rs/canvas load native bindings (.node files) that a bundle cannot hold; pdfjs-dist
  // loads its worker, fonts and decoders from its own folder. The PDF reader runs them unbundled in
  // a child process (lib/platform/pdf/), and nothing bundled may pull them in.
  serverExternalPackages: [
    '@fortedigital/nextjs-cache-handler',
    '@redis/client',
    '@resvg/resvg-js',
    '@napi-rs/canvas',
    'pdfjs-dist',
  ],
  experimental: {
    // Next loads every route's code when it starts (Payload's admin included) unless told not to;
    // a route's code then loads on its first request. Measured: docs/operations.md, "Memory and
    // container size".
    preloadEntriesOnStart: false,
    // proxy.ts sees API bodies first; uploads must reach Payload whole (the proxy itself
    // refuses anything bigger than its limit, lib/platform/requests/bodyLimit.ts).
    proxyClientMaxBodySize: LARGEST_BODY_BYTES,
  },
  // `npm run typecheck` (part of `npm test`) checks types once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  headers: () =>
    Promise.resolve([
      // Turning draft mode on or off is for the one editor who asked.
      { source: '/preview/:path*', headers: [{ key: 'Cache-Control', value: 'private, no-store' }] },
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      // Only the site itself may frame its pages (the admin's live preview does). Pages add their
      // script-src (lib/platform/csp/policy.ts says how).
      {
        source: NOT_EMBED,
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: BASE_POLICY },
        ],
      },
      // A PDF is framed by the site only, and shown in the browser's own viewer.
      {
        source: `${PUBLICATION_FILES_PREFIX}/:path*`,
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: PDF_POLICY },
        ],
      },
      // Embeds are for any site to frame; X-Frame-Options has no value that allows that.
      {
        source: `${EMBED_PREFIX}/:path*`,
        headers: [{ key: 'Content-Security-Policy', value: EMBED_POLICY }],
      },
    ]),
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every response for the visitor's colour scheme (Accept-CH, Critical-CH and a Vary
 * on it). Only its admin uses that; on public pages Critical-CH makes Chromium load each first
 * page twice and the Vary splits shared caches, so those headers stay on /admin.
 */
async function headersWithoutPublicClientHints(): Promise<
  Awaited<ReturnType<NonNullable<NextConfig['headers']>>>
> {
  const rules = (await config.headers?.()) ?? []
  const isClientHint = (key: string) => /^(accept-ch|critical-ch)$/i.test(key)
  return rules.map((rule) => {
    const hasHints = rule.headers.some(({ key }) => isClientHint(key))
    return hasHints && rule.source === '/:path*' ? { ...rule, source: '/admin/:path*' } : rule
  })
}

export default { ...config, headers: headersWithoutPublicClientHints }
