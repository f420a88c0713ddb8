import type { PolicyArticle } from '@/payload-types'

/** The stored shape of a rich-text field. */
export type RichTextValue = NonNullable<PolicyArticle['body']>

/** A minimal Lexical document: one paragraph holding one link with the given URL. */
export function richTextWithLink(url: string): RichTextValue {
  const text = {
    type: 'text',
    version: 1,
    text: 'the report',
    format: 0,
    style: '',
    mode: 'normal',
    detail: 0,
  }
  const link = {
    type: 'link',
    version: 3,
    fields: { url, linkType: 'custom', newTab: false },
    children: [text],
    direction: 'ltr',
    format: '',
    indent: 0,
  }
  const paragraph = {
    type: 'paragraph',
    version: 1,
    children: [link],
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
  }
  return {
    root: { type: 'root', version: 1, children: [paragraph], direction: 'ltr', format: '', indent: 0 },
  }
}

/** The types of the top-level blocks of a stored rich-text value. */
export function blockTypes(value: RichTextValue | null | undefined): string[] {
  return (value?.root.children ?? []).map((node): string => String(node.type))
}

/** The tags of the top-level headings of a stored rich-text value. */
export function headingTags(value: RichTextValue | null | undefined): string[] {
  return (value?.root.children ?? [])
    .filter((node) => node.type === 'heading')
    .map((node): string => String(node.tag))
}

/** A minimal Lexical document: one paragraph of plain text. */
export function richTextParagraph(text: string): RichTextValue {
  const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
  const leaf = { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }
  const paragraph = { ...block, type: 'paragraph', textFormat: 0, children: [leaf] }
  return { root: { ...block, type: 'root', children: [paragraph] } } as unknown as RichTextValue
}
