import Link from 'next/link'

type Props = {
  /** Whether anything is published at all (the filters then matched none of it). */
  hasAny: boolean
  /** What the list holds, plural and lowercase: "policy articles". */
  nothingPublished: string
  /** What the filters look for, plural and lowercase: "articles". */
  noneMatching: string
  /** The unfiltered list. */
  allHref: string
}

/** What a filtered list says when it shows nothing: nothing published yet, or nothing matching. */
export function EmptyListMessage({ hasAny, nothingPublished, noneMatching, allHref }: Props) {
  return (
    <p className="mt-4">
      {hasAny ? (
        <>
          No {noneMatching} match these filters.{' '}
          <Link href={allHref} className="text-brand-700 underline">
            Show all {noneMatching}
          </Link>
          .
        </>
      ) : (
        `No ${nothingPublished} have been published yet.`
      )}
    </p>
  )
}
