import type { AfterErrorHook } from 'payload'

type FieldErrors = { collection?: string; errors: { path: string; message: string; label?: unknown }[] }

function fieldErrorsOf(error: unknown): FieldErrors | undefined {
  if (!error || typeof error !== 'object' || !('data' in error)) return undefined
  const { data } = error
  if (!data || typeof data !== 'object' || !('errors' in data) || !Array.isArray(data.errors))
    return undefined
  return data as FieldErrors
}

/**
 * Keeps the per-field details of a validation error in REST responses. In a minified
 * production build Payload's error formatter no longer recognises its own ValidationError
 * (class names are mangled), drops `data`, and the admin cannot show the message next to
 * the field; this restores the shape the admin and API clients expect.
 */
export const keepValidationDetails: AfterErrorHook = ({ error, result }) => {
  const details = fieldErrorsOf(error)
  const status = (error as { status?: unknown }).status
  if (!details || status !== 400 || result?.errors?.[0]?.data) return
  return {
    status: 400,
    response: { errors: [{ name: 'ValidationError', message: error.message, data: details }] },
  }
}
