'use client'

import { ConfirmationModal, useForm, useModal } from '@payloadcms/ui'
import { type ReactNode, useCallback, useRef, useState } from 'react'

import { findReviewItems, type ReviewItem } from '@/lib/domain/review'

/** A question put to the editor before publishing, and the element that asks it. */
export type PublishConfirmation = {
  /** Resolves to true when publishing may go ahead. */
  confirm: () => Promise<boolean>
  /** Rendered next to the publish button: the dialog that asks. */
  dialog: ReactNode
}

const MODAL_SLUG = 'publish-with-open-questions'

/**
 * Asked before every publish from an edit screen: when the text as it stands in the form still
 * holds editors' open questions (lib/domain/review), the editor sees them and chooses to publish anyway
 * or to go back. The text is read at the moment of the click, so questions just resolved or just
 * typed count, whether or not an autosave has stored them yet.
 */
export function usePublishConfirmation(): PublishConfirmation {
  const { getData } = useForm()
  const { openModal } = useModal()
  const [items, setItems] = useState<ReviewItem[]>([])
  const answer = useRef<((isConfirmed: boolean) => void) | undefined>(undefined)

  const settle = useCallback((isConfirmed: boolean) => {
    answer.current?.(isConfirmed)
    answer.current = undefined
  }, [])

  const confirm = useCallback((): Promise<boolean> => {
    const fields: unknown[] = Object.values(getData())
    const open = findReviewItems(...fields)
    if (open.length === 0) return Promise.resolve(true)
    setItems(open)
    openModal(MODAL_SLUG)
    return new Promise<boolean>((resolve) => {
      answer.current = resolve
    })
  }, [getData, openModal])

  const count = items.length === 1 ? 'an open question' : `${items.length} open questions`
  const dialog = (
    <ConfirmationModal
      modalSlug={MODAL_SLUG}
      heading={`This text still has ${count}`}
      body={
        <>
          <p>Visitors will see these notes as they are written:</p>
          <ul>
            {items.map((item, index) => (
              <li key={`${index}-${item.question}`}>
                <strong>{item.question}</strong> in “{item.sentence}”
              </li>
            ))}
          </ul>
        </>
      }
      confirmLabel="Publish anyway"
      cancelLabel="Go back"
      onConfirm={() => settle(true)}
      onCancel={() => settle(false)}
    />
  )
  return { confirm, dialog }
}
