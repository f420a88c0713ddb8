import { expect, test, type Page } from '@playwright/test'

import { ADMIN_STATE, uniqueName } from './helpers/accounts'

// A country of its own with known figures: BEV every year, PHEV overtaking it, HEV from 2018.
const WALKLAND = uniqueName('Walkland')
const LEAD = 'Walkland’s purchase bonus began in 2019.'
const FIGURES = [
  { year: 2017, bev: 4_100, phev: 900, hev: null },
  { year: 2018, bev: 7_300, phev: 2_500, hev: 12_000 },
  { year: 2019, bev: 10_850, phev: 11_200, hev: 13_000 },
]
const PHONE = { width: 360, height: 800 }
let country: { id: string | number; slug: string } = { id: '', slug: '' }

test.beforeAll(async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  try {
    const created = await admin.request.post('/api/countries', {
      data: { name: WALKLAND, isoCode: 'AD', chartDescription: LEAD, _status: 'published' },
    })
    expect(created.status(), await created.text()).toBe(201)
    country = ((await created.json()) as { doc: typeof country }).doc
    for (const row of FIGURES) {
      const saved = await admin.request.post('/api/ev-statistics', {
        data: { country: country.id, ...row, totalNewCars: 200_000 },
      })
      expect(saved.status(), await saved.text()).toBe(201)
    }
  } finally {
    await admin.close()
  }
})

test.afterAll(async ({ browser }) => {
  const admin = await browser.newContext({ storageState: ADMIN_STATE })
  await admin.request.delete(`/api/ev-statistics?where[country][equals]=${country.id}`)
  await admin.request.delete(`/api/countries/${country.id}`)
  await admin.close()
})

/** Every chart (and the map) the page shows: its size against its container, text size, scrollers. */
function measureCharts() {
  const root = document.documentElement
  const shown = [
    ...document.querySelectorAll<SVGSVGElement>('svg[role^="graphics-document"], svg[role="group"]'),
  ]
  return {
    overflow: root.scrollWidth - root.clientWidth,
    charts: shown
      .filter((svg) => getComputedStyle(svg).display !== 'none')
      .map((svg) => {
        const box = svg.getBoundingClientRect()
        const container = svg.parentElement?.getBoundingClientRect()
        // A box around the chart that scrolls sideways, or would: none may.
        let scroller = ''
        for (let node = svg.parentElement; node && node !== document.body; node = node.parentElement) {
          const style = getComputedStyle(node)
          if (node.scrollWidth > node.clientWidth + 1 || /auto|scroll/.test(style.overflowX))
            scroller ||= `${node.tagName.toLowerCase()}.${node.className}`
        }
        // What the chart's text measures on screen: its font size times the drawing's scale.
        const scale = svg.getScreenCTM()?.a ?? 1
        const sizes = [...svg.querySelectorAll('text')].map(
          (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
        )
        return {
          name: svg.querySelector(':scope > title')?.textContent ?? '',
          width: Math.round(box.width),
          right: Math.round(box.right),
          containerWidth: Math.round(container?.width ?? 0),
          scroller,
          smallestText: sizes.length > 0 ? Math.min(...sizes) : null,
        }
      }),
  }
}

const pagesAtPhoneWidth = () => [
  `/countries/${country.slug}`,
  '/countries/belgium',
  `/compare?countries=belgium,${country.slug}`,
  `/compare?countries=belgium,${country.slug}&measure=share`,
  `/compare?countries=belgium,${country.slug}&measure=index&scale=log`,
  '/',
  `/embed/countries/${country.slug}`,
  `/embed/compare?countries=belgium,${country.slug}`,
]

test('at 360 px every chart fits its column, scrolls nowhere and keeps its text at 12 px or more', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  for (const path of pagesAtPhoneWidth()) {
    expect((await page.goto(path))?.status(), path).toBe(200)
    const { overflow, charts } = await page.evaluate(measureCharts)
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(1)
    expect(charts.length, `${path} shows a chart`).toBeGreaterThan(0)
    for (const chart of charts) {
      const where = `${path}: ${chart.name}`
      expect(chart.width, where).toBeLessThanOrEqual(chart.containerWidth + 1)
      expect(chart.right, where).toBeLessThanOrEqual(PHONE.width)
      expect(chart.scroller, `${where} sits in a sideways scroller`).toBe('')
      if (chart.smallestText !== null) expect(chart.smallestText, where).toBeGreaterThanOrEqual(12)
    }
  }
})

/** The callout's text: on one line, or split in two after the colon on a narrow chart. */
const sayAsShown = (label: string) => new RegExp(`^${label.replace(': ', ':\\s?')}$`)

/** Presses Tab until the named chart has focus (at most `limit` times). */
async function tabToChart(page: Page, name: RegExp, limit = 60) {
  const chart = page.getByRole('document', { name })
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab')
    if (await chart.evaluate((element) => element === document.activeElement)) return chart
  }
  throw new Error(`Tab never reached the chart ${name}`)
}

/** What a screen reader is told about the focused element, as Chromium's accessibility tree has it. */
async function announceFocus(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 })
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: ':focus' })
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })
  await cdp.detach()
  const [node] = nodes
  return {
    role: String(node?.role?.value ?? ''),
    name: String(node?.name?.value ?? ''),
    description: String(node?.description?.value ?? ''),
  }
}

for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
  test(`at ${viewport.width} px the keyboard walks the chart point by point and hears each value`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    await page.goto(`/countries/${country.slug}`)
    await page.waitForLoadState('networkidle')
    const chart = await tabToChart(page, /^EV adoption in Walkland/)
    await expect(chart).toMatchAriaSnapshot(`- document "EV adoption in ${WALKLAND} by year"`)
    // Chromium describes it by its <desc>: the editor's sentence, then the generated words.
    const root = await announceFocus(page)
    expect(root.role).toBe('graphics-document')
    expect(root.description).toMatch(new RegExp(`^${LEAD} BEV registrations in ${WALKLAND} rose every year`))
    expect(root.description).toContain('PHEV overtook BEV in 2019.')
    const focused = page.locator(':focus')
    const callout = chart.locator('.chart-callout')

    const walk: Array<[key: string, heard: string]> = [
      ['ArrowRight', '2017, BEV: 4,100 new registrations'],
      ['ArrowRight', '2018, BEV: 7,300 new registrations'],
      ['ArrowRight', '2019, BEV: 10,850 new registrations'],
      ['ArrowRight', '2019, BEV: 10,850 new registrations'],
      ['ArrowDown', '2019, PHEV: 11,200 new registrations'],
      ['ArrowDown', '2019, HEV: 13,000 new registrations'],
      ['ArrowLeft', '2018, HEV: 12,000 new registrations'],
      // HEV has no 2017: a missing year is no point, never a 0.
      ['ArrowLeft', '2018, HEV: 12,000 new registrations'],
      ['ArrowUp', '2018, PHEV: 2,500 new registrations'],
      ['Home', '2017, PHEV: 900 new registrations'],
    ]
    for (const [key, heard] of walk) {
      await page.keyboard.press(key)
      // The whole line is quoted: the name has a colon, which YAML would read as a key.
      await expect(focused, `${key} → ${heard}`).toMatchAriaSnapshot(`- 'img "${heard}"'`)
      // Seen as well as heard: the value beside a ring around the point.
      await expect(callout).toBeVisible()
      await expect(callout).toHaveText(sayAsShown(heard))
    }
    expect(await announceFocus(page)).toMatchObject({
      role: 'graphics-symbol',
      name: '2017, PHEV: 900 new registrations',
    })

    // The point itself is an invisible target over the drawn marker; the ring shows where it is.
    expect(await focused.evaluate((point) => getComputedStyle(point).fill)).toBe('rgba(0, 0, 0, 0)')

    // One tab stop: Tab leaves the chart, Shift+Tab comes back to the point last reached.
    expect(await chart.locator('[tabindex="0"]').count()).toBe(1)
    await expect(chart).toHaveAttribute('tabindex', '-1')
    await page.keyboard.press('Tab')
    expect(await chart.evaluate((element) => element.contains(document.activeElement))).toBe(false)
    await expect(callout).toBeHidden()
    await page.keyboard.press('Shift+Tab')
    await expect(focused).toMatchAriaSnapshot(`- 'img "2017, PHEV: 900 new registrations"'`)
  })
}

test('on a touch screen, tapping a point shows its value', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
  const page = await context.newPage()
  await page.goto(`/countries/${country.slug}`)
  await page.waitForLoadState('networkidle')
  const chart = page.getByRole('document', { name: /^EV adoption in Walkland/ })
  await chart.getByRole('img', { name: '2018, HEV: 12,000 new registrations' }).tap()
  await expect(chart.locator('.chart-callout')).toHaveText(sayAsShown('2018, HEV: 12,000 new registrations'))
  await context.close()
})

test('in forced colours every series is still drawn, told apart by dashes and markers', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto(`/countries/${country.slug}`)
  const chart = page.getByRole('document', { name: /^EV adoption in Walkland/ })
  const drawn = await chart.evaluate((svg) => {
    const background = getComputedStyle(svg).backgroundColor
    const paint = (selector: string) =>
      [...svg.querySelectorAll(selector)].map((element) => {
        const style = getComputedStyle(element)
        return {
          stroke: style.stroke,
          fill: style.fill,
          dash: style.strokeDasharray,
          d: element.getAttribute('d') ?? '',
        }
      })
    return { background, lines: paint('.chart-line'), markers: paint('.chart-marks, .chart-marks-open') }
  })
  // BEV, PHEV and HEV each have a line and markers.
  expect(drawn.lines).toHaveLength(3)
  expect(drawn.markers).toHaveLength(3)
  const ink = drawn.lines[0]?.stroke
  expect(ink).not.toBe(drawn.background)
  for (const line of drawn.lines) expect(line.stroke).toBe(ink)
  for (const marker of drawn.markers) expect([marker.fill, marker.stroke]).toContain(ink)
  // What tells them apart without colour: a dash pattern and a marker shape each.
  expect(new Set(drawn.lines.map((line) => line.dash)).size).toBe(3)
  expect(new Set(drawn.markers.map((marker) => marker.d.replace(/[\d.]+/g, ''))).size).toBe(3)
})

test('in forced colours the map keeps its colour steps and its hatching', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto('/')
  const legend = page.getByText(/^Legend \(/).locator('..')
  const swatches = await legend.locator('svg rect').evaluateAll((rects) =>
    rects.map((rect) => ({
      fill: getComputedStyle(rect).fill,
      attribute: rect.getAttribute('fill') ?? '',
    })),
  )
  expect(swatches.length).toBeGreaterThan(1)
  for (const { fill, attribute } of swatches.filter((swatch) => swatch.attribute.startsWith('#'))) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(attribute.slice(i, i + 2), 16))
    expect(fill).toBe(`rgb(${r}, ${g}, ${b})`)
  }
})
