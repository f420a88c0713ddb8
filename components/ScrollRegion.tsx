import type { ReactNode } from 'react'

type Props = { label: string; className?: string; children: ReactNode }

/**
 * A box that scrolls sideways when its content is wider than a phone screen. It is a named,
 * focusable region so keyboard users can reach it and scroll it with the arrow keys.
 */
export function ScrollRegion({ label, className, children }: Props) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className ?? ''}`}>
      {children}
    </div>
  )
}
