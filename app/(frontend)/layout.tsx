import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { DraftBanner } from '@/components/preview/DraftBanner'
import { resolveSiteUrl } from '@/lib/platform/env'

import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(resolveSiteUrl()),
  title: { default: 'EV Country Profiles', template: '%s — EV Country Profiles' },
  description:
    'How countries adopt electric vehicles and what their policies say: yearly registrations, delegates, research tasks and policy articles.',
  openGraph: { siteName: 'EV Country Profiles', type: 'website', locale: 'en' },
}

export default async function FrontendLayout({ children }: { children: ReactNode }) {
  const { isEnabled: isPreviewing } = await draftMode()
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-900"
        >
          Skip to content
        </a>
        {isPreviewing && <DraftBanner />}
        <SiteHeader />
        {/* tabIndex -1: the skip link moves focus here, so the next Tab continues inside the content. */}
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none"
        >
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
