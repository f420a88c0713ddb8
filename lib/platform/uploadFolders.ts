import path from 'node:path'

/** Folder that uploaded files are written to (`MEDIA_DIR`, default `data/media`). */
export function mediaDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.MEDIA_DIR?.trim() || path.join('data', 'media'))
}

/** Folder of the publications' PDFs: inside the media folder, so one copy backs up both. */
export function publicationsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(mediaDirectory(env), 'publications')
}
