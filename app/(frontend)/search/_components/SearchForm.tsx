import { MAX_QUERY_LENGTH } from '@/lib/domain/query'
import { SEARCH_PAGE } from '@/lib/domain/urls'

/** The search box of the search page, pre-filled with the current query; a plain GET form. */
export function SearchForm({ query }: { query: string }) {
  return (
    <form
      role="search"
      aria-label="Search the site again"
      action={SEARCH_PAGE}
      method="get"
      className="mt-4 flex flex-wrap items-end gap-3"
    >
      <div className="grow sm:grow-0">
        <label htmlFor="search-query" className="block font-medium">
          Search for
        </label>
        <input
          id="search-query"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5 sm:w-96"
        />
      </div>
      <button
        type="submit"
        className="rounded bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-900"
      >
        Search
      </button>
    </form>
  )
}
