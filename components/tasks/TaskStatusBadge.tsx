import type { TaskStatus } from '@/lib/data/readers/tasks'

/** "Ongoing" or "Completed", in words (colour only reinforces it). */
export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const isOngoing = status === 'ongoing'
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${
        isOngoing ? 'bg-emerald-100 text-emerald-900' : 'bg-slate-200 text-slate-800'
      }`}
    >
      {isOngoing ? 'Ongoing' : 'Completed'}
    </span>
  )
}
