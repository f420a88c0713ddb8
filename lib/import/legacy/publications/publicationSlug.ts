import transliterate from '@sindresorhus/transliterate'

import { slugify } from '@/lib/domain/text'

/** The file's name without its folders and extension ("src/publications/Årsrapport 2021.md" → "Årsrapport 2021"). */
export function fileStem(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName
  return name.replace(/\.[^.]*$/, '')
}

/**
 * A slug from a file's name, its letters folded to ASCII ("Årsrapport_Straße 2021.md" →
 * "arsrapport-strasse-2021"); "publication" when nothing of the name is left.
 */
export function slugFromFileName(fileName: string): string {
  return slugify(transliterate(fileStem(fileName).normalize('NFC'))) || 'publication'
}

/**
 * The slugs made unique, in order: a repeat (or one already taken) gets "-2", "-3", … as the
 * first free suffix. Pass the slugs in a stable order (e.g. sorted by file) to keep them stable.
 */
export function makeUniqueSlugs(slugs: readonly string[], taken: Iterable<string> = []): string[] {
  const used = new Set(taken)
  return slugs.map((slug) => {
    let candidate = slug
    for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${slug}-${suffix}`
    used.add(candidate)
    return candidate
  })
}
