import { ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook } from 'payload'

/** What an editor reads when publishing a publication that has no PDF yet. */
export const NO_FILE_MESSAGE =
  'A publication needs its PDF before it can be published: attach the PDF, or save it as a draft.'

/** The year follows the date whenever a date is given, so the two never disagree. */
export const takeYearFromDate: CollectionBeforeValidateHook = ({ data }) => {
  const date: unknown = data?.date
  if (data && (typeof date === 'string' || date instanceof Date)) {
    const year = new Date(date).getUTCFullYear()
    if (Number.isInteger(year)) data.year = year
  }
  return data
}

/**
 * Publishing needs the PDF: a draft may wait for its file (an import that found none, an editor
 * who has not uploaded it yet), a published publication always has one.
 */
export const requireFileToPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const isPublishing = data._status === 'published'
  const filename: unknown = data.filename ?? (originalDoc as { filename?: unknown } | undefined)?.filename
  const hasFile = (typeof filename === 'string' && filename !== '') || Boolean(req.file)
  if (isPublishing && !hasFile) {
    throw new ValidationError({
      collection: 'publications',
      errors: [{ path: 'file', message: NO_FILE_MESSAGE }],
    })
  }
  return data
}
