import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

/**
 * Refuses a name another country already has. The database index alone would report the
 * slug generated from that name instead, which points the editor at the wrong field.
 */
export const validateUniqueName: TextFieldSingleValidation = async (value, options) => {
  const basic = await text(value, options)
  if (basic !== true) return basic
  const { id, req } = options
  if (!value || !req.payload) return true
  const existing = await req.payload.find({
    collection: 'countries',
    where: {
      and: [{ name: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return existing.docs.length === 0 ? true : `A country named "${value}" already exists.`
}
