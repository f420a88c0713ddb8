import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { resolveSiteUrl } from '@/lib/platform/env'

import '../(frontend)/globals.css'

// The embeds' own root layout: other sites frame these pages (next.config.ts lets any site do
// so for /embed only), so they carry no header, navigation or footer of the site.
export const metadata: Metadata = {
  metadataBase: new URL(resolveSiteUrl()),
  title: { default: 'EV Country Profiles', template: '%s — EV Country Profiles' },
  // The pages they show are the ones to find; an embed is a copy of part of one.
  robots: { index: false },
}

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        {/* Every link leaves the frame for a new tab, the citation's and the chart's included. */}
        <base target="_blank" />
      </head>
      <body className="bg-white text-slate-900 antialiased">
        <main className="mx-auto w-full max-w-3xl space-y-4 p-3">{children}</main>
      </body>
    </html>
  )
}
