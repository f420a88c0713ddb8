// Import at scale: writes one legacy-format page (as seed/000_717ca14df04e7b3c.txt) per synthetic
// country into a temporary folder and times `npm run import -- <folder>` end to end.
import { spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A synthetic country as the public REST API lists it. */
export type LegacyCountry = { name: string; isoCode: string }

/** One legacy page; the flag URL carries the country's ISO code, as real legacy files do. */
function legacyPage({ name, isoCode }: LegacyCountry, index: number): string {
  const values = (base: number) =>
    JSON.stringify(
      Array.from({ length: 11 }, (_, year) => (year % 4 === 3 ? null : base + index * 7 + year * 13)),
    )
  const number = String(index).padStart(3, '0')
  return `---
layout: "layouts/country-layout.njk"
name: "${name}"
flag: "https://lipis.github.io/flag-icon-css/flags/4x3/${isoCode.toLowerCase()}.svg"
tags: "countries"
BEV: "${values(1000)}"
PHEV: "${values(2000)}"
HEV: "${values(5000)}"
contactName: "Synthetic Delegate ${number}"
contactAffiliation: "Synthetic Benchmark Agency"
contactEmail: "synthetic-delegate-${number}@example.org"
contactNameTwo: ""
contactAffiliationTwo: ""
contactEmailTwo: ""
onGoings: [1, 23]
completedTasks: [7]
publicationLink: "/countriesChapters/${isoCode.toLowerCase()}"

---
## Major Developments in 2020
${name} is synthetic benchmark data, re-imported from a generated legacy page.

## Outlook
Nothing here describes a real country.
`
}

/**
 * Writes the pages of the given countries, runs the import as a child process and returns its
 * wall time; the import's output goes to `logFile`.
 */
export async function timeLegacyImport(
  countries: readonly LegacyCountry[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  signal?: AbortSignal,
): Promise<{ files: number; ms: number; ok: boolean }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-legacy-'))
  try {
    countries.forEach((country, i) =>
      writeFileSync(path.join(folder, `${String(i + 1).padStart(3, '0')}.txt`), legacyPage(country, i + 1)),
    )
    const out = openSync(logFile, 'w')
    const started = performance.now()
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('npm', ['run', 'import', '--', folder], {
        env,
        signal,
        stdio: ['ignore', out, out],
      })
      child.on('error', reject)
      child.on('exit', resolve)
    })
    const ms = performance.now() - started
    closeSync(out)
    return { files: countries.length, ms, ok: code === 0 }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
