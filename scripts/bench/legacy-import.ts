// Import at scale: writes one legacy-format page (as seed/000_717ca14df04e7b3c.txt) per synthetic
// country into a temporary folder and times `npm run import -- <folder>` end to end.
import { spawn } from 'node:child_process'
import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * One legacy page; the flag URL carries the country's ISO code, as real legacy files do.
 * @param {{ name: string, isoCode: string }} country @param {number} index
 */
function legacyPage({ name, isoCode }, index) {
  const values = (base) =>
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
 * @param {{ name: string, isoCode: string }[]} countries @param {NodeJS.ProcessEnv} env @param {string} logFile
 */
export async function timeLegacyImport(countries, env, logFile) {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-legacy-'))
  try {
    countries.forEach((country, i) =>
      writeFileSync(path.join(folder, `${String(i + 1).padStart(3, '0')}.txt`), legacyPage(country, i + 1)),
    )
    const out = openSync(logFile, 'w')
    const started = performance.now()
    const code = await new Promise((resolve, reject) => {
      const child = spawn('npm', ['run', 'import', '--', folder], { env, stdio: ['ignore', out, out] })
      child.on('error', reject)
      child.on('exit', resolve)
    })
    const ms = performance.now() - started
    return { files: countries.length, ms, ok: code === 0 }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
