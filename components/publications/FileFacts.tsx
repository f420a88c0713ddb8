import { formatFileSize } from '@/lib/domain/format'
import type { PublicationSummary } from '@/lib/domain/publications/types'

/** "PDF, 12.4 MB, 96 pages": what a visitor is about to open. */
export function FileFacts({
  publication,
}: {
  publication: Pick<PublicationSummary, 'fileSize' | 'pageCount'>
}) {
  const { fileSize, pageCount } = publication
  const parts = [
    'PDF',
    fileSize ? formatFileSize(fileSize) : null,
    pageCount ? `${pageCount} ${pageCount === 1 ? 'page' : 'pages'}` : null,
  ]
  return <>{parts.filter(Boolean).join(', ')}</>
}
