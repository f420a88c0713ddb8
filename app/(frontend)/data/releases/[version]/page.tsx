import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'

import { HowToCite } from '@/components/open-data/HowToCite'
import { ReleaseChanges } from '@/components/open-data/ReleaseChanges'
import { getRelease, getReleaseSummaries } from '@/lib/data/readers/releases'
import { resolveSiteUrl } from '@/lib/platform/env'
import { citePage, formatAccessDate } from '@/lib/domain/open-data/citation'
import { DATASET_TITLE } from '@/lib/domain/open-data/dataset'
import { diffReleases } from '@/lib/domain/open-data/releaseDiff'
import { readReleaseSegment } from '@/lib/domain/open-data/releaseRoutes'
import { readReleaseSnapshot } from '@/lib/domain/open-data/releaseSnapshot'
import { resolveOpenDataSettings } from '@/lib/domain/open-data/settings'
import { DATA_PAGE, releaseFile, releasePage } from '@/lib/domain/urls'

type Props = { params: Promise<{ version: string }> }

// Rendered on first request and cached until a release is published; the build needs no database.
export function generateStaticParams() {
  return []
}

/** The release a segment names, with the one before it; `latest` is answered by a redirect. */
const loadRelease = cache(async (segment: string) => {
  const asked = readReleaseSegment(segment)
  if (asked.kind === 'malformed') return null
  const summaries = await getReleaseSummaries()
  // The numbered page is the one to cite; `latest` only leads there.
  if (asked.kind === 'latest') return summaries[0] ? redirect(releasePage(summaries[0].version)) : null
  const release = await getRelease(asked.version)
  if (!release) return null
  const index = summaries.findIndex((summary) => summary.version === release.version)
  const previousVersion = summaries[index + 1]?.version ?? null
  const previous = previousVersion ? await getRelease(previousVersion) : null
  return { release, previous }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadRelease((await params).version)
  if (!loaded) return { title: 'Release not found' }
  const { version, notes } = loaded.release
  const description = notes ?? `Data release ${version}: the EV statistics of every member country, frozen.`
  return { title: `Data release ${version}`, description, alternates: { canonical: releasePage(version) } }
}

const FILES = [
  { file: 'csv', label: 'CSV' },
  { file: 'json', label: 'JSON' },
  { file: 'dataPackage', label: 'Data package' },
] as const

const link = 'text-brand-700 underline'

export default async function ReleasePage({ params }: Props) {
  const loaded = await loadRelease((await params).version)
  if (!loaded) notFound()
  const { release, previous } = loaded
  const changes = diffReleases(
    previous ? readReleaseSnapshot(previous.files.json) : null,
    readReleaseSnapshot(release.files.json),
  )
  // Cited as published: the publisher and licence frozen with it, not today's settings.
  const settings = resolveOpenDataSettings({
    publisherName: release.publisherName,
    licenceName: release.licence?.name,
    licenceUrl: release.licence?.url,
  })
  const citation = citePage({
    title: DATASET_TITLE,
    path: releasePage(release.version),
    siteUrl: resolveSiteUrl(),
    settings,
    modified: release.publishedAt,
    version: release.version,
  })
  return (
    <article className="space-y-8">
      <p>
        <a href={DATA_PAGE} className={link}>
          Open data
        </a>
      </p>
      <h1 className="text-3xl font-bold">Data release {release.version}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">Published</dt>
        <dd>
          <time dateTime={release.publishedAt}>{formatAccessDate(new Date(release.publishedAt))}</time>
        </dd>
        <dt className="font-semibold">Licence</dt>
        <dd>
          <a href={settings.licenceUrl} rel="license" className={link}>
            {settings.licenceName}
          </a>
        </dd>
        <dt className="font-semibold">Publisher</dt>
        <dd>{settings.publisherName}</dd>
        <dt className="font-semibold">Contents</dt>
        <dd>
          {release.countryCount} countries, {release.rowCount} country-years
        </dd>
      </dl>
      {release.notes && <p className="max-w-prose whitespace-pre-line text-slate-800">{release.notes}</p>}
      <section aria-labelledby="files-heading" className="space-y-2">
        <h2 id="files-heading" className="text-2xl font-semibold">
          Files
        </h2>
        <p className="text-slate-800">Frozen when the release was published; they never change.</p>
        <ul className="list-disc pl-6">
          {FILES.map(({ file, label }) => (
            <li key={file}>
              <a href={releaseFile(release.version, file)} className={link}>
                {label}
              </a>{' '}
              <span className="font-mono text-sm">{releaseFile(release.version, file)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="changes-heading" className="space-y-2">
        <h2 id="changes-heading" className="text-2xl font-semibold">
          Changes since the previous release
        </h2>
        <ReleaseChanges changes={changes} previous={previous?.version ?? null} />
      </section>
      <HowToCite citation={citation} />
    </article>
  )
}
