import type { Page } from '@playwright/test'

export type HeadingInfo = { level: number; text: string }

/** The page's headings in document order, with their levels. */
export async function readHeadings(page: Page): Promise<HeadingInfo[]> {
  return page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((elements) =>
    elements.map((element) => ({
      level: Number(element.tagName.slice(1)),
      text: (element.textContent ?? '').trim(),
    })),
  )
}

/** The headings where the outline jumps more than one level down (h1 → h3), as readable text. */
export function findSkippedLevels(headings: HeadingInfo[]): string[] {
  const skips: string[] = []
  let previous = 0
  for (const heading of headings) {
    if (heading.level > previous + 1) skips.push(`h${previous} → h${heading.level} "${heading.text}"`)
    previous = heading.level
  }
  return skips
}
