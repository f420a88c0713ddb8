import { connection } from 'next/server'

import { getTaskPage } from '@/lib/data/readers/tasks'
import { pdfAtPage, taskPath } from '@/lib/domain/urls'
import { TAGS } from '@/lib/platform/cache/tags'

import { permanentRedirect } from '../../_legacy/permanentRedirect'

type Props = { params: Promise<{ number: string }> }

/**
 * `/tasksChapters/<n>`, a task's chapter on the former site: 301 to the chapter (the PDF at its
 * page), or to the task's page while it has none.
 */
export async function GET(_request: Request, { params }: Props) {
  await connection()
  const raw = (await params).number
  const task = /^[1-9]\d{0,5}$/.test(raw) ? await getTaskPage(Number(raw)) : null
  if (!task) {
    return new Response('There is no such task.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const { chapter } = task
  const target = chapter ? pdfAtPage(chapter.fileUrl, chapter.startPage) : taskPath(task.number)
  return permanentRedirect(target, [TAGS.tasks, TAGS.publications])
}
