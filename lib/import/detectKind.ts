import { splitFrontMatter } from '@/lib/legacy/splitFrontMatter'

/** Which importer handles a file. */
export type ImportKind = 'country' | 'article'

/** Articles have a `title` in their front matter; legacy country pages have a `name`. */
export function detectKind(source: string): ImportKind {
  const split = splitFrontMatter(source)
  if ('message' in split) return 'country'
  return /^\s*title\s*:/m.test(split.yaml) ? 'article' : 'country'
}

/** 1-based line of a front-matter key, or 1 when it is absent. */
export function lineOfKey(source: string, key: string): number {
  const index = source.split(/\r?\n/).findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line))
  return index < 0 ? 1 : index + 1
}
