import { expect, test } from '@playwright/test'

// Profiling showed lazy compilation of Next's and React's runtime was most of a phone's blocking
// time; the build marks those chunks so V8 compiles them off the main thread while they stream in.
test("the runtime chunks every page loads carry V8's eager-compile hint", async ({ request }) => {
  const html = await (await request.get('/')).text()
  const scripts = [...html.matchAll(/<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map(
    (match) => match[1],
  )
  expect(scripts.length).toBeGreaterThan(2)
  const hinted: string[] = []
  for (const src of scripts) {
    const code = await (await request.get(src ?? '')).text()
    if (code.startsWith('//# allFunctionsCalledOnLoad\n')) hinted.push(src ?? '')
  }
  // Next's own runtime (build-manifest.json rootMainFiles): at least React DOM and the router.
  expect(hinted.length).toBeGreaterThanOrEqual(4)
})
