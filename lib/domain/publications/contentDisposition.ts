/**
 * `Content-Disposition: inline` for a file name, for every browser: an ASCII `filename` (other
 * characters become "_", quotes and backslashes too) and the exact name as UTF-8 in `filename*`
 * (RFC 6266, RFC 8187).
 */
export function inlineDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_')
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
