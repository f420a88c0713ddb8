import { HowToCite } from '@/components/open-data/HowToCite'
import type { Citation } from '@/lib/domain/open-data/citation'

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
 * cite it. Links open a new tab (here and by the layout's <base target>): inside another site's
 * frame, the site would otherwise load in the frame.
 */
export function EmbedFooter({ pageHref, pageLabel, citation }: Props) {
  return (
    // The citation's heading is a section heading beside the charts', at the size of the footer.
    <footer className="space-y-3 border-t border-slate-200 pt-3 text-sm [&_h2]:text-base">
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
      <HowToCite citation={citation} id="embed-cite-heading" />
    </footer>
  )
}
