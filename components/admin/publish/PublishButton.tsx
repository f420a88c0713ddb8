'use client'

import {
  Button,
  PublishButton as PayloadPublishButton,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormBackgroundProcessing,
  useFormInitializing,
  useFormModified,
  useFormProcessing,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { hasScheduledPublishEnabled } from 'payload/shared'
import { useCallback, useEffect, useMemo, useState } from 'react'

import { scheduleDrawerSlug, scheduleMenu } from './ScheduleMenu'
import { useKeepRefusedFields } from './useKeepRefusedFields'
import { usePublishConfirmation } from './usePublishConfirmation'

/**
 * "Publish changes" that an autosave cannot swallow. Payload's own button is disabled while
 * an autosave is in flight, so a click that lands then is lost. This one stays enabled: a
 * click during an autosave waits for it to finish, then publishes what the form holds.
 * Payload's button stays mounted, hidden, for its "Schedule publish" drawer.
 */
export function PublishButton() {
  const info = useDocumentInfo()
  const { id, collectionSlug, hasPublishPermission, hasPublishedDoc, unpublishedVersionCount } = info
  const { config, getEntityConfig } = useConfig()
  const { submit } = useForm()
  const { toggleModal } = useModal()
  const confirmation = usePublishConfirmation()
  const keepRefusedFields = useKeepRefusedFields()
  const { t } = useTranslation()
  const modified = useFormModified()
  const isSubmitting = useFormProcessing()
  const isAutosaving = useFormBackgroundProcessing()
  const isInitializing = useFormInitializing()
  const [isWaiting, setIsWaiting] = useState(false)
  const canPublish =
    (modified || unpublishedVersionCount > 0 || !hasPublishedDoc) && info.uploadStatus !== 'uploading'

  const publish = useCallback(async () => {
    if (!(await confirmation.confirm())) return
    const path = `/${collectionSlug}${id === undefined ? '' : `/${id}`}?depth=0`
    const result = await submit({
      action: `${config.serverURL}${config.routes.api}${path}`,
      overrides: { _status: 'published' },
    })
    if (!result?.res.ok) return keepRefusedFields()
    info.setUnpublishedVersionCount(0)
    info.setMostRecentVersionIsAutosaved(false)
    info.setHasPublishedDoc(true)
  }, [collectionSlug, id, config, submit, info, confirmation, keepRefusedFields])

  const menu = useMemo(() => {
    const entity = collectionSlug ? getEntityConfig({ collectionSlug }) : undefined
    if (id === undefined || !entity || !hasScheduledPublishEnabled(entity)) return undefined
    return scheduleMenu(t('version:schedulePublish'), () => toggleModal(scheduleDrawerSlug(id)))
  }, [collectionSlug, id, getEntityConfig, t, toggleModal])

  // A click while the form is busy is kept and carried out as soon as it is free.
  const isBusy = isAutosaving || isInitializing
  useEffect(() => {
    if (!isWaiting || isBusy) return
    setIsWaiting(false)
    void publish()
  }, [isWaiting, isBusy, publish])

  if (!hasPublishPermission || !collectionSlug) return null
  return (
    <>
      <Button
        buttonStyle="primary"
        size="medium"
        margin={false}
        aria-busy={isWaiting || isSubmitting ? true : undefined}
        disabled={!canPublish || isSubmitting}
        SubMenuPopupContent={menu}
        enableSubMenu={Boolean(menu)}
        onClick={() => (isBusy ? setIsWaiting(true) : void publish())}
      >
        {isWaiting ? t('general:saving') : t('version:publishChanges')}
      </Button>
      {confirmation.dialog}
      <div hidden>
        <PayloadPublishButton />
      </div>
    </>
  )
}
