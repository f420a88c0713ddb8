import Link from 'next/link'

import type { TaskLink } from '@/lib/data/readers/countries'
import { taskPath } from '@/lib/domain/urls'

/** A list of research tasks linking to their pages, or a note when there are none. */
export function TaskLinks({ tasks, empty }: { tasks: TaskLink[]; empty: string }) {
  if (tasks.length === 0) return <p className="text-slate-700">{empty}</p>
  return (
    <ul className="space-y-1">
      {tasks.map((task) => (
        <li key={task.number}>
          <Link href={taskPath(task.number)} className="text-brand-700 underline">
            Task {task.number}: {task.title}
          </Link>
        </li>
      ))}
    </ul>
  )
}
