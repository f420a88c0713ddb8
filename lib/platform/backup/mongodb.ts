// npm run backup / restore copy a SQLite file; on MongoDB the database's own tools do that part.
const SEE = 'see docs/operations.md, "Backup and restore"'

/** What to run instead of `npm run backup` when the database is MongoDB. */
export function describeMongoBackup(hosts: string, folder: string, uploadDirs: readonly string[]): string {
  return `DATABASE_URI names MongoDB (${hosts}); npm run backup copies SQLite databases only and wrote nothing. Run instead: mongodump --uri="$DATABASE_URI" --archive=${folder}/database.archive --gzip, and copy ${uploadDirs.join(' and ')} into ${folder} (${SEE}).`
}

/** What to run instead of `npm run restore` when the database is MongoDB. */
export function describeMongoRestore(hosts: string, folder: string, uploadDirs: readonly string[]): string {
  return `DATABASE_URI names MongoDB (${hosts}); npm run restore restores SQLite backups only and changed nothing. Run instead: mongorestore --uri="$DATABASE_URI" --archive=${folder}/database.archive --gzip --drop, copy the media back into ${uploadDirs.join(' and ')}, then start the site (${SEE}).`
}
