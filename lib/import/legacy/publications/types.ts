/** What kind of publication a legacy file describes, as this site names them. */
export type PublicationType = 'annual-report' | 'task-report' | 'newsletter' | 'brochure' | 'paper' | 'other'

/** Everything a legacy publication file (`src/publications/<name>.md`) holds, cleaned and checked. */
export type LegacyPublication = {
  /** From the file's name, folded to ASCII; unique only once {@link makeUniqueSlugs} ran over a set. */
  slug: string
  title: string
  description: string | null
  type: PublicationType
  /** The task it belongs to: the number in its title, else in its file name; null when neither names one. */
  task: number | null
  /** The PDF's name under `assets/pdfs/`. */
  src: string
  /** The thumbnail's name under `assets/images/thumbnails/`, null when the file names none. */
  thumbnailSrc: string | null
  tags: string[]
  /** The legacy site's sort order (`id`), null when absent or unreadable. */
  sortOrder: number | null
  /** `Date` when it is a full date, as YYYY-MM-DD. */
  date: string | null
  /** The year of `Date`, else the one in the title ("Annual Report 2021"), else null. */
  year: number | null
}

/** Whose chapter a chapter file points at: a country (named by its file) or a task (by number). */
export type ChapterOwner = { kind: 'country'; slug: string; name: string } | { kind: 'task'; number: number }

/** A legacy chapter file (`src/countriesChapters/<country>.md`, `src/tasksChapters/<n>.md`). */
export type LegacyChapter = {
  owner: ChapterOwner
  /** The PDF, under `assets/pdfs/`, of the publication the chapter is part of. */
  src: string
  /** The page of that PDF the chapter starts on. */
  page: number
}
