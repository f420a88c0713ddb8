import { describeChapter, type Chapter } from '@/lib/domain/publications/chapter'
import { pdfAtPage } from '@/lib/domain/urls'

/** "Belgium in the Annual Report 2021, from page 107", opening the PDF at that page. */
export function ChapterLink({ subject, chapter }: { subject: string; chapter: Chapter }) {
  return (
    <a href={pdfAtPage(chapter.fileUrl, chapter.startPage)} className="text-brand-700 underline">
      {describeChapter(subject, chapter)}
    </a>
  )
}
