import type { Heading } from '@/lib/domain/richtext/headings'

type Entry = { heading: Heading; children: Heading[] }

/** Groups h3s under the h2 before them; an h3 before any h2 stands on its own. h4s are left out. */
function nestHeadings(headings: Heading[]): Entry[] {
  const entries: Entry[] = []
  for (const heading of headings) {
    const parent = entries.at(-1)
    if (heading.level === 2) entries.push({ heading, children: [] })
    else if (heading.level === 3 && parent?.heading.level === 2) parent.children.push(heading)
    else if (heading.level === 3) entries.push({ heading, children: [] })
  }
  return entries
}

function TocLink({ heading }: { heading: Heading }) {
  return (
    <a href={`#${heading.id}`} className="text-brand-700 underline hover:text-brand-900">
      {heading.text || 'Untitled section'}
    </a>
  )
}

/** The article's table of contents: links to every h2 and h3, h3s nested under their h2. */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  const entries = nestHeadings(headings)
  if (entries.length === 0) return null
  return (
    <nav aria-label="Table of contents" className="mt-8 rounded border border-slate-200 bg-slate-50 p-4">
      <h2 className="text-lg font-semibold">Contents</h2>
      <ul className="mt-2 space-y-1">
        {entries.map(({ heading, children }) => (
          <li key={heading.id}>
            <TocLink heading={heading} />
            {children.length > 0 && (
              <ul className="mt-1 space-y-1 pl-5">
                {children.map((child) => (
                  <li key={child.id}>
                    <TocLink heading={child} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
