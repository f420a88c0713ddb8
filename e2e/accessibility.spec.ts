import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { formatViolations, WCAG_TAGS } from './helpers/axe'
import { collectConsoleErrors } from './helpers/console'
import { findSkippedLevels, readHeadings } from './helpers/headings'

/** Every kind of public page, with the seeded Belgium content; the last one is a 404. */
const PAGES = [
  '/',
  '/countries',
  '/countries/belgium',
  '/policies',
  '/policies/belgium-digital-economy',
  '/tasks',
  '/tasks/23',
  '/publications',
  '/compare?countries=belgium',
  '/compare?countries=belgium&measure=share',
  '/compare?countries=belgium&measure=index&scale=log',
  '/?map=plugin_share',
  '/countries?map=hev',
  '/search?q=digital',
  '/no/such/page',
]

for (const path of PAGES) {
  test(`${path}: no serious axe violation, no console error, a sound heading outline`, async ({
    page,
  }, testInfo) => {
    const errors = collectConsoleErrors(page)
    const isNotFound = path === '/no/such/page'
    const response = await page.goto(path)
    expect(response?.status()).toBe(isNotFound ? 404 : 200)
    await page.waitForLoadState('networkidle')

    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
    await testInfo.attach('axe-results.json', {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    })
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(
      serious,
      `axe found serious or critical violations on ${path}:\n\n${formatViolations(serious)}`,
    ).toEqual([])

    const headings = await readHeadings(page)
    expect(
      headings.filter((heading) => heading.level === 1),
      `exactly one h1 on ${path}`,
    ).toHaveLength(1)
    expect(findSkippedLevels(headings), `heading levels skipped on ${path}`).toEqual([])

    // The browser reports the 404 status of the page itself as a console error; that one is expected.
    const unexpected = isNotFound ? errors.filter((text) => !/status of 404/.test(text)) : errors
    expect(unexpected, `console errors on ${path}`).toEqual([])
  })
}

test('the first Tab reaches a visible "Skip to content" link that moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/countries/belgium')
  await page.keyboard.press('Tab')
  const skipLink = page.getByRole('link', { name: 'Skip to content' })
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeInViewport()
  const outline = await skipLink.evaluate((element) => {
    const style = getComputedStyle(element)
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
  })
  expect(outline.style).not.toBe('none')
  expect(outline.width).toBeGreaterThanOrEqual(2)

  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
  await expect(page.locator('#main')).toBeFocused()

  // The next Tab continues inside the main content, past the header navigation.
  await page.keyboard.press('Tab')
  const isInMain = await page.evaluate(
    () => document.querySelector('#main')?.contains(document.activeElement) ?? false,
  )
  expect(isInMain).toBe(true)
})

/** What the focused element shows: its outline and the outline's contrast with the background behind it. */
function describeFocus() {
  const parse = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number)
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const [R = 0, G = 0, B = 0] = [r, g, b].map((v) => {
      const c = v / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * R + 0.7152 * G + 0.0722 * B
  }
  const element = document.activeElement
  if (!element || element === document.body) return null
  const style = getComputedStyle(element)
  // The outline sits outside the element, so it is seen against the first opaque ancestor background.
  let background = 'rgb(255, 255, 255)'
  for (let node = element.parentElement; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor
    if (parse(color)[3] !== 0 && color !== 'transparent') {
      background = color
      break
    }
  }
  const [light, dark] = [luminance(parse(style.outlineColor)), luminance(parse(background))].sort(
    (a, b) => b - a,
  )
  return {
    name: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
    outline: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    contrast: ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05),
  }
}

test('everything tabbed to shows a focus outline with at least 3:1 contrast', async ({ page }) => {
  await page.goto('/countries/belgium')
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab')
    const focus = await page.evaluate(describeFocus)
    expect(focus, `Tab ${i + 1} focuses something`).not.toBeNull()
    expect(focus?.outline, `outline of ${focus?.name}`).not.toBe('none')
    expect(focus?.width ?? 0, `outline width of ${focus?.name}`).toBeGreaterThanOrEqual(2)
    expect(focus?.contrast ?? 0, `outline contrast of ${focus?.name}`).toBeGreaterThanOrEqual(3)
  }
})
