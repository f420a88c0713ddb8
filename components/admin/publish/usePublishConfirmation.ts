import type { ReactNode } from 'react'

/** A question put to the editor before publishing, and the element that asks it. */
export type PublishConfirmation = {
  /** Resolves to true when publishing may go ahead. */
  confirm: () => Promise<boolean>
  /** Rendered next to the publish button (a dialog, say); null when there is nothing to ask. */
  dialog: ReactNode
}

/**
 * Asked before every publish from an edit screen. The place for a question to the editor,
 * for example when the document still has open review items (read them with Payload's
 * `useFormFields`); today nothing needs asking.
 */
export function usePublishConfirmation(): PublishConfirmation {
  return { confirm: () => Promise.resolve(true), dialog: null }
}
