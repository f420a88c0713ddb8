import { formatCitation, type Citation } from '@/lib/open-data/citation'

type Props = {
  /** The site's page this embed is part of. */
  pageHref: string
  /** What that page is, e.g. "Belgium's full profile". */
  pageLabel: string
  citation: Citation
}

const LINK = 'font-medium text-brand-700 underline'

/**
 * What every embed ends with: the way back to the page it comes from, the licence and how to
 * cite it. Links open a new tab: inside another site's frame, the site would otherwise load
 * in the frame.
 */
export function EmbedFooter({ pageHref, pageLabel, citation }: Props) {
  return (
    <footer className="space-y-3 border-t border-slate-200 pt-3 text-sm">
      <p>
        <a href={pageHref} target="_blank" rel="noopener" className={LINK}>
          {pageLabel} on EV Country Profiles<span className="sr-only"> (opens in a new tab)</span>
        </a>
      </p>
      <p className="text-slate-700">
        Data: {citation.publisher}, licence{' '}
        <a href={citation.licence.url} target="_blank" rel="license noopener" className={LINK}>
          {citation.licence.name}
        </a>
        .
      </p>
      {/* TODO(issue-16 merge): replace this section with <HowToCite citation={citation} /> from
          components/open-data/HowToCite.tsx once it lands. */}
      <section aria-labelledby="embed-cite-heading" className="space-y-1">
        <h2 id="embed-cite-heading" className="font-semibold">
          How to cite
        </h2>
        <p className="text-slate-700">{formatCitation(citation, null)}</p>
      </section>
    </footer>
  )
}
