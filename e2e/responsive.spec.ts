import { expect, test } from '@playwright/test'

const PAGES = [
  '/',
  '/countries',
  '/countries/belgium',
  '/policies/belgium-digital-economy',
  '/compare?countries=belgium',
  '/compare?countries=belgium&measure=index&scale=log',
]

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
]

/** A file-name-safe form of a path: "/compare?countries=belgium" → "compare-countries-belgium". */
function slugOf(path: string): string {
  return path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'
}

for (const viewport of VIEWPORTS) {
  for (const path of PAGES) {
    test(`${path} at ${viewport.width}×${viewport.height}${viewport.width <= 360 ? ' has no horizontal overflow' : ''}`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height })
      const response = await page.goto(path)
      expect(response?.status()).toBe(200)
      await page.waitForLoadState('networkidle')

      const file = testInfo.outputPath(`${slugOf(path)}-${viewport.width}x${viewport.height}.png`)
      await page.screenshot({ path: file, fullPage: true })
      await testInfo.attach(`${slugOf(path)} at ${viewport.width}px`, {
        path: file,
        contentType: 'image/png',
      })

      if (viewport.width <= 360) {
        const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
          const root = document.documentElement
          // Name the elements that stick out, so a failure says where to look.
          const widest = [...document.querySelectorAll('body *')]
            .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest }
        })
        expect(
          scrollWidth,
          `page is wider than the screen; elements past the edge: ${widest.join(', ')}`,
        ).toBeLessThanOrEqual(clientWidth + 1)
      }
    })
  }
}
