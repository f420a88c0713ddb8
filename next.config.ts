import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { LARGEST_BODY_BYTES } from './lib/requests/bodyLimit'
import { listPlainViewRewrites } from './lib/views/listViews'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next's ETag hashes the whole page in JavaScript on every request; the production server
  // (scripts/start-server.mjs) sets a cheaper one on the pages it holds anyway (lib/csp/entityTag.mjs).
  generateEtags: false,
  // A separate build folder lets a benchmark build beside the one the tests use.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  // Rendered pages and cached data live in memory only (an LRU of this size), so the number
  // of distinct filter queries a visitor can request never fills the disk.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // proxy.ts sees API bodies first; uploads must reach Payload whole (the proxy itself
    // refuses anything bigger than its limit, lib/requests/bodyLimit.ts).
    proxyClientMaxBodySize: LARGEST_BODY_BYTES,
  },
  // `npm run typecheck` (part of `npm test`) checks types once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // `/countries` and the other list pages without a filter; proxy.ts handles them with one.
  rewrites: () => Promise.resolve({ beforeFiles: listPlainViewRewrites(), afterFiles: [], fallback: [] }),
  headers: () =>
    Promise.resolve([
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          // Only the site itself may frame its pages (the admin's live preview does).
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          {
            key: 'Content-Security-Policy',
            value: "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
          },
        ],
      },
    ]),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
