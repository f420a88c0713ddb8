export { findReviewItems, type ReviewItem } from './findReviewItems'
export { hasOpenReviewItems } from './hasOpenReviewItems'
