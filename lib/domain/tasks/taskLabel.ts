/** How the admin names a task, as editors and the legacy files do: "Task 10 — Electrochemical Systems". */
export function formatTaskLabel(number: number | null | undefined, title: string | null | undefined): string {
  const name = typeof number === 'number' ? `Task ${number}` : 'Task'
  const text = title?.trim()
  return text ? `${name} — ${text}` : name
}
