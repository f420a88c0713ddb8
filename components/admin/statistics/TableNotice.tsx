'use client'

/** What the table says after a paste or a save: a status, or an alert with details. */
export type Notice = { kind: 'status' | 'alert'; text: string; details?: string[] }

/** Live regions, present from the start so screen readers announce what lands in them. */
export function TableNotice({ notice }: { notice: Notice | null }) {
  const alert = notice?.kind === 'alert' ? notice : null
  return (
    <>
      <div role="status">{notice?.kind === 'status' && notice.text}</div>
      <div role="alert" className={alert ? 'evcp-stats__alert' : undefined}>
        {alert && (
          <>
            <p>{alert.text}</p>
            {alert.details && alert.details.length > 0 && (
              <ul>
                {alert.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </>
  )
}
