import type { ReactNode } from 'react'

import type { Heading } from '@/lib/domain/richtext/headings'

const HEADING_CLASSES = {
  h2: 'mt-10 mb-3 scroll-mt-4 text-2xl font-semibold',
  h3: 'mt-8 mb-2 scroll-mt-4 text-xl font-semibold',
  h4: 'mt-6 mb-2 scroll-mt-4 text-lg font-semibold',
} as const

/** A section heading with the id the table of contents links to. */
export function renderHeading(heading: Heading, children: ReactNode[]): ReactNode {
  const Tag: keyof typeof HEADING_CLASSES = `h${heading.level}`
  return (
    <Tag id={heading.id} className={HEADING_CLASSES[Tag]}>
      {children}
    </Tag>
  )
}
