import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/lib/domain/roles'

/** A refusal that says why (Payload's own says only "not allowed"); still a 403 like any other. */
class ReleaseRefused extends Forbidden {
  constructor(message: string) {
    super()
    this.message = message
    this.isPublic = true
  }
}

/**
 * Releases are cited by their version, so once published they never change: every update or
 * deletion is refused, for everyone, before access rules or the database are asked. Only admins
 * publish one (scripts with `overrideAccess` may too).
 */
export const keepReleasesFrozen: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation === 'update' || operation === 'delete') {
    throw new ReleaseRefused(
      'Data releases are frozen: a published release cannot be changed or deleted. Publish a new release instead.',
    )
  }
  if (operation === 'create' && !overrideAccess && !hasRole(req.user, 'admin')) {
    throw new ReleaseRefused('Only admins can publish a data release.')
  }
  return args
}
