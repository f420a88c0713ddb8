import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Not found', robots: { index: false } }

/** An embed of a country or comparison that is not published: no site chrome, as every embed. */
export default function EmbedNotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-xl font-bold">Not found</h1>
      <p>There is no published chart at this address.</p>
    </div>
  )
}
