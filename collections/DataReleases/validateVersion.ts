import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import {
  compareReleaseVersions,
  parseReleaseVersion,
  RELEASE_VERSION_HINT,
} from '@/lib/domain/open-data/releaseVersion'

/**
 * A new release's version: well formed (`2026.1`), not taken, and after the newest release, so
 * "the previous release" is always the one with the next lower version.
 */
export const validateVersion: TextFieldSingleValidation = async (value, options) => {
  const basic = await text(value, options)
  if (basic !== true) return basic
  if (!value) return true
  if (!parseReleaseVersion(value))
    return `"${value.slice(0, 40)}" is not a release version. ${RELEASE_VERSION_HINT}`
  const { req, operation } = options
  if (operation !== 'create' || !req.payload) return true
  const { docs } = await req.payload.find({
    collection: 'data-releases',
    select: { version: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const versions = docs.map((doc) => doc.version)
  if (versions.includes(value)) return `Release ${value} exists already: choose the next version.`
  const newest = versions.sort(compareReleaseVersions).at(-1)
  if (newest && compareReleaseVersions(value, newest) <= 0)
    return `Release ${value} would come before the newest release, ${newest}: choose a later version.`
  return true
}
