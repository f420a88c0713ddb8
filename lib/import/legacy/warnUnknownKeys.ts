import type { IssueLog } from '@/lib/domain/issues'
import type { FrontMatterField } from './readFrontMatter'

/** A warning for each front matter key the importer does not read. */
export function warnUnknownKeys(
  fields: Map<string, FrontMatterField>,
  known: ReadonlySet<string>,
  log: IssueLog,
): void {
  for (const field of fields.values()) {
    if (!known.has(field.key)) {
      log.warnings.push({
        line: field.line,
        message: `unknown key "${field.key}" ignored`,
        kind: 'unknown key',
      })
    }
  }
}
