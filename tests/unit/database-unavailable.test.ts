import mongoose from 'mongoose'
import { APIError, type PayloadRequest, ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { reportDatabaseUnavailable } from '@/hooks/reportDatabaseUnavailable'
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/platform/database/unavailable'

/** The shape of @libsql/client's LibsqlError: `code` names the (extended) result code, `rawCode` its number. */
function libsqlError(code: string, rawCode: number, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code, rawCode })
}

/** Drizzle's wrapper around a driver error: the SQL and its parameters, the driver's error as cause. */
function failedQuery(cause: unknown, params: unknown[] = []): Error {
  const error = new Error(`Failed query: select "id" from "countries"\nparams: ${params.join(',')}`, {
    cause,
  })
  return Object.assign(error, { query: 'select "id" from "countries"', params })
}

/** libsql's error for a file it cannot open (the folder is gone): no code, the result code in the message. */
const cannotOpen = Object.assign(
  new Error('ConnectionFailed("Unable to open connection to local database /srv/data/site.db: 14")'),
  { code: '' },
)
const busy = libsqlError('SQLITE_BUSY', 5, 'database is locked')

/** The error the MongoDB driver really throws when no server answers (port 9 is closed). */
let noMongoServer: unknown
beforeAll(async () => {
  const client = new mongoose.mongo.MongoClient('mongodb://127.0.0.1:9/?serverSelectionTimeoutMS=200')
  noMongoServer = await client.connect().catch((error: unknown) => error)
  await client.close()
})

describe('isDatabaseUnavailable', () => {
  it.each([
    ['SQLite busy, wrapped by Drizzle', failedQuery(busy)],
    ['SQLite busy snapshot', libsqlError('SQLITE_BUSY_SNAPSHOT', 517, 'database is locked')],
    ['SQLite table locked', libsqlError('SQLITE_LOCKED', 6, 'database table is locked')],
    ['SQLite cannot open', libsqlError('SQLITE_CANTOPEN', 14, 'unable to open database file')],
    ['libsql cannot open the file, wrapped by Drizzle', failedQuery(cannotOpen)],
    ['a transaction that could not begin', new Error(`Error: cannot begin transaction: ${busy.message}`)],
    [
      'a transaction that could not open the file',
      new Error(`Error: cannot begin transaction: ${cannotOpen.message}`),
    ],
    [
      'a MongoDB connection that dropped',
      new mongoose.mongo.MongoNetworkError('connection 3 to 10.0.0.5:27017 closed'),
    ],
    ['Mongoose gave up waiting', new Error('Operation `countries.find()` buffering timed out after 10000ms')],
    ['a GraphQL error around it', Object.assign(new Error('x'), { originalError: failedQuery(busy) })],
  ])('%s: unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it('no MongoDB server: unavailable', () => {
    expect(noMongoServer).toBeInstanceOf(mongoose.mongo.MongoServerSelectionError)
    expect(isDatabaseUnavailable(noMongoServer)).toBe(true)
  })

  it.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    [
      'a unique constraint',
      failedQuery(libsqlError('SQLITE_CONSTRAINT_UNIQUE', 2067, 'UNIQUE constraint failed')),
    ],
    [
      'a file that is not a database',
      failedQuery(new Error('ConnectionFailed("Unable to open connection to local database /srv/x.db: 26")')),
    ],
    [
      'a MongoDB duplicate key',
      new mongoose.mongo.MongoServerError({ message: 'E11000 duplicate key', code: 11000 }),
    ],
    [
      'user input quoting the words in a failed query',
      failedQuery(new Error('no such column'), ['SQLITE_BUSY']),
    ],
    ['a string', 'SQLITE_BUSY'],
    ['nothing', undefined],
  ])('%s: not unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it('stops at a cause chain that loops', () => {
    const error = new Error('outer')
    error.cause = error
    expect(isDatabaseUnavailable(error)).toBe(false)
  })
})

describe('reportDatabaseUnavailable (afterError hook)', () => {
  const req = {} as PayloadRequest
  const result = { errors: [{ message: 'Something went wrong.' }] }

  it('answers REST with 503 and a message naming the database', () => {
    expect(reportDatabaseUnavailable({ error: failedQuery(cannotOpen), req, context: {}, result })).toEqual({
      status: 503,
      response: { errors: [{ name: 'DatabaseUnavailable', message: DATABASE_UNAVAILABLE_MESSAGE }] },
    })
    expect(DATABASE_UNAVAILABLE_MESSAGE).toMatch(/database is unavailable/i)
  })

  it('gives GraphQL the same message and status code', () => {
    const graphqlResult = { message: 'Something went wrong.', extensions: { statusCode: 500 } }
    expect(reportDatabaseUnavailable({ error: failedQuery(busy), req, context: {}, graphqlResult })).toEqual({
      graphqlResult: {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        extensions: { statusCode: 503, name: 'DatabaseUnavailable' },
      },
    })
  })

  it('leaves other errors, and refusals with a client status, to the other hooks', () => {
    const refusals = [
      new TypeError('bug'),
      new APIError('SQLITE_BUSY quoted in a refusal', 400),
      new ValidationError({ errors: [{ path: 'name', message: 'database is locked' }] }),
    ]
    for (const error of refusals)
      expect(reportDatabaseUnavailable({ error, req, context: {}, result })).toBeUndefined()
  })
})
