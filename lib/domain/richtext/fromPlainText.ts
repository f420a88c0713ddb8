import { lineBreakNode, paragraphNode, type RichTextValue, rootNode, textNode } from './build'

/**
 * Plain text as rich text: blank lines separate paragraphs, single line ends become line breaks.
 * Used for values stored before a field became rich text.
 */
export function plainTextToLexical(text: string): RichTextValue {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()))
    .filter((lines) => lines.some((line) => line !== ''))
  return rootNode(
    paragraphs.map((lines) =>
      paragraphNode(
        lines.flatMap((line, index) => [
          ...(index > 0 ? [lineBreakNode()] : []),
          ...(line ? [textNode(line)] : []),
        ]),
      ),
    ),
  )
}

/**
 * A field hook for a field that used to hold plain text: a string (from a database written
 * before the change, e.g. MongoDB, which needs no migration) is read and saved as rich text.
 */
export function plainTextAsRichText({ value }: { value?: unknown }): unknown {
  if (typeof value !== 'string') return value
  return value.trim() === '' ? null : plainTextToLexical(value)
}
