import { splitFrontMatter } from '@/lib/import/legacy/splitFrontMatter'

/**
 * Which importer handles a file; `unknown` files hold none of the keys that tell. Publication
 * and chapter files (`src/publications/`, `src/countriesChapters/`, `src/tasksChapters/`) are
 * recognised, to be reported rather than taken for articles.
 */
export type ImportKind = 'country' | 'task' | 'article' | 'publication' | 'chapter' | 'unknown'

/** True when the front matter has a top-level `key:` line. */
function hasKey(yaml: string, key: string): boolean {
  return new RegExp(`^[\\s\\u200B-\\u200D\\u2060\\uFEFF]*${key}\\s*:`, 'm').test(yaml)
}

/**
 * Task pages have a `number`, legacy country pages a `name` (or figures and a flag), policy
 * articles a `title` and a `country`. Publications and chapters name a PDF (`src`), publications
 * often a thumbnail or the tag `publications`; chapters are tagged `countryChapter` or
 * `taskChapter`. An article without its country is still an article, so that it is refused with
 * a message naming the missing key.
 */
export function detectKind(source: string): ImportKind {
  const split = splitFrontMatter(source)
  if ('message' in split) return 'unknown'
  const { yaml } = split
  if (hasKey(yaml, 'number') && hasKey(yaml, 'title')) return 'task'
  if (['name', 'flag', 'BEV', 'PHEV', 'HEV'].some((key) => hasKey(yaml, key))) return 'country'
  if (/\b(country|task)Chapter\b/i.test(yaml) && hasKey(yaml, 'src')) return 'chapter'
  const isTaggedPublication = hasKey(yaml, 'tags') && /\bpublications\b/i.test(yaml)
  if (hasKey(yaml, 'src') || hasKey(yaml, 'thumbnailSrc') || isTaggedPublication) return 'publication'
  if (hasKey(yaml, 'title')) return 'article'
  return 'unknown'
}

/** 1-based line of a front-matter key, or 1 when it is absent. */
export function lineOfKey(source: string, key: string): number {
  const index = source.split(/\r?\n/).findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line))
  return index < 0 ? 1 : index + 1
}
