/** Heading levels the site renders: h1 belongs to the page title, deeper levels are shown as h4. */
export type HeadingLevel = 2 | 3 | 4

/** The deepest level pages use; deeper nesting is shown at this level. */
export const DEEPEST_BODY_LEVEL = 4

/** The level one below `parent` (h1 for none), never deeper than h4. */
function levelBelow(parent: HeadingLevel | undefined): HeadingLevel {
  if (parent === undefined) return 2
  return parent === 2 ? 3 : 4
}

/**
 * The levels to show headings at, given the levels they were written at (1–6), so that the outline
 * starts at h2 and never skips a level: a heading goes one level below the nearest earlier heading
 * written at a higher level (`##` then `####` gives h2 then h3), and never deeper than h4.
 */
export function outlineLevels(written: readonly number[]): HeadingLevel[] {
  const open: { written: number; shown: HeadingLevel }[] = []
  return written.map((level) => {
    while (open.length > 0 && (open.at(-1)?.written ?? 0) >= level) open.pop()
    const shown = levelBelow(open.at(-1)?.shown)
    open.push({ written: level, shown })
    return shown
  })
}
