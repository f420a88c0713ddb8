import Link from 'next/link'
import { COUNTRIES_PAGE, POLICIES_PAGE, PUBLICATIONS_PAGE, TASKS_PAGE } from '@/lib/domain/urls'

/** What the search covers, shown before anything has been searched for. */
export function SearchHelp() {
  return (
    <div className="mt-6 max-w-3xl space-y-3">
      <p>Type one or more words to find them in:</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href={COUNTRIES_PAGE} className="text-brand-700 underline">
            Countries
          </Link>
          : names and narratives;
        </li>
        <li>
          <Link href={POLICIES_PAGE} className="text-brand-700 underline">
            Policy articles
          </Link>
          : titles, summaries, topics and text;
        </li>
        <li>
          <Link href={TASKS_PAGE} className="text-brand-700 underline">
            Tasks
          </Link>
          : titles, numbers and descriptions;
        </li>
        <li>
          <Link href={PUBLICATIONS_PAGE} className="text-brand-700 underline">
            Publications
          </Link>
          : titles, descriptions and the text inside their PDFs, with the page it is on.
        </li>
      </ul>
      <p>Results contain all the words you type, in any order; capital letters do not matter.</p>
    </div>
  )
}
