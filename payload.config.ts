import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildConfig } from 'payload'

import { Contacts } from './collections/Contacts'
import { Countries } from './collections/Countries'
import { DataReleases } from './collections/DataReleases'
import { EvStatistics } from './collections/EvStatistics'
import { Media } from './collections/Media'
import { PdfExtracts } from './collections/PdfExtracts'
import { PolicyArticles } from './collections/PolicyArticles'
import { Publications } from './collections/Publications'
import { Tasks } from './collections/Tasks'
import { Users } from './collections/Users'
import { OpenData } from './globals/OpenData'
import { revalidateEndpoint } from './endpoints/revalidate'
import { keepValidationDetails } from './hooks/keepValidationDetails'
import { reportDatabaseUnavailable } from './hooks/reportDatabaseUnavailable'
import { withUnknownFieldCheck } from './hooks/rejectUnknownFields'
import { reportInvalidValue } from './hooks/reportInvalidValue'
import { articleEditor } from './fields/richText'
import { installAfterCommit } from './lib/data/content/afterCommit'
import { extractPdfTask, PDF_QUEUE, queueUnreadPdfs } from './lib/data/publications/extraction'
import { prepareSearchIndex } from './lib/data/search-index/sync'
import { createDatabaseAdapter } from './lib/platform/database/adapter'
import { resolveAllowedOrigins, resolvePayloadSecret } from './lib/platform/env'
import { shouldRunJobs } from './lib/platform/jobQueue'
import { MAX_PUBLICATION_BYTES } from './lib/platform/limits'
import { previewUrlOf } from './lib/domain/urls'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — EV Country Profiles' },
    // What needs an editor's attention, above the collection cards (lib/data/attention/).
    components: { beforeDashboard: ['/components/admin/dashboard/AttentionList#AttentionList'] },
    livePreview: {
      url: ({ data, collectionConfig }) =>
        (collectionConfig ? previewUrlOf(collectionConfig.slug, data) : null) ?? '/',
      collections: ['countries', 'policy-articles'],
      breakpoints: [
        { label: 'Phone', name: 'phone', width: 375, height: 667 },
        { label: 'Tablet', name: 'tablet', width: 768, height: 1024 },
        { label: 'Desktop', name: 'desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections: [
    Countries,
    EvStatistics,
    Contacts,
    Tasks,
    PolicyArticles,
    Publications,
    Media,
    DataReleases,
    Users,
    PdfExtracts,
  ].map(withUnknownFieldCheck),
  globals: [OpenData],
  editor: articleEditor,
  endpoints: [revalidateEndpoint],
  hooks: { afterError: [keepValidationDetails, reportDatabaseUnavailable, reportInvalidValue] },
  secret: resolvePayloadSecret(),
  // A session cookie counts only on requests from the site's own origin, and only that
  // origin may call the API from a browser script.
  csrf: resolveAllowedOrigins(),
  cors: resolveAllowedOrigins(),
  db: createDatabaseAdapter({ migrations, migrationDir: path.resolve(dirname, 'migrations') }),
  onInit: async (payload) => {
    // Caches are expired only once a change is committed (hooks/revalidateCollection.ts).
    installAfterCommit(payload.db)
    // Search runs on a full-text index kept beside the content (lib/data/search-index/).
    await prepareSearchIndex(payload)
    // PDFs that arrived without being read (a migration, a restored backup) are read now.
    await queueUnreadPdfs(payload)
  },
  // The largest upload of any collection; each collection refuses what exceeds its own limit
  // (hooks/limitUploadSize.ts). Uploads are written to temporary files as they arrive, never
  // held in memory whole (a report can be 200 MB); a folder per process, as Payload names the
  // files by a counter of its own and the time.
  upload: {
    limits: { fileSize: MAX_PUBLICATION_BYTES },
    useTempFiles: true,
    tempFileDir: path.join(os.tmpdir(), 'ev-country-profiles-uploads', String(process.pid)),
  },
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Otherwise every non-production start (each test file, a server under test with another
    // database) rewrites this file in the background, and with MongoDB it writes string ids.
    // `npm run generate:types` writes it; tests/int/generated-files.int.test.ts checks it.
    autoGenerate: false,
  },
  jobs: {
    // Scheduled publishing and the reading of publications' PDFs run inside the server itself: no
    // external cron is needed, and no run starts once the server is stopping
    // (lib/platform/jobQueue.ts). PDFs one at a time: each reading is a child process of its own
    // with its memory cap (lib/platform/pdf/), never several at once.
    tasks: [extractPdfTask],
    // Payload deletes a finished job with a write outside any transaction; on SQLite one that meets
    // a save's lock fails and leaves the connection reading an old snapshot (saves then seem lost
    // until it is gone). Finished jobs stay instead: a row per PDF read or article scheduled.
    deleteJobOnComplete: false,
    autoRun: [
      { cron: '*/5 * * * * *', queue: 'default', limit: 10 },
      { cron: '*/5 * * * * *', queue: PDF_QUEUE, limit: 1 },
    ],
    shouldAutoRun: shouldRunJobs,
  },
  telemetry: false,
})
