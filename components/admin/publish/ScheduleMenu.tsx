'use client'

import { PopupList } from '@payloadcms/ui'

/** Payload's schedule drawer for a document (its own publish button opens the same one). */
export function scheduleDrawerSlug(id: number | string): string {
  return `schedule-publish-${id}`
}

/**
 * The publish button's menu where scheduled publishing is on: "Schedule publish" opens
 * Payload's drawer, which the hidden Payload publish button keeps mounted.
 */
export function scheduleMenu(label: string, openDrawer: () => void) {
  function ScheduleMenu({ close }: { close: () => void }) {
    return (
      <PopupList.ButtonGroup>
        <PopupList.Button
          onClick={() => {
            openDrawer()
            close()
          }}
        >
          {label}
        </PopupList.Button>
      </PopupList.ButtonGroup>
    )
  }
  return ScheduleMenu
}
