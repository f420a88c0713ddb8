import type { ReactNode } from 'react'

import type { LexicalNode } from '@/lib/domain/richtext/nodes'

// Lexical stores inline formats as a bitmask; innermost wrapper first.
const FORMATS: Array<{ bit: number; wrap: (child: ReactNode) => ReactNode }> = [
  {
    bit: 16,
    wrap: (child) => <code className="rounded bg-slate-100 px-1 font-mono text-[0.9em]">{child}</code>,
  },
  { bit: 32, wrap: (child) => <sub>{child}</sub> },
  { bit: 64, wrap: (child) => <sup>{child}</sup> },
  { bit: 4, wrap: (child) => <s>{child}</s> },
  { bit: 8, wrap: (child) => <u>{child}</u> },
  { bit: 2, wrap: (child) => <em>{child}</em> },
  { bit: 1, wrap: (child) => <strong>{child}</strong> },
]

/** A text node as React text (so always escaped), wrapped in its bold/italic/underline/… elements. */
export function renderText(node: LexicalNode): ReactNode {
  if (typeof node.text !== 'string' || node.text === '') return null
  const format = typeof node.format === 'number' ? node.format : 0
  return FORMATS.reduce<ReactNode>((child, { bit, wrap }) => (format & bit ? wrap(child) : child), node.text)
}
