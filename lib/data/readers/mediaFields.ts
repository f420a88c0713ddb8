/** What pages read of a media document: enough for an image in rich text or a download link. */
export const MEDIA_FIELDS = {
  url: true,
  alt: true,
  width: true,
  height: true,
  mimeType: true,
  filename: true,
} as const
