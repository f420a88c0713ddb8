import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Document, Pair } from 'yaml'

import { cleanText } from '@/lib/domain/text'

import type { IssueLog } from '@/lib/domain/issues'
import { splitFrontMatter } from './splitFrontMatter'

/** One top-level front matter key: its plain value and the lines it sits on. */
export type FrontMatterField = {
  key: string
  line: number
  valueLine: number
  value: unknown
  /** Line of each item when the value is a YAML list. */
  itemLines: number[]
}

/** A file's checked front matter, keyed by name, and its body. */
export type FrontMatter = {
  fields: Map<string, FrontMatterField>
  body: string
  bodyStartLine: number
}

type LineOf = (node: unknown, fallback: number) => number

/** Plain value of a node; aliases that cannot be resolved yield an error message instead. */
function toPlainValue(node: unknown, doc: Document): { value: unknown } | { error: string } {
  if (!isNode(node)) return { value: null }
  try {
    return { value: node.toJS(doc) }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

/** Reads one `key: value` pair into a field, logging why it cannot be used. */
function readPair(pair: Pair, doc: Document, lineOf: LineOf, log: IssueLog): FrontMatterField | undefined {
  const line = lineOf(pair.key, lineOf(pair.value, 1))
  const rawKey: unknown = isScalar(pair.key) ? pair.key.value : null
  if (typeof rawKey !== 'string' && typeof rawKey !== 'number' && typeof rawKey !== 'boolean') {
    log.warnings.push({ line, message: 'a key that is not plain text was ignored', kind: 'YAML' })
    return undefined
  }
  const key = cleanText(String(rawKey))
  const valueLine = lineOf(pair.value, line)
  const plain = toPlainValue(pair.value, doc)
  if ('error' in plain) {
    log.errors.push({ line: valueLine, message: `"${key}" cannot be read: ${plain.error}` })
    return undefined
  }
  const itemLines = isSeq(pair.value) ? pair.value.items.map((item) => lineOf(item, valueLine)) : []
  return { key, line, valueLine, value: plain.value, itemLines }
}

/** Parses a file's YAML front matter; null (with errors logged) when it is missing or invalid. */
export function readFrontMatter(source: string, log: IssueLog): FrontMatter | null {
  const split = splitFrontMatter(source)
  if (!('yaml' in split)) {
    log.errors.push(split)
    return null
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(split.yaml, { lineCounter, prettyErrors: false })
  const toFileLine = (offset: number) =>
    Math.max(1, lineCounter.linePos(offset).line) + split.yamlStartLine - 1
  const lineOf: LineOf = (node, fallback) =>
    isNode(node) && node.range ? toFileLine(node.range[0]) : fallback

  for (const error of doc.errors) {
    log.errors.push({ line: toFileLine(error.pos[0]), message: `invalid YAML: ${error.message}` })
  }
  for (const warning of doc.warnings) {
    log.warnings.push({ line: toFileLine(warning.pos[0]), message: warning.message, kind: 'YAML' })
  }
  if (doc.errors.length > 0) return null
  if (!isMap(doc.contents)) {
    const message = 'front matter must be a list of "key: value" lines'
    log.errors.push({ line: lineOf(doc.contents, split.yamlStartLine), message })
    return null
  }

  const fields = new Map<string, FrontMatterField>()
  for (const pair of doc.contents.items) {
    const field = readPair(pair, doc, lineOf, log)
    if (!field) continue
    // Keys that only differed by invisible characters collide once cleaned.
    const earlier = fields.get(field.key)
    if (earlier) {
      const message = `"${field.key}" appears twice (also on line ${earlier.line})`
      log.errors.push({ line: field.line, message })
    }
    fields.set(field.key, field)
  }
  return { fields, body: split.body, bodyStartLine: split.bodyStartLine }
}
