// Requests as a browser sends them: compression accepted, HTML preferred. Every load and every
// check of the bench and the soak sends these, so they measure what visitors get.

/** The headers of a browser's page request that change what a server sends back. */
export const BROWSER_HEADERS: Readonly<Record<string, string>> = {
  'Accept-Encoding': 'gzip, deflate, br',
  Accept: 'text/html',
}

/** The same headers as they read in a report. */
export const BROWSER_HEADERS_TEXT = Object.entries(BROWSER_HEADERS)
  .map(([name, value]) => `${name}: ${value}`)
  .join(', ')

/** GET with the browser's headers; fetch decodes the compressed body. */
export function getAsBrowser(url: string, timeoutMs = 30_000): Promise<Response> {
  return fetch(url, { headers: BROWSER_HEADERS, signal: AbortSignal.timeout(timeoutMs) })
}
