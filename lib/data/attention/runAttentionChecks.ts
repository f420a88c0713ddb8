import { describeError } from '@/lib/platform/errors'

import { ATTENTION_CHECKS } from './checks'
import type { AttentionCheck, AttentionContext, AttentionItem } from './types'

/** A check's outcome as the dashboard shows it. */
export type AttentionSection = { title: string; items: AttentionItem[]; error?: string }

/**
 * Runs every check; one that fails shows its error instead of its list, and the others
 * still show theirs.
 */
export async function runAttentionChecks(
  context: AttentionContext,
  checks: readonly AttentionCheck[] = ATTENTION_CHECKS,
): Promise<AttentionSection[]> {
  const outcomes = await Promise.allSettled(checks.map((check) => check.run(context)))
  return outcomes.map((outcome, index) => {
    const title = checks[index]?.title ?? 'Check'
    if (outcome.status === 'rejected') return { title, items: [], error: describeError(outcome.reason) }
    return { title: outcome.value.title ?? title, items: outcome.value.items }
  })
}
