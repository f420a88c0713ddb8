import Link from 'next/link'

type Props = {
  page: number
  pageCount: number
  /** The address of a page number (keeps the list's filters). */
  hrefFor: (page: number) => string
  /** What the pages are of, for screen readers: "Pages of articles". */
  label: string
}

/** Previous and next links and where the reader is; nothing when there is a single page. */
export function Pagination({ page, pageCount, hrefFor, label }: Props) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label={label} className="no-print mt-6 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" className="text-brand-700 underline">
          Previous page
        </Link>
      )}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} rel="next" className="text-brand-700 underline">
          Next page
        </Link>
      )}
    </nav>
  )
}
