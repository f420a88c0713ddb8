import {
  BlockquoteFeature,
  BoldFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  HorizontalRuleFeature,
  InlineCodeFeature,
  InlineToolbarFeature,
  ItalicFeature,
  lexicalEditor,
  LinkFeature,
  OrderedListFeature,
  ParagraphFeature,
  StrikethroughFeature,
  UnderlineFeature,
  UnorderedListFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { findUnsafeLink } from '@/lib/domain/richtext/links'

/**
 * The editor for long texts: h2–h4 section headings, lists, links (with an optional tooltip, as
 * Markdown links have), quotes, images from the media library and tables. Every node it allows
 * is one `components/RichText` renders and `lib/domain/richtext/build.ts` builds.
 */
export const articleEditor = lexicalEditor({
  features: [
    ParagraphFeature(),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    BoldFeature(),
    ItalicFeature(),
    UnderlineFeature(),
    StrikethroughFeature(),
    InlineCodeFeature(),
    UnorderedListFeature(),
    OrderedListFeature(),
    LinkFeature({
      enabledCollections: [],
      fields: ({ defaultFields }) => [
        ...defaultFields,
        { name: 'title', label: 'Tooltip', type: 'text', maxLength: 300 },
      ],
    }),
    BlockquoteFeature(),
    HorizontalRuleFeature(),
    UploadFeature({ collections: { media: { fields: [] } } }),
    EXPERIMENTAL_TableFeature(),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})

/** Rich text larger than this is refused: no real article comes near it. */
const MAX_RICH_TEXT_BYTES = 1_000_000

/** A rich-text field with the article editor that refuses `javascript:` and `data:` links. */
export function richTextField(
  name: string,
  overrides: Partial<Omit<RichTextField, 'type'>> = {},
): RichTextField {
  return {
    name,
    type: 'richText',
    editor: articleEditor,
    validate: (value: unknown) => {
      if (value && JSON.stringify(value).length > MAX_RICH_TEXT_BYTES) {
        return 'This text is too long (over 1 MB): split it into several documents.'
      }
      const unsafe = findUnsafeLink(value)
      return unsafe ? `Link "${unsafe}" is not allowed: use an http(s), mailto: or relative address.` : true
    },
    ...overrides,
  }
}
