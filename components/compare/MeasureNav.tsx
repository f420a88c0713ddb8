import Link from 'next/link'

import type { CompareChoice } from '@/lib/domain/compare/query'
import { compareHref } from '@/lib/domain/urls'
import { MEASURE_KEYS, MEASURES } from '@/lib/domain/statistics/measures'

/** One link per measure for the same countries: switching needs no form and no JavaScript. */
export function MeasureNav({ choice }: { choice: CompareChoice }) {
  return (
    <nav aria-label="Compare by" className="no-print">
      <ul className="flex flex-wrap gap-2">
        {MEASURE_KEYS.map((key) => {
          const isCurrent = key === choice.measure
          return (
            <li key={key}>
              <Link
                href={compareHref({ ...choice, measure: key })}
                aria-current={isCurrent ? 'page' : undefined}
                className={`rounded border px-3 py-1 ${isCurrent ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 text-brand-700 underline'}`}
              >
                {MEASURES[key].title.replace(/^./, (first) => first.toUpperCase())}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
