import type { LexicalJson } from '@/lib/domain/richtext/build'

/** Joins neighbouring text nodes of the same format, as the editor itself would. */
export function mergeTexts(nodes: LexicalJson[]): LexicalJson[] {
  const merged: LexicalJson[] = []
  for (const node of nodes) {
    const previous = merged.at(-1)
    if (previous?.type === 'text' && node.type === 'text' && previous.format === node.format) {
      merged[merged.length - 1] = { ...previous, text: `${String(previous.text)}${String(node.text)}` }
    } else {
      merged.push(node)
    }
  }
  return merged
}
