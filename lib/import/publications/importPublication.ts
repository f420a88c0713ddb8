import type { Payload, PayloadRequest } from 'payload'

import type { Issue } from '@/lib/domain/issues'
import type { LegacyPublication } from '@/lib/import/legacy/publications'

import { lineOfKey } from '../detectKind'
import type { SourceFile } from '../importPage'
import { hashText, hashValue } from '../records/hashValue'
import { importRecordKey } from '../records/importRecords'
import { trackedImport } from '../records/trackedImport'
import type { FileOutcome } from '../types'
import { legacyAssetsOf, locateAssets } from './locateAssets'
import { writePublication } from './writePublication'

type Context = { req: PayloadRequest; dryRun: boolean; warnings: Issue[] }

/**
 * Imports a parsed legacy publication with its PDF and thumbnail from the site's `assets/`. Its
 * fingerprint covers the file's text and the content of both files, so a PDF replaced on disk is
 * imported again, and nothing is written while none of them changed.
 */
export async function importPublication(
  payload: Payload,
  publication: LegacyPublication,
  input: SourceFile & { slug: string },
  context: Context,
): Promise<{ outcome: FileOutcome; summary: string }> {
  const legacy = await legacyAssetsOf(input.file, input.root)
  const assets = await locateAssets(legacy, publication.src, publication.thumbnailSrc)
  const target = {
    collection: 'publications' as const,
    where: { slug: { equals: input.slug } },
    recordKey: importRecordKey('publications', input.slug),
    source: hashValue([hashText(input.source), assets.pdf?.hash ?? null, assets.thumbnail?.hash ?? null]),
  }
  const lineOf = (key: string) => lineOfKey(input.source, key)
  return trackedImport(payload, target, context, (tracker) =>
    writePublication(publication, { tracker, lineOf, slug: input.slug, assets }),
  )
}
