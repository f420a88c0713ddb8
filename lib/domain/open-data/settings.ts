/** The data licence and publisher, as editors set them (the `open-data` global). */
export type OpenDataSettings = {
  publisherName: string
  /** The publisher's web address; the site itself unless editors name another. */
  publisherUrl: string | null
  /** Short name, as citations and footers print it ("CC BY 4.0"). */
  licenceName: string
  /** Full title ("Creative Commons Attribution 4.0 International"). */
  licenceTitle: string
  /** SPDX identifier, for data packages ("CC-BY-4.0"). */
  licenceId: string
  licenceUrl: string
}

/** What the site publishes under until editors change it. */
export const DEFAULT_OPEN_DATA_SETTINGS: OpenDataSettings = {
  publisherName: 'EV Country Profiles',
  publisherUrl: null,
  licenceName: 'CC BY 4.0',
  licenceTitle: 'Creative Commons Attribution 4.0 International',
  licenceId: 'CC-BY-4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
}

/** SPDX identifiers: letters, digits, dots, plus and hyphens ("CC-BY-4.0", "ODbL-1.0"). */
export const LICENCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/

const text = (value: unknown, fallback: string) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback

/**
 * The settings of a stored global, each missing value replaced by its default: a global never
 * saved has no values, and the licence must still be named.
 */
export function resolveOpenDataSettings(
  stored: Partial<Record<keyof OpenDataSettings, unknown>>,
): OpenDataSettings {
  const defaults = DEFAULT_OPEN_DATA_SETTINGS
  const publisherUrl = typeof stored.publisherUrl === 'string' && stored.publisherUrl.trim() !== ''
  return {
    publisherName: text(stored.publisherName, defaults.publisherName),
    publisherUrl: publisherUrl ? text(stored.publisherUrl, '') : null,
    licenceName: text(stored.licenceName, defaults.licenceName),
    licenceTitle: text(stored.licenceTitle, defaults.licenceTitle),
    licenceId: text(stored.licenceId, defaults.licenceId),
    licenceUrl: text(stored.licenceUrl, defaults.licenceUrl),
  }
}
