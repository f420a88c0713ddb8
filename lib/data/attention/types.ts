import type { Payload } from 'payload'

import type { User } from '@/payload-types'

/** One thing an editor should look at, linking to the document it is about. */
export type AttentionItem = { label: string; href: string; detail?: string }

/** What a check found (nothing, when all is well), and its heading when it depends on the data. */
export type AttentionResult = { items: AttentionItem[]; title?: string }

/** What every check gets: the Local API, the signed-in editor (whose access applies) and now. */
export type AttentionContext = { payload: Payload; user: User; now: Date }

/**
 * One thing the dashboard checks. Each check lives in a file of its own under
 * `lib/attention/checks/` and is listed once in `lib/data/attention/checks/index.ts`.
 */
export type AttentionCheck = {
  /** The heading of the check's list on the dashboard. */
  title: string
  run: (context: AttentionContext) => Promise<AttentionResult>
}
