import type { ReactNode } from 'react'

type Props = {
  id: string
  title: string
  shown: number
  total: number
  children: ReactNode
}

/**
 * One kind of result under its own heading, saying when only the first hits are shown; nothing
 * when none is shown.
 */
export function ResultGroup({ id, title, shown, total, children }: Props) {
  if (shown === 0) return null
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-2xl font-semibold">
        {title} <span className="text-base font-normal text-slate-600">({total})</span>
      </h2>
      {total > shown && (
        <p className="mt-1 text-sm text-slate-700">
          Showing the first {shown} of {total}. Add words to narrow the search.
        </p>
      )}
      <ul className="mt-2">{children}</ul>
    </section>
  )
}
