import { describe, expect, it } from 'vitest'

import {
  chooseDatabase,
  createDatabaseAdapter,
  describeFormerProductionFile,
  describeMongoHosts,
} from '@/lib/platform/database/adapter'
import { ConfigError } from '@/lib/platform/errors'

const env = (values: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', ...values })

/** The message of what `refuse` throws; fails the test when it throws nothing. */
function messageOf(refuse: () => unknown): string {
  try {
    refuse()
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  throw new Error('expected a refusal, but nothing was thrown')
}

describe('chooseDatabase', () => {
  it.each([
    ['development', 'data/site.db'],
    ['production', 'data/site.db'],
    ['test', 'data/test.db'],
  ] as const)(
    'uses SQLite in one file for development and production, another for tests (NODE_ENV=%s)',
    (nodeEnv, filePath) => {
      expect(chooseDatabase({ NODE_ENV: nodeEnv })).toEqual({
        kind: 'sqlite',
        url: `file:./${filePath}`,
        filePath,
      })
    },
  )

  it('treats a blank DATABASE_URI as unset', () => {
    expect(chooseDatabase(env({ DATABASE_URI: '   ' }))).toMatchObject({
      kind: 'sqlite',
      filePath: 'data/test.db',
    })
  })

  it('uses SQLite for a file: URI', () => {
    expect(chooseDatabase(env({ DATABASE_URI: 'file:./x.db' }))).toEqual({
      kind: 'sqlite',
      url: 'file:./x.db',
      filePath: './x.db',
    })
  })

  it('uses SQLite for an absolute file: URI', () => {
    expect(chooseDatabase(env({ DATABASE_URI: 'file:///tmp/site.db' }))).toMatchObject({
      kind: 'sqlite',
      filePath: '/tmp/site.db',
    })
  })

  it('refuses a file: URI without a file', () => {
    expect(() => chooseDatabase(env({ DATABASE_URI: 'file:' }))).toThrow(ConfigError)
  })

  it('uses MongoDB for mongodb:// and reports the hosts without credentials', () => {
    const uri = 'mongodb://u:p@h1:27017,h2/db'
    expect(chooseDatabase(env({ DATABASE_URI: uri }))).toEqual({
      kind: 'mongodb',
      url: uri,
      hosts: 'h1:27017,h2',
    })
  })

  it('uses MongoDB for mongodb+srv://', () => {
    const uri = 'mongodb+srv://user:secret@cluster0.example.net/evcp?retryWrites=true'
    expect(chooseDatabase(env({ DATABASE_URI: uri }))).toEqual({
      kind: 'mongodb',
      url: uri,
      hosts: 'cluster0.example.net',
    })
  })

  it.each([
    'postgres://u:p@localhost/db',
    'mysql://localhost/db',
    'mysql:',
    'http://localhost:27017',
    'nonsense',
  ])('refuses %j naming DATABASE_URI and the supported schemes', (uri) => {
    const choose = () => chooseDatabase(env({ DATABASE_URI: uri }))
    expect(choose).toThrow(ConfigError)
    expect(choose).toThrow(/DATABASE_URI/)
    expect(choose).toThrow(/file:/)
    expect(choose).toThrow(/mongodb:\/\//)
    expect(choose).toThrow(/mongodb\+srv:\/\//)
  })

  it('never repeats credentials in the refusal', () => {
    const choose = () => chooseDatabase(env({ DATABASE_URI: 'postgres://admin:hunter2@db/site' }))
    expect(choose).toThrow(ConfigError)
    const message = messageOf(choose)
    expect(message).toMatch(/DATABASE_URI has an unsupported scheme "postgres:"/)
    expect(message).not.toMatch(/hunter2|admin/)
  })
})

describe('describeMongoHosts', () => {
  it.each([
    ['mongodb://127.0.0.1:1/evcp', '127.0.0.1:1'],
    ['mongodb://user:p%40ss@db.example:27017/evcp?authSource=admin', 'db.example:27017'],
    ['mongodb+srv://a:b@cluster.example.net', 'cluster.example.net'],
    ['mongodb:///evcp', '(no host)'],
  ])('%s → %s', (uri, hosts) => {
    expect(describeMongoHosts(uri)).toBe(hosts)
  })
})

describe('createDatabaseAdapter', () => {
  const options = { migrations: [], migrationDir: '/nonexistent/migrations' }

  it('returns the mongoose adapter for a MongoDB URI, without connecting', () => {
    const adapter = createDatabaseAdapter({
      ...options,
      env: env({ DATABASE_URI: 'mongodb://127.0.0.1:1/evcp' }),
    })
    expect(adapter.name).toBe('mongoose')
    expect(adapter.defaultIDType).toBe('text')
    expect(typeof adapter.init).toBe('function')
  })

  it('returns the SQLite adapter otherwise', () => {
    const adapter = createDatabaseAdapter({ ...options, env: env({ DATABASE_URI: 'file:./x.db' }) })
    expect(adapter.name).toBe('sqlite')
    expect(adapter.defaultIDType).toBe('number')
  })

  it('refuses an unsupported URI before building any adapter', () => {
    expect(() =>
      createDatabaseAdapter({ ...options, env: env({ DATABASE_URI: 'postgres://localhost/db' }) }),
    ).toThrow(ConfigError)
  })
})

describe('describeFormerProductionFile', () => {
  const only =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file)

  it('stops a command that would open an empty default file next to the data of an earlier version', () => {
    expect(describeFormerProductionFile('data/site.db', only('data/production.db'))).toMatch(
      /data\/production\.db holds the data of an earlier version.*rename data\/production\.db.*to data\/site\.db/,
    )
  })

  it.each([
    ['the default file exists', 'data/site.db', only('data/site.db', 'data/production.db')],
    ['there is no earlier file', 'data/site.db', only()],
    ['DATABASE_URI names another file', '/srv/site.db', only('data/production.db')],
  ])('lets it open the file when %s', (_case, filePath, exists) => {
    expect(describeFormerProductionFile(filePath, exists)).toBeNull()
  })
})
