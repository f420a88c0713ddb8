// Debian's Chromium, as every browser test and measurement here launches it: Playwright's
// own browser downloads are not used, and background networking is off (no network here).

/** Path of the browser (`CHROMIUM_PATH`, default Debian's). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Launch flags: headless as root, without GPU, sync, updates or other background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
