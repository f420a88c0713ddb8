import { Forbidden, NotFound, ValidationError } from 'payload'
import { expect } from 'vitest'

/**
 * Asserts that an operation is refused as the REST API would answer it: a ValidationError
 * with status 400 whose `data.errors` names the field `path`, with a message matching
 * `message` when given.
 */
export async function expectFieldError(
  operation: Promise<unknown>,
  path: string,
  message?: RegExp,
): Promise<void> {
  await expect(operation).rejects.toThrow(ValidationError)
  const error: unknown = await operation.catch((reason: unknown) => reason)
  if (!(error instanceof ValidationError)) return
  expect(error.status).toBe(400)
  const reported = JSON.stringify(error.data.errors)
  const messages = error.data.errors
    .filter((fieldError) => fieldError.path === path)
    .map((fieldError) => fieldError.message)
  expect(messages.length, `no error for "${path}" in ${reported}`).toBeGreaterThan(0)
  if (message)
    expect(
      messages.some((text) => message.test(text)),
      `no message matching ${String(message)} in ${reported}`,
    ).toBe(true)
}

/**
 * Asserts that access control refused an operation: Forbidden (403), or NotFound (404) when a
 * row-level rule hides the document from this user.
 */
export async function expectDenied(operation: Promise<unknown>): Promise<void> {
  const error: unknown = await operation.then(
    () => new Error('expected the operation to be refused, but it succeeded'),
    (reason: unknown) => reason,
  )
  expect(error instanceof Forbidden || error instanceof NotFound, String(error)).toBe(true)
}
