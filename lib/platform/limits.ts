// Size limits shared by the collections and the proxy; kept free of imports so the proxy
// can use them without loading Payload.

/** Largest file editors may upload to the media library. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

/** Largest PDF of a publication: annual reports run to a few hundred pages of images. */
export const MAX_PUBLICATION_BYTES = 200 * 1024 * 1024

/** Largest CSV file the statistics import accepts. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024

/** The largest request body the API accepts, uploads aside. */
export const MAX_BODY_BYTES = 1024 * 1024

/**
 * The caps of the child process that reads a publication's PDF (lib/platform/pdf/): it is
 * stopped past its time or memory, never the server. docs/publications.md says what fits.
 */
export const PDF_EXTRACTION_CAPS = {
  timeoutMs: 120_000,
  /** V8's heap (`--max-old-space-size`). */
  maxHeapMb: 512,
  /** The whole process, images and the canvas included: the heap cap does not cover them. */
  maxRssMb: 768,
} as const
