import { describe, expect, it } from 'vitest'

import { resolveShutdownDrainMs, resolveTrustedProxies } from '@/lib/platform/env'
import { ConfigError } from '@/lib/platform/errors'
import { resolveClientAddress } from '@/lib/platform/server/clientAddress'

const proxies = (value: string) => resolveTrustedProxies({ TRUSTED_PROXIES: value })

describe('TRUSTED_PROXIES', () => {
  it('trusts nobody when unset', () => {
    const none = resolveTrustedProxies({})
    expect(none.check('127.0.0.1', 'ipv4')).toBe(false)
    expect(none.check('::1', 'ipv6')).toBe(false)
  })

  it('takes addresses and CIDR ranges of both families, comma-separated', () => {
    const list = proxies(' 127.0.0.1, ::1 ,10.0.0.0/8, fd00::/8')
    expect(list.check('127.0.0.1', 'ipv4')).toBe(true)
    expect(list.check('127.0.0.2', 'ipv4')).toBe(false)
    expect(list.check('10.200.3.4', 'ipv4')).toBe(true)
    expect(list.check('11.0.0.1', 'ipv4')).toBe(false)
    expect(list.check('::1', 'ipv6')).toBe(true)
    expect(list.check('fd12::5', 'ipv6')).toBe(true)
  })

  it.each(['localhost', '10.0.0.0/33', '::1/129', '10.0.0.0/8/1', '300.1.1.1', '10.0.0.0/x'])(
    'refuses "%s", naming the variable and the entry',
    (entry) => {
      const resolve = () => proxies(`127.0.0.1,${entry}`)
      expect(resolve).toThrow(ConfigError)
      expect(resolve).toThrow(`TRUSTED_PROXIES has "${entry}"`)
    },
  )
})

describe('SHUTDOWN_DRAIN_SECONDS', () => {
  it('defaults to 3 s and takes whole or decimal seconds', () => {
    expect(resolveShutdownDrainMs({})).toBe(3_000)
    expect(resolveShutdownDrainMs({ SHUTDOWN_DRAIN_SECONDS: '0' })).toBe(0)
    expect(resolveShutdownDrainMs({ SHUTDOWN_DRAIN_SECONDS: '2.5' })).toBe(2_500)
  })

  it.each(['-1', 'three', '61', '1e3'])('refuses "%s", naming the variable', (value) => {
    expect(() => resolveShutdownDrainMs({ SHUTDOWN_DRAIN_SECONDS: value })).toThrow(
      /SHUTDOWN_DRAIN_SECONDS must be a number of seconds from 0 to 60/,
    )
  })
})

describe('resolveClientAddress', () => {
  const loopback = proxies('127.0.0.1,::1')

  it('is the connecting address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(resolveClientAddress('203.0.113.7', '198.51.100.1', loopback)).toBe('203.0.113.7')
    expect(resolveClientAddress('127.0.0.1', '198.51.100.1', resolveTrustedProxies({}))).toBe('127.0.0.1')
  })

  it('is the address a trusted proxy appended, never one the client wrote before it', () => {
    expect(resolveClientAddress('127.0.0.1', '198.51.100.1', loopback)).toBe('198.51.100.1')
    expect(resolveClientAddress('::ffff:127.0.0.1', '1.2.3.4, 198.51.100.1', loopback)).toBe('198.51.100.1')
    expect(resolveClientAddress('::1', ['1.2.3.4', '198.51.100.1'], loopback)).toBe('198.51.100.1')
  })

  it('walks through a chain of trusted proxies, and stops at garbage', () => {
    const chain = proxies('127.0.0.1,10.0.0.0/8')
    expect(resolveClientAddress('127.0.0.1', '198.51.100.9, 10.1.1.1', chain)).toBe('198.51.100.9')
    expect(resolveClientAddress('127.0.0.1', 'evil, not-an-ip', chain)).toBe('127.0.0.1')
    expect(resolveClientAddress('127.0.0.1', undefined, chain)).toBe('127.0.0.1')
  })

  it('gives IPv4 clients of a dual-stack socket as plain IPv4', () => {
    expect(resolveClientAddress('::ffff:203.0.113.7', undefined, loopback)).toBe('203.0.113.7')
  })
})
