import Link from 'next/link'

import { Highlight } from '@/components/search/Highlight'
import type { ArticleHit, CountryHit, PublicationHit, TaskHit } from '@/lib/data/readers/search'
import { countryUrls, publicationUrls, taskPath } from '@/lib/domain/urls'

const ITEM = 'border-b border-slate-200 py-3'
const LINK = 'font-semibold text-brand-700 underline hover:text-brand-900'

function Snippet({ text, words }: { text: string | undefined; words: readonly string[] }) {
  return text ? (
    <p className="mt-1 text-slate-700">
      <Highlight text={text} words={words} />
    </p>
  ) : null
}

/** A country found by the search. */
export function CountryHitItem({ hit, words }: { hit: CountryHit; words: readonly string[] }) {
  return (
    <li className={ITEM}>
      <Link href={countryUrls(hit.slug).page} className={LINK}>
        <Highlight text={hit.name} words={words} />
      </Link>
      <Snippet text={hit.snippet} words={words} />
    </li>
  )
}

/** An article found by the search, linked to its best-matching section. */
export function ArticleHitItem({ hit, words }: { hit: ArticleHit; words: readonly string[] }) {
  const meta = [hit.country, hit.topic, hit.section && `Section: ${hit.section}`].filter(Boolean).join(' · ')
  return (
    <li className={ITEM}>
      <Link href={hit.href} className={LINK}>
        <Highlight text={hit.title} words={words} />
      </Link>
      {meta && <p className="text-sm text-slate-600">{meta}</p>}
      <Snippet text={hit.snippet} words={words} />
    </li>
  )
}

/** A task found by the search. */
export function TaskHitItem({ hit, words }: { hit: TaskHit; words: readonly string[] }) {
  return (
    <li className={ITEM}>
      <Link href={taskPath(hit.number)} className={LINK}>
        Task {hit.number}: <Highlight text={hit.title} words={words} />
      </Link>
      <span className="ml-2 text-sm text-slate-600">
        ({hit.status === 'ongoing' ? 'ongoing' : 'completed'})
      </span>
      <Snippet text={hit.snippet} words={words} />
    </li>
  )
}

/** A publication found by the search; where the words are in its PDF, the page, linked to open there. */
export function PublicationHitItem({ hit, words }: { hit: PublicationHit; words: readonly string[] }) {
  return (
    <li className={ITEM}>
      <Link href={publicationUrls(hit.slug).page} className={LINK}>
        <Highlight text={hit.title} words={words} />
      </Link>
      <p className="text-sm text-slate-600">
        {hit.meta}
        {hit.page && (
          <>
            {' · '}
            <a href={hit.page.href} className="text-brand-700 underline">
              Found on page {hit.page.number} of the PDF
            </a>
          </>
        )}
      </p>
      <Snippet text={hit.snippet} words={words} />
    </li>
  )
}
