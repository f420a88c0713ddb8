import type { GlobalConfig, TextFieldSingleValidation } from 'payload'
import { text as checkText } from 'payload/shared'

import { isStaff } from '@/access/isStaff'
import { cleanTextHook } from '@/fields/cleanTextHook'
import { revalidateGlobal } from '@/hooks/revalidateCollection'
import { TAGS } from '@/lib/platform/cache/tags'
import { DEFAULT_OPEN_DATA_SETTINGS, LICENCE_ID_PATTERN } from '@/lib/domain/open-data/settings'
import { isHttpUrl } from '@/lib/domain/text'

export const OPEN_DATA_SLUG = 'open-data'

const defaults = DEFAULT_OPEN_DATA_SETTINGS

// Payload's own checks (required, length) first: a validate function replaces them.
const validateUrl: TextFieldSingleValidation = async (value, options) => {
  const basic = await checkText(value, options)
  if (basic !== true) return basic
  return !value || isHttpUrl(value) ? true : 'Enter an address starting with http:// or https://.'
}

const validateLicenceId: TextFieldSingleValidation = async (value, options) => {
  const basic = await checkText(value, options)
  if (basic !== true) return basic
  return value && LICENCE_ID_PATTERN.test(value)
    ? true
    : 'Enter the licence’s SPDX identifier, e.g. CC-BY-4.0 (letters, digits, dots, plus and hyphens).'
}

const text = (name: string, label: string, description: string, defaultValue: string) => ({
  name,
  label,
  type: 'text' as const,
  required: true,
  maxLength: 200,
  defaultValue,
  admin: { description },
  hooks: { beforeValidate: [cleanTextHook] },
})

/**
 * The data licence and publisher: every download, data package, citation, chart image and embed
 * names them. Public to read (they are printed on every data page); editors change them.
 */
export const OpenData: GlobalConfig = {
  slug: OPEN_DATA_SLUG,
  label: 'Open data: licence and publisher',
  admin: {
    description:
      'Shown in “How to cite” on every data page, in the downloads, the data package, chart images and embeds. Releases keep the licence they were published under.',
  },
  access: { read: () => true, update: isStaff },
  hooks: { afterChange: [revalidateGlobal([TAGS.openData])] },
  fields: [
    text(
      'publisherName',
      'Publisher',
      'Who publishes the data, as citations name it.',
      defaults.publisherName,
    ),
    {
      name: 'publisherUrl',
      label: 'Publisher’s web address',
      type: 'text',
      maxLength: 500,
      validate: validateUrl,
      admin: { description: 'Optional; the site’s own address when empty.' },
      hooks: { beforeValidate: [cleanTextHook] },
    },
    text(
      'licenceName',
      'Licence (short name)',
      'As citations print it, e.g. CC BY 4.0.',
      defaults.licenceName,
    ),
    text(
      'licenceTitle',
      'Licence (full title)',
      'E.g. Creative Commons Attribution 4.0 International.',
      defaults.licenceTitle,
    ),
    {
      ...text(
        'licenceId',
        'Licence identifier (SPDX)',
        'For data packages, e.g. CC-BY-4.0.',
        defaults.licenceId,
      ),
      validate: validateLicenceId,
    },
    {
      ...text(
        'licenceUrl',
        'Licence address',
        'Where the licence text is, linked from every data page.',
        defaults.licenceUrl,
      ),
      validate: validateUrl,
    },
  ],
}
