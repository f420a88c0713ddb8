import { existsSync } from 'node:fs'
import path from 'node:path'

import { renderAsync } from '@resvg/resvg-js'

import { PNG_SIZE } from './size'

// The fonts ship with the project (npm package dejavu-fonts-ttf), never the host's: the PNG looks
// the same on every server and nothing is fetched. Next runs the server from the project folder,
// in development and after `next build` alike.
const FONT_DIR = path.join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf')
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => path.join(FONT_DIR, file))

/** The chart SVG as a PNG of {@link PNG_SIZE}, rendered off the main thread. */
export async function rasterise(svg: string): Promise<Buffer> {
  // Without its font resvg draws no text at all; an image without labels must not be served.
  const missing = FONT_FILES.find((file) => !existsSync(file))
  if (missing) throw new Error(`Chart font not found: ${missing}. Run npm ci.`)
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: PNG_SIZE.width },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
  return image.asPng()
}
