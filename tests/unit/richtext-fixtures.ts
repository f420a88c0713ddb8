/** Builders for Lexical JSON in unit tests. */
export const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
export const paragraph = (...children: object[]) => ({ type: 'paragraph', children, version: 1 })
export const heading = (tag: string, value: string) => ({
  type: 'heading',
  tag,
  children: [text(value)],
  version: 1,
})
export const link = (url: string, value: string, newTab = false) => ({
  type: 'link',
  fields: { url, newTab, linkType: 'custom' },
  children: [text(value)],
  version: 1,
})
export const listItem = (...children: object[]) => ({ type: 'listitem', children, version: 1 })
export const list = (listType: 'bullet' | 'number', ...children: object[]) => ({
  type: 'list',
  listType,
  children,
  version: 1,
})
export const doc = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })
