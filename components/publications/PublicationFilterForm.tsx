import Link from 'next/link'
import type { ReactNode } from 'react'

import type { listFilterOptions, PublicationFilters } from '@/lib/domain/publications/filters'
import { publicationTypeLabel } from '@/lib/domain/publications/types'
import { PUBLICATIONS_PAGE } from '@/lib/domain/urls'

type Props = { options: ReturnType<typeof listFilterOptions>; filters: PublicationFilters }

const SELECT_CLASS = 'mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 sm:w-56'

function Select({
  id,
  name,
  label,
  value,
  children,
}: {
  id: string
  name: string
  label: string
  value: string
  children: ReactNode
}) {
  return (
    <div className="w-full sm:w-auto">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={SELECT_CLASS}>
        {children}
      </select>
    </div>
  )
}

/** Type, year, task and country: a plain GET form, so it works without JavaScript. */
export function PublicationFilterForm({ options, filters }: Props) {
  const isFiltered = Object.keys(filters).length > 0
  return (
    <form
      method="get"
      action={PUBLICATIONS_PAGE}
      aria-label="Filter publications"
      className="no-print mt-6 flex flex-wrap items-end gap-4 rounded border border-slate-200 bg-slate-50 p-4"
    >
      <Select id="filter-type" name="type" label="Type" value={filters.type ?? ''}>
        <option value="">All types</option>
        {options.types.map((type) => (
          <option key={type} value={type}>
            {publicationTypeLabel(type)}
          </option>
        ))}
      </Select>
      <Select id="filter-year" name="year" label="Year" value={filters.year ? String(filters.year) : ''}>
        <option value="">All years</option>
        {options.years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </Select>
      <Select id="filter-task" name="task" label="Task" value={filters.task ? String(filters.task) : ''}>
        <option value="">All tasks</option>
        {options.tasks.map((task) => (
          <option key={task.number} value={task.number}>
            Task {task.number}: {task.title}
          </option>
        ))}
      </Select>
      <Select id="filter-country" name="country" label="Country" value={filters.country ?? ''}>
        <option value="">All countries</option>
        {options.countries.map((country) => (
          <option key={country.slug} value={country.slug}>
            {country.name}
          </option>
        ))}
      </Select>
      <button
        type="submit"
        className="rounded bg-brand-700 px-4 py-1.5 font-medium text-white hover:bg-brand-900"
      >
        Show publications
      </button>
      {isFiltered && (
        <Link href={PUBLICATIONS_PAGE} className="py-1.5 text-brand-700 underline">
          Clear filters
        </Link>
      )}
    </form>
  )
}
