/** A backup or restore that cannot go on: printed as one line naming the problem, never a stack. */
export class BackupError extends Error {
  override name = 'BackupError'
}
