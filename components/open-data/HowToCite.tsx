import { AccessDate } from '@/components/open-data/AccessDate'
import { splitCitation, type Citation } from '@/lib/domain/open-data/citation'

type Props = {
  citation: Citation
  /** The heading's level: 2 on full pages, 3 inside a section. */
  level?: 2 | 3
  id?: string
}

/** "How to cite": the page's title, publisher, year, address and the reader's access date; the licence linked. */
export function HowToCite({ citation, level = 2, id = 'how-to-cite' }: Props) {
  const { lead, url, licence } = splitCitation(citation)
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <section aria-labelledby={id} className="space-y-2">
      <Heading id={id} className={level === 2 ? 'text-2xl font-semibold' : 'text-lg font-semibold'}>
        How to cite
      </Heading>
      <p className="max-w-3xl rounded border border-slate-200 bg-slate-50 p-3 text-slate-800">
        {lead} <span className="break-all">{url}</span> (accessed <AccessDate />
        ). Licence:{' '}
        <a href={licence.url} rel="license" className="text-brand-700 underline">
          {licence.name}
        </a>
        .
      </p>
    </section>
  )
}
