import { adminDocumentUrl } from '../documents'
import type { AttentionCheck } from '../types'

/** Tasks an import created for an unknown task number, which wait for a title and publishing. */
export const placeholderTasks: AttentionCheck = {
  title: 'Placeholder tasks',
  run: async ({ payload, user }) => {
    const { docs } = await payload.find({
      collection: 'tasks',
      where: { placeholder: { equals: true } },
      sort: 'number',
      pagination: false,
      depth: 0,
      select: { number: true, label: true },
      overrideAccess: false,
      user,
    })
    const items = docs.map((task) => ({
      label: task.label ?? `Task ${task.number}`,
      href: adminDocumentUrl(payload, 'tasks', task.id),
      detail: 'created by an import; fill it in and publish it',
    }))
    return { items }
  },
}
