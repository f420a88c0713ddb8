/** Message for a value that is not a whole number within bounds, or true when it is. */
export function checkInteger(
  value: unknown,
  { label, min, max, required }: { label: string; min?: number; max?: number; required?: boolean },
): string | true {
  if (value === null || value === undefined || value === '') {
    return required ? `${label} is required.` : true
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${label} must be a number.`
  if (!Number.isInteger(value)) return `${label} must be a whole number (got ${value}).`
  if (min !== undefined && value < min) return `${label} must be at least ${min} (got ${value}).`
  if (max !== undefined && value > max) return `${label} must be at most ${max} (got ${value}).`
  return true
}
