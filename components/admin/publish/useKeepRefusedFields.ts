'use client'

import { useAllFormFields } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

type Refused = { path: string; message: string; value: string }

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
  const refused = useRef<Refused[] | null>(null)

  useEffect(() => {
    if (!isWatching) return
    // The first state after the refusal holds its messages.
    refused.current ??= Object.entries(fields).flatMap(([path, field]) =>
      field.valid === false && field.errorMessage
        ? [{ path, message: field.errorMessage, value: JSON.stringify(field.value) }]
        : [],
    )
    const kept = refused.current.filter(({ path, value }) => JSON.stringify(fields[path]?.value) === value)
    refused.current = kept
    if (kept.length === 0) return setIsWatching(false)
    const wiped = kept.filter(({ path }) => fields[path]?.valid !== false)
    if (wiped.length > 0)
      dispatchFields({
        type: 'ADD_SERVER_ERRORS',
        errors: wiped.map(({ path, message }) => ({ path, message })),
      })
  }, [fields, isWatching, dispatchFields])

  return useCallback(() => {
    refused.current = null
    setIsWatching(true)
  }, [])
}
