import Link from 'next/link'

import type { ArticleCountry } from '@/lib/data/readers/articles'
import { POLICIES_PAGE } from '@/lib/domain/urls'

type Props = {
  countries: ArticleCountry[]
  topics: string[]
  country: string | undefined
  topic: string | undefined
}

const SELECT_CLASS = 'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 sm:w-64'

/** The country and topic filter: a plain GET form, so it works without JavaScript. */
export function ArticleFilterForm({ countries, topics, country, topic }: Props) {
  const isFiltered = country !== undefined || topic !== undefined
  return (
    <form
      method="get"
      action={POLICIES_PAGE}
      aria-label="Filter articles"
      className="no-print mt-6 flex flex-wrap items-end gap-4 rounded border border-slate-200 bg-slate-50 p-4"
    >
      <div className="w-full sm:w-auto">
        <label htmlFor="filter-country" className="font-medium">
          Country
        </label>
        <select id="filter-country" name="country" defaultValue={country ?? ''} className={SELECT_CLASS}>
          <option value="">All countries</option>
          {countries.map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <div className="w-full sm:w-auto">
        <label htmlFor="filter-topic" className="font-medium">
          Topic
        </label>
        <select id="filter-topic" name="topic" defaultValue={topic ?? ''} className={SELECT_CLASS}>
          <option value="">All topics</option>
          {topics.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-900"
      >
        Show articles
      </button>
      {isFiltered && (
        <Link href={POLICIES_PAGE} className="py-1.5 text-brand-700 underline">
          Clear filters
        </Link>
      )}
    </form>
  )
}
