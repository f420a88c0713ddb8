'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { describeCounts, postStatisticsCsv, type CsvOutcome } from './postStatisticsCsv'

// Plain elements with the admin's own CSS variables, so it follows the light and dark themes.
const panel = {
  display: 'grid',
  gap: 'calc(var(--base) / 2)',
  marginBottom: 'var(--base)',
  padding: 'calc(var(--base) / 2) var(--base)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m)',
} as const
const row = { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 'calc(var(--base) / 2)' } as const
const alert = {
  borderLeft: '4px solid var(--theme-error-500)',
  paddingLeft: 'calc(var(--base) / 2)',
} as const

function Outcome({ outcome }: { outcome: CsvOutcome }) {
  if (outcome.ok) {
    const counts = describeCounts(outcome)
    const text = outcome.dryRun ? `Check passed: ${counts}. Nothing was written yet.` : `Imported: ${counts}.`
    return <p role="status">{text}</p>
  }
  return (
    <div role="alert" style={alert}>
      <p>
        {outcome.dryRun ? 'The file has errors:' : 'Nothing was imported. Fix these lines and try again:'}
      </p>
      <ul>
        {outcome.problems.map(({ line, message }) => (
          <li key={`${line ?? 0} ${message}`}>{line === undefined ? message : `line ${line}: ${message}`}</li>
        ))}
      </ul>
    </div>
  )
}

/** Above the statistics list: download every row as CSV, or check and import a CSV file. */
export function StatisticsCsv() {
  const { config } = useConfig()
  const router = useRouter()
  const inputId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const [outcome, setOutcome] = useState<CsvOutcome | null>(null)
  const url = `${config.serverURL}${config.routes.api}/ev-statistics/csv`

  async function send(dryRun: boolean) {
    if (!file) return
    setIsBusy(true)
    setOutcome(null)
    const result = await postStatisticsCsv(url, file, dryRun)
    setOutcome(result)
    setIsBusy(false)
    // The list below is rendered on the server: show the imported rows.
    if (result.ok && !dryRun) router.refresh()
  }

  return (
    <section aria-label="Import and export as CSV" style={panel}>
      <div style={row}>
        <Button el="anchor" url={url} buttonStyle="secondary" size="medium" margin={false}>
          Download CSV
        </Button>
        <span>Columns: country (ISO code or slug), year, bev, phev, hev, total_new_cars, source, notes.</span>
      </div>
      <div style={row}>
        <label htmlFor={inputId}>CSV file to import</label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setOutcome(null)
          }}
        />
        <Button
          buttonStyle="secondary"
          size="medium"
          margin={false}
          disabled={!file || isBusy}
          onClick={() => void send(true)}
        >
          Check
        </Button>
        <Button
          buttonStyle="primary"
          size="medium"
          margin={false}
          disabled={!file || isBusy}
          onClick={() => void send(false)}
        >
          Import
        </Button>
      </div>
      {outcome && <Outcome outcome={outcome} />}
    </section>
  )
}
