import { cleanText } from '@/lib/domain/text'

import type { Issue } from './types'

/** A file cut into its YAML front matter and its body, with where each starts. */
export type FrontMatterSplit = {
  yaml: string
  yamlStartLine: number
  body: string
  bodyStartLine: number
}

/** True for a `---` fence; stray spaces and zero-width characters around it are tolerated. */
function isFence(line: string): boolean {
  return cleanText(line) === '---'
}

/** Splits `---`-fenced front matter from the body, or says why the file has none. */
export function splitFrontMatter(source: string): FrontMatterSplit | Issue {
  const lines = source.replace(/\r\n/g, '\n').split('\n')
  if (!isFence(lines[0] ?? '')) {
    return { line: 1, message: 'missing front matter: the file must start with a "---" line' }
  }
  const closing = lines.findIndex((line, index) => index > 0 && isFence(line))
  if (closing < 0) {
    return { line: 1, message: 'front matter is not closed: no second "---" line' }
  }
  return {
    // The trailing newline keeps end-of-input YAML errors on the closing fence's line.
    yaml: lines.slice(1, closing).join('\n') + '\n',
    yamlStartLine: 2,
    body: lines.slice(closing + 1).join('\n'),
    bodyStartLine: closing + 2,
  }
}
