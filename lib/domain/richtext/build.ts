/**
 * Builders for the Lexical JSON that Payload stores, one per node type the editor allows
 * (`fields/richText.ts`). Imports, the seed and migrations build bodies only through these, so
 * every stored node has the shape the editor and the renderer expect.
 */

/** One serialized Lexical node. */
export type LexicalJson = { type: string; version: number; [key: string]: unknown }

/** A rich-text value as stored in a Payload field. */
export type RichTextValue = {
  root: {
    type: 'root'
    version: number
    children: LexicalJson[]
    direction: 'ltr' | null
    format: ''
    indent: number
  }
}

/** Lexical's inline format bits. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const

/** Heading tags the editor offers. */
export type HeadingTag = 'h2' | 'h3' | 'h4'

const element = { direction: 'ltr' as const, format: '' as const, indent: 0 }

export function textNode(text: string, format = 0): LexicalJson {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' }
}

export function lineBreakNode(): LexicalJson {
  return { type: 'linebreak', version: 1 }
}

/** A paragraph; like the editor, it records the format of its first text as the one to type with. */
export function paragraphNode(children: LexicalJson[]): LexicalJson {
  const first = children[0]
  const textFormat = first?.type === 'text' && typeof first.format === 'number' ? first.format : 0
  return { type: 'paragraph', version: 1, ...element, textFormat, textStyle: '', children }
}

export function headingNode(tag: HeadingTag, children: LexicalJson[]): LexicalJson {
  return { type: 'heading', version: 1, ...element, tag, children }
}

export function quoteNode(children: LexicalJson[]): LexicalJson {
  return { type: 'quote', version: 1, ...element, children }
}

/** A link to an address; `title` is the tooltip Markdown allows after the address. */
export function linkNode(url: string, children: LexicalJson[], title?: string): LexicalJson {
  const fields = { url, newTab: false, linkType: 'custom', ...(title ? { title } : {}) }
  return { type: 'link', version: 3, ...element, fields, children }
}

export function listNode(ordered: boolean, start: number, children: LexicalJson[]): LexicalJson {
  const list = ordered ? { listType: 'number', tag: 'ol' } : { listType: 'bullet', tag: 'ul' }
  return { type: 'list', version: 1, ...element, ...list, start, children }
}

/** An item of a list nested `indent` lists deep (0 for a top-level list). */
export function listItemNode(value: number, children: LexicalJson[], indent = 0): LexicalJson {
  return { type: 'listitem', version: 1, ...element, indent, value, children }
}

export function horizontalRuleNode(): LexicalJson {
  return { type: 'horizontalrule', version: 1 }
}

/**
 * An uploaded image (a `media` document), shown as a block of its own. `key` only has to be unique
 * within the document; it is derived from the position so a re-import stores the same JSON.
 */
export function uploadNode(mediaId: number | string, key: string): LexicalJson {
  return {
    type: 'upload',
    version: 3,
    format: '',
    id: key,
    fields: {},
    relationTo: 'media',
    value: mediaId,
  }
}

/** Header cells of the first row (Lexical's `TableCellHeaderStates.ROW`), plain cells elsewhere. */
export function tableCellNode(isHeader: boolean, children: LexicalJson[]): LexicalJson {
  const cell = { headerState: isHeader ? 1 : 0, colSpan: 1, rowSpan: 1, backgroundColor: null }
  return { type: 'tablecell', version: 1, ...element, ...cell, children }
}

export function tableRowNode(cells: LexicalJson[]): LexicalJson {
  return { type: 'tablerow', version: 1, ...element, children: cells }
}

export function tableNode(rows: LexicalJson[]): LexicalJson {
  return { type: 'table', version: 1, ...element, children: rows }
}

export function rootNode(children: LexicalJson[]): RichTextValue {
  return { root: { type: 'root', version: 1, ...element, children } }
}
