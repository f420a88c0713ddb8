import { createHeadlessEditor } from '@lexical/headless'
import config from '@payload-config'
import { editorConfigFactory, getEnabledNodes } from '@payloadcms/richtext-lexical'
import { expect, it } from 'vitest'

import { articleEditor } from '@/fields/richText'
import { markdownToLexical } from '@/lib/import/markdown'

/** Every construct the Markdown conversion emits. */
const MARKDOWN = [
  '## Section',
  'Text with **bold**, *italic*, ~~struck~~, `code`, [a link](https://example.org "Tip") and https://example.org/x.',
  'A hard  ',
  'break.',
  '',
  '### Sub',
  '- one',
  '- two',
  '  1. two a',
  '  2. two b',
  '- [x] done',
  '',
  '> Quoted',
  '>',
  '> twice',
  '',
  '![Figure](figure.png)',
  '',
  '| A | B |',
  '|---|---|',
  '| 1 | **2** |',
  '',
  '---',
  '',
  '```',
  'code block',
  '```',
].join('\n')

/**
 * The admin's editor must open every document an import writes: a body converted from Markdown
 * survives a round trip through a Lexical editor with exactly the editor config's nodes unchanged.
 */
it('the editor loads converted Markdown and gives back the same document', async () => {
  const editorConfig = await editorConfigFactory.fromEditor({ config: await config, editor: articleEditor })
  const editor = createHeadlessEditor({
    nodes: getEnabledNodes({ editorConfig }),
    onError: (error) => {
      throw error
    },
  })
  const { value } = markdownToLexical(MARKDOWN, { images: new Map([['figure.png', { mediaId: 1 }]]) })
  const types = new Set(JSON.stringify(value).match(/"type":"[a-z]+"/g))
  for (const type of ['upload', 'table', 'quote', 'list', 'link', 'linebreak', 'horizontalrule']) {
    expect(types).toContain(`"type":"${type}"`)
  }
  editor.setEditorState(editor.parseEditorState(JSON.stringify(value)))
  expect(editor.getEditorState().toJSON()).toEqual(value)
})
