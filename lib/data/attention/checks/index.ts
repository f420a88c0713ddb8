import type { AttentionCheck } from '../types'

import { missingLatestYear } from './missingLatestYear'
import { openReviewItems } from './openReviewItems'
import { placeholderTasks } from './placeholderTasks'
import { publicationPdfs } from './publicationPdfs'
import { scheduledPublications } from './scheduledPublications'
import { staleArticles } from './staleArticles'
import { unpublishedDrafts } from './unpublishedDrafts'

/** What the editors' dashboard checks, in the order it shows them. Add a check here. */
export const ATTENTION_CHECKS: readonly AttentionCheck[] = [
  missingLatestYear,
  unpublishedDrafts,
  scheduledPublications,
  placeholderTasks,
  publicationPdfs,
  openReviewItems,
  staleArticles,
]
