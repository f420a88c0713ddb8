// Size limits shared by the collections and the proxy; kept free of imports so the proxy
// can use them without loading Payload.

/** Largest file editors may upload to the media library. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

/** Largest CSV file the statistics import accepts. */
export const MAX_CSV_BYTES = 2 * 1024 * 1024

/** The largest request body the API accepts, uploads aside. */
export const MAX_BODY_BYTES = 1024 * 1024
