import { cache, Fragment } from 'react'

import { buildWordPattern } from '@/lib/domain/search/wordPattern'

// Built once per render for the words every Highlight of a page shares (the same array).
const patternFor = cache((words: readonly string[]) => buildWordPattern(words, 'giu'))

/**
 * Text with every occurrence of the words wrapped in `<mark>` (styled in globals.css); built from
 * React elements, so always escaped.
 */
export function Highlight({ text, words }: { text: string; words: readonly string[] }) {
  const pattern = patternFor(words)
  if (!pattern) return <>{text}</>
  // With a capturing group, `split` puts the matches at the odd indexes.
  const parts = text.split(pattern)
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  )
}
