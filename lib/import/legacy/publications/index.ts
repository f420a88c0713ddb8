/** Pure parsers of the legacy site's publication and chapter files (docs/editors-and-import.md). */
export { parseLegacyChapter } from './parseLegacyChapter'
export { parseLegacyPublication } from './parseLegacyPublication'
export { fileStem, makeUniqueSlugs, slugFromFileName } from './publicationSlug'
export { miscTypeOf } from './readPublicationType'
export { taskNumberIn } from './readTaskNumber'
export type { ChapterOwner, LegacyChapter, LegacyPublication, PublicationType } from './types'
