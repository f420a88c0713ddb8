/** The front matter of a legacy publication file (`src/publications/<name>.md`), as written. */
export type LegacyPublicationFile = {
  src: string
  title: string
  type: string
  thumbnailSrc?: string
  date?: string
  id?: number
}

/** A legacy publication file in the format of the legacy site's `src/publications/`. */
export function legacyPublicationFile(front: LegacyPublicationFile): string {
  return [
    '---',
    `src: "${front.src}"`,
    `description: "${front.title}, the description"`,
    `title: "${front.title}"`,
    `type: "${front.type}"`,
    'tags: "publications"',
    ...(front.thumbnailSrc ? [`thumbnailSrc: "${front.thumbnailSrc}"`] : []),
    ...(front.date ? [`Date: "${front.date}"`] : []),
    `id: ${front.id ?? 0}`,
    '---',
    '<embed src="/assets/pdfs/{{ src }}" type="application/pdf" width="100%" height="800px">',
    '',
  ].join('\n')
}

/** A legacy chapter file: the chapter starts on `page` of the publication whose PDF is `src`. */
export function legacyChapterFile(src: string, owner: 'country' | 'task', page: number): string {
  return [
    '---',
    `src: "${src}"`,
    `tags: "${owner}Chapter"`,
    '---',
    `<embed src="/assets/pdfs/{{ src }}#page=${page}" type="application/pdf" width="100%" height="800px">`,
    '',
  ].join('\n')
}
