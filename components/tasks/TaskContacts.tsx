import { CONTACT_ROLES } from '@/collections/Contacts'
import type { TaskContact } from '@/lib/data/readers/tasks'

const roleLabel = (role: string) => CONTACT_ROLES.find((option) => option.value === role)?.label ?? 'Contact'

/** A task's operating agent and other contacts, each with role, affiliation and a mailto link. */
export function TaskContacts({ contacts }: { contacts: TaskContact[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {contacts.map((contact) => (
        <li key={`${contact.name}-${contact.email ?? ''}`} className="rounded border border-slate-200 p-3">
          <p className="text-sm text-slate-700">{roleLabel(contact.role)}</p>
          <p className="font-semibold">{contact.name}</p>
          {contact.affiliation && <p className="text-slate-700">{contact.affiliation}</p>}
          {contact.email && (
            <p>
              <a href={`mailto:${contact.email}`} className="text-brand-700 underline">
                {contact.email}
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
