'use client'

// Catches what no other boundary does, above all errors in the root layouts: the admin's
// layout reads the database on every request (the visitor's access rights), so while the
// database is unavailable every admin page fails there. Without this file a production build
// shows Next's bare "Application error" page. Inline styles: the site's CSS may not load.

type Props = { error: Error & { digest?: string } }

/** A plain message and a retry button, for the public site and the admin alike. */
export default function GlobalError({ error }: Props) {
  return (
    <html lang="en">
      <head>
        <title>Temporarily unavailable — EV Country Profiles</title>
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', color: '#0f172a', margin: 0 }}>
        <main style={{ maxWidth: '40rem', margin: '4rem auto', padding: '0 1.5rem', lineHeight: 1.5 }}>
          <h1 style={{ fontSize: '1.5rem' }}>This page cannot be shown right now</h1>
          <p>
            The site’s database may be unavailable for a moment. Nothing that was saved is lost, and the page
            comes back by itself once the database can be reached again.
          </p>
          <button
            type="button"
            onClick={() => window.location.reload()}
            style={{ marginTop: '1rem', padding: '0.5rem 1rem', font: 'inherit', cursor: 'pointer' }}
          >
            Try again
          </button>
          {error.digest && (
            <p style={{ marginTop: '2rem', fontSize: '0.875rem', color: '#475569' }}>
              Error reference for the site’s operators: {error.digest}
            </p>
          )}
        </main>
      </body>
    </html>
  )
}
