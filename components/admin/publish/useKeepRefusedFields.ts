'use client'

import { useAllFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

type Refused = { path: string; message: string; value: string }

// How long to wait for the refusal's messages to reach the form state.
const CAPTURE_MS = 5_000

/**
 * After a refused publish, keeps the server's messages next to their fields until the editor
 * changes them. The admin asks the server for the form's state (without validating) a moment
 * after each keystroke; an answer to a request sent just before the publish can arrive after
 * the refusal and would wipe its messages, so a publish clicked right after typing showed none.
 * Returns the function to call once a publish was refused.
 */
export function useKeepRefusedFields(): () => void {
  const [fields, dispatchFields] = useAllFormFields()
  const [isWatching, setIsWatching] = useState(false)
  const refused = useRef<Refused[]>([])
  const captureUntil = useRef(0)

  useEffect(() => {
    if (!isWatching) return
    if (refused.current.length === 0) {
      refused.current = Object.entries(fields).flatMap(([path, field]) =>
        field.valid === false && field.errorMessage
          ? [{ path, message: field.errorMessage, value: JSON.stringify(field.value) }]
          : [],
      )
      if (refused.current.length === 0 && Date.now() > captureUntil.current) setIsWatching(false)
      return
    }
    refused.current = refused.current.filter(
      ({ path, value }) => JSON.stringify(fields[path]?.value) === value,
    )
    if (refused.current.length === 0) return setIsWatching(false)
    const wiped = refused.current.filter(({ path }) => fields[path]?.valid !== false)
    if (wiped.length > 0) {
      dispatchFields({
        type: 'ADD_SERVER_ERRORS',
        errors: wiped.map(({ path, message }) => ({ path, message })),
      })
    }
  }, [fields, isWatching, dispatchFields])

  return useCallback(() => {
    refused.current = []
    captureUntil.current = Date.now() + CAPTURE_MS
    setIsWatching(true)
  }, [])
}
