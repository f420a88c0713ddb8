'use client'

import { useEffect, useState } from 'react'

import { ACCESS_DATE_PLACEHOLDER, formatAccessDate } from '@/lib/domain/open-data/citation'

/**
 * Today's date, as the reader's access date. Pages are cached for everyone, so the server
 * renders a placeholder and the browser puts in its own date once the page has loaded.
 */
export function AccessDate() {
  const [today, setToday] = useState<string | null>(null)
  useEffect(() => setToday(formatAccessDate(new Date())), [])
  return <span data-access-date="">{today ?? ACCESS_DATE_PLACEHOLDER}</span>
}
