import { createHash } from 'node:crypto'

/**
 * JSON with every object's keys sorted and `undefined` written as null, so that two equal values
 * give the same text whatever order their keys were built or read in.
 */
export function stableJson(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** A short fingerprint of text: 128 bits of SHA-256, enough to tell any two versions of a file apart. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32)
}

/** The fingerprint of a value, equal for equal values (see {@link stableJson}). */
export function hashValue(value: unknown): string {
  return hashText(stableJson(value))
}
