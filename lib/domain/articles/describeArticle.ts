import { toPlainText } from '@/lib/domain/richtext/plainText'

const MAX_DESCRIPTION = 160

/** Cuts text at a word boundary near `max` characters, adding an ellipsis when it cut. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text)
  if (chars.length <= max) return text
  const cut = chars.slice(0, max).join('')
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}

/** A meta description for an article: its summary, else the start of its body; undefined if both are empty. */
export function describeArticle(article: { summary: string | null; body: unknown }): string | undefined {
  const text = article.summary?.trim() || toPlainText(article.body).split('\n', 1)[0] || ''
  const collapsed = text.replace(/\s+/g, ' ').trim()
  return collapsed === '' ? undefined : shorten(collapsed, MAX_DESCRIPTION)
}
