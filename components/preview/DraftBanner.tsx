import Link from 'next/link'

import { RefreshOnSave } from './RefreshOnSave'

/** Shown on every page while an editor previews drafts, with a way out. */
export function DraftBanner() {
  return (
    <div role="status" className="no-print bg-amber-100 px-4 py-2 text-center text-amber-950">
      You are previewing drafts: visitors do not see unpublished changes.{' '}
      <Link href="/preview/exit" prefetch={false} className="font-semibold underline">
        Exit preview
      </Link>
      <RefreshOnSave />
    </div>
  )
}
