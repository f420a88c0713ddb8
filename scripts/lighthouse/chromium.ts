// Debian's Chromium with a remote-debugging port, for Lighthouse to drive (the flags of the
// end-to-end tests, headless, in a throw-away profile outside the project: the build scans
// data/, and a profile's dangling lock links there break it).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@/e2e/helpers/chromium.mjs'
import { requireProgram, type Server, startServer, waitForUrl } from '../topology/processes'

/** Starts Chromium listening for DevTools on `port` (log in `dataDir`); resolves once it answers. */
export async function startChromium(
  port: number,
  dataDir: string,
): Promise<{ browser: Server; cleanUp: () => void }> {
  requireProgram(CHROMIUM_PATH, 'chromium')
  const profile = mkdtempSync(path.join(tmpdir(), 'evcp-lighthouse-'))
  const browser = startServer(
    `Chromium (DevTools on port ${port})`,
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { logFile: path.join(dataDir, 'chromium.log') },
  )
  const cleanUp = () => rmSync(profile, { recursive: true, force: true })
  try {
    await waitForUrl(`http://127.0.0.1:${port}/json/version`, browser, 30_000)
  } catch (error) {
    cleanUp()
    throw error
  }
  return { browser, cleanUp }
}
