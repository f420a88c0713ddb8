import { cleanText } from '@/lib/text'

import type { Block } from './types'

const HEADING = /^(#{1,6})[ \t]+(.*)$/
const LIST_ITEM = /^[-*+][ \t]+(\S.*)$/
const THEMATIC_BREAK = /^([-*_])([ \t]*\1){2,}$/

/** Markdown has six heading levels; pages use 2–4 below the page title. */
function toHeadingLevel(hashes: number): 2 | 3 | 4 {
  if (hashes <= 2) return 2
  if (hashes === 3) return 3
  return 4
}

/** Splits Markdown into headings, paragraphs and lists; inline markup is kept as text. */
export function parseMarkdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let items: string[] = []

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') })
    if (items.length > 0) blocks.push({ type: 'list', items })
    paragraph = []
    items = []
  }

  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const text = cleanText(line)
    const heading = HEADING.exec(text)
    const item = LIST_ITEM.exec(text)
    const lastItem = items.length - 1

    if (!text || THEMATIC_BREAK.test(text)) {
      flush()
    } else if (lastItem >= 0 && /^\s/.test(line) && !item) {
      // An indented line under a list item continues that item.
      items[lastItem] = `${items[lastItem] ?? ''} ${text}`
    } else if (heading) {
      flush()
      const headingText = cleanText((heading[2] ?? '').replace(/[ \t]+#+$/, '').replace(/^#+$/, ''))
      if (headingText) {
        blocks.push({ type: 'heading', level: toHeadingLevel(heading[1]?.length ?? 2), text: headingText })
      }
    } else if (item) {
      if (paragraph.length > 0) flush()
      items.push(cleanText(item[1] ?? ''))
    } else {
      if (items.length > 0) flush()
      paragraph.push(text)
    }
  }
  flush()
  return blocks
}
