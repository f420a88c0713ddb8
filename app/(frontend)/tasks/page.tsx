import type { Metadata } from 'next'
import Link from 'next/link'

import { TaskStatusBadge } from '@/components/tasks/TaskStatusBadge'
import {
  formatTaskPeriod,
  getTaskSummaries,
  type TaskStatus,
  type TaskSummary,
} from '@/lib/data/readers/tasks'
import { parseFilterValue } from '@/lib/domain/query'
import { readPageQuery, type QueryPageProps } from '@/lib/platform/routes/page'
import { taskPath, TASKS_PAGE, withQuery } from '@/lib/domain/urls'

export const metadata: Metadata = {
  title: 'Research tasks',
  description: 'The numbered international research tasks on electric vehicles, ongoing and completed.',
  alternates: { canonical: TASKS_PAGE },
}

const GROUPS: { status: TaskStatus; heading: string }[] = [
  { status: 'ongoing', heading: 'Ongoing tasks' },
  { status: 'completed', heading: 'Completed tasks' },
]

function TaskList({ tasks }: { tasks: TaskSummary[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200">
      {tasks.map((task) => (
        <li key={task.number} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3">
          <Link href={taskPath(task.number)} className="font-medium text-brand-700 underline">
            Task {task.number}: {task.title}
          </Link>
          <TaskStatusBadge status={task.status} />
          <span className="text-sm text-slate-700">{formatTaskPeriod(task)}</span>
        </li>
      ))}
    </ul>
  )
}

export default async function TasksPage(props: QueryPageProps) {
  const requested = parseFilterValue((await readPageQuery(props, 'tasks')).status)
  const status = GROUPS.find((group) => group.status === requested)?.status
  const tasks = await getTaskSummaries()
  const groups = GROUPS.filter((group) => !status || group.status === status)

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Research tasks</h1>
      <nav aria-label="Filter tasks by status">
        <ul className="flex flex-wrap gap-3">
          {[
            { href: TASKS_PAGE, label: 'All', current: !status },
            ...GROUPS.map((group) => ({
              href: withQuery(TASKS_PAGE, { status: group.status }),
              label: group.heading,
              current: status === group.status,
            })),
          ].map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={link.current ? 'page' : undefined}
                className={`rounded border px-3 py-1 ${link.current ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 text-brand-700 underline'}`}
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {requested && !status && <p role="status">Unknown status “{requested}”: showing all tasks.</p>}
      {groups.map((group) => {
        const list = tasks.filter((task) => task.status === group.status)
        return (
          <section key={group.status} aria-labelledby={`${group.status}-heading`} className="space-y-3">
            <h2 id={`${group.status}-heading`} className="text-2xl font-semibold">
              {group.heading} ({list.length})
            </h2>
            {list.length > 0 ? <TaskList tasks={list} /> : <p>None.</p>}
          </section>
        )
      })}
    </div>
  )
}
