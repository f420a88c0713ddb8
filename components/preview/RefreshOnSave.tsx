'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Inside the admin's live preview (an iframe or a pop-up of the admin, same origin), tells
 * the admin the page is ready and re-renders the server components whenever the editor's
 * document is saved or autosaved. Rendered only in draft mode.
 */
export function RefreshOnSave() {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data
      const isDocumentEvent =
        event.origin === origin &&
        typeof data === 'object' &&
        data !== null &&
        'type' in data &&
        data.type === 'payload-document-event'
      if (isDocumentEvent) router.refresh()
    }
    window.addEventListener('message', onMessage)
    const admin = (window.opener as Window | null) ?? (window.parent !== window ? window.parent : null)
    admin?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
