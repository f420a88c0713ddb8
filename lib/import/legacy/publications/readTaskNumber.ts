import type { IssueLog } from '@/lib/domain/issues'

/** "Task 27", "Task_26", "Task12", "task-45", not preceded by a letter ("Multitask 3" is none). */
const TASK = /(?<![a-z])task[\s_-]*(\d{1,4})(?!\d)/i

/** The task number a title or file name gives, or null. */
export function taskNumberIn(text: string): number | null {
  const match = TASK.exec(text)
  return match?.[1] ? Number(match[1]) : null
}

/**
 * The task a publication belongs to: the one its title names, else the one its file name names.
 * Where both name one and they differ, the title's wins, with a warning naming both.
 */
export function readPublicationTask(
  title: { text: string; line: number },
  fileName: string,
  log: IssueLog,
): number | null {
  const fromTitle = taskNumberIn(title.text)
  const fromFile = taskNumberIn(fileName)
  if (fromTitle !== null && fromFile !== null && fromTitle !== fromFile) {
    const message = `the title names task ${fromTitle} and the file name task ${fromFile}: the publication is put under task ${fromTitle}, the title's`
    log.warnings.push({ line: title.line, message, kind: 'task' })
  }
  return fromTitle ?? fromFile
}
