// Debian's Chromium with a remote-debugging port, for Lighthouse to drive (the flags of the
// end-to-end tests, headless, in a profile folder of its own).
import path from 'node:path'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/helpers/chromium.mjs'
import { requireProgram, type Server, startServer, waitForUrl } from '../topology/processes'

/** Starts Chromium listening for DevTools on `port`; resolves once it answers. */
export async function startChromium(port: number, dataDir: string): Promise<Server> {
  requireProgram(CHROMIUM_PATH, 'chromium')
  const browser = startServer(
    `Chromium (DevTools on port ${port})`,
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${path.resolve(dataDir, 'chromium-profile')}`,
      'about:blank',
    ],
    { logFile: path.join(dataDir, 'chromium.log') },
  )
  await waitForUrl(`http://127.0.0.1:${port}/json/version`, browser, 30_000)
  return browser
}
