import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { PublicationsSection } from '@/components/publications/PublicationsSection'
import { RichText } from '@/components/RichText'
import { TaskContacts } from '@/components/tasks/TaskContacts'
import { TaskStatusBadge } from '@/components/tasks/TaskStatusBadge'
import { getPublicationsAbout } from '@/lib/data/readers/publications'
import { formatTaskPeriod, getTaskPage } from '@/lib/data/readers/tasks'
import { countryUrls, taskPath, TASKS_PAGE } from '@/lib/domain/urls'

type Props = { params: Promise<{ number: string }> }

// Rendered on first request and cached; the build needs no database.
export function generateStaticParams() {
  return []
}

const loadTask = cache(async (raw: string) => {
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) return null
  return getTaskPage(Number(raw))
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const task = await loadTask((await params).number)
  if (!task) return { title: 'Task not found' }
  const description =
    task.summary ??
    `Task ${task.number}: ${task.title} — ${task.status}, ${formatTaskPeriod(task) || 'period not set'}, with its participating countries.`
  return {
    title: `Task ${task.number}: ${task.title}`,
    description,
    alternates: { canonical: taskPath(task.number) },
    openGraph: { title: `Task ${task.number}: ${task.title}`, description, url: taskPath(task.number) },
  }
}

function CountryList({ countries, empty }: { countries: { name: string; slug: string }[]; empty: string }) {
  if (countries.length === 0) return <p className="text-slate-700">{empty}</p>
  return (
    <ul className="space-y-1">
      {countries.map((country) => (
        <li key={country.slug}>
          <Link href={countryUrls(country.slug).page} className="text-brand-700 underline">
            {country.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}

export default async function TaskPage({ params }: Props) {
  const task = await loadTask((await params).number)
  if (!task) notFound()
  const period = formatTaskPeriod(task)
  const publications = await getPublicationsAbout({ task: task.number })

  return (
    <article className="space-y-6">
      <p className="no-print">
        <Link href={TASKS_PAGE} className="text-brand-700 underline">
          All research tasks
        </Link>
      </p>
      <h1 className="text-3xl font-bold">
        Task {task.number}: {task.title}
      </h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">Status</dt>
        <dd>
          <TaskStatusBadge status={task.status} />
        </dd>
        <dt className="font-semibold">Period</dt>
        <dd>{period || 'Not set'}</dd>
      </dl>
      {task.summary && <p className="max-w-prose text-lg text-slate-800">{task.summary}</p>}
      <RichText data={task.description} className="max-w-prose" />
      {task.contacts.length > 0 && (
        <section aria-labelledby="contacts-heading" className="space-y-2">
          <h2 id="contacts-heading" className="text-2xl font-semibold">
            Contacts
          </h2>
          <TaskContacts contacts={task.contacts} />
        </section>
      )}
      <section aria-labelledby="participants-heading" className="space-y-2">
        <h2 id="participants-heading" className="text-2xl font-semibold">
          Participating countries
        </h2>
        <CountryList countries={task.participants} empty="No country currently lists this task." />
      </section>
      <section aria-labelledby="past-heading" className="space-y-2">
        <h2 id="past-heading" className="text-2xl font-semibold">
          Countries that completed this task
        </h2>
        <CountryList countries={task.pastParticipants} empty="No country lists this task as completed." />
      </section>
      <PublicationsSection
        subject={`Task ${task.number}`}
        chapter={task.chapter}
        publications={publications}
        empty="No publications of this task yet."
      />
    </article>
  )
}
