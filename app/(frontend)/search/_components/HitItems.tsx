import { Highlight } from '@/components/search/Highlight'
import type { ArticleHit, CountryHit, PublicationHit, TaskHit } from '@/lib/data/readers/search'
import { countryUrls, publicationUrls, taskPath } from '@/lib/domain/urls'

const ITEM = 'border-b border-slate-200 py-3'
const LINK = 'font-semibold text-brand-700 underline hover:text-brand-900'
// Plain links, as in the map's table: up to 60 client-side Links would each be hydrated, and each
// in view would prefetch its page, so every search would bring dozens of requests behind it.

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
      <a href={countryUrls(hit.slug).page} className={LINK}>
        <Highlight text={hit.name} words={words} />
      </a>
      <Snippet text={hit.snippet} words={words} />
    </li>
  )
}

/** An article found by the search, linked to its best-matching section. */
export function ArticleHitItem({ hit, words }: { hit: ArticleHit; words: readonly string[] }) {
  const meta = [hit.country, hit.topic, hit.section && `Section: ${hit.section}`].filter(Boolean).join(' · ')
  return (
    <li className={ITEM}>
      <a href={hit.href} className={LINK}>
        <Highlight text={hit.title} words={words} />
      </a>
      {meta && <p className="text-sm text-slate-600">{meta}</p>}
      <Snippet text={hit.snippet} words={words} />
    </li>
  )
}

/** A task found by the search. */
export function TaskHitItem({ hit, words }: { hit: TaskHit; words: readonly string[] }) {
  return (
    <li className={ITEM}>
      <a href={taskPath(hit.number)} className={LINK}>
        Task {hit.number}: <Highlight text={hit.title} words={words} />
      </a>
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
      <a href={publicationUrls(hit.slug).page} className={LINK}>
        <Highlight text={hit.title} words={words} />
      </a>
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
