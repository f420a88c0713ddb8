import { describe, expect, it } from 'vitest'

import { findScripts, scriptHashSource } from '@/lib/platform/csp/inlineScripts.mjs'
import { createNoncePolicy } from '@/lib/platform/csp/nonce'
import { BASE_POLICY } from '@/lib/platform/csp/policy'
const texts = (html: string) => findScripts(html).map((script) => script.text)

describe('scriptHashSource', () => {
  it('gives the source expression a browser computes (the CSP specification example)', () => {
    expect(scriptHashSource("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    )
  })

  it('changes when one character of the script changes', () => {
    expect(scriptHashSource('alert(1)')).not.toBe(scriptHashSource('alert(2)'))
  })
})

describe('findScripts', () => {
  it('finds every script with its attributes and text', () => {
    const scripts = findScripts(
      '<head><script src="/a.js" async></script></head><body><p>x</p><SCRIPT type=module>one()</SCRIPT><script>two()</script></body>',
    )
    expect(scripts.map((script) => [Object.fromEntries(script.attributes), script.text])).toEqual([
      [{ src: '/a.js', async: '' }, ''],
      [{ type: 'module' }, 'one()'],
      [{}, 'two()'],
    ])
  })

  it('reads quoted values containing > and keeps the first of repeated attributes', () => {
    const [script] = findScripts(`<script data-x="a>b" nonce='first' NONCE="second">go()</script>`)
    expect(script?.attributes.get('data-x')).toBe('a>b')
    expect(script?.attributes.get('nonce')).toBe('first')
    expect(script?.text).toBe('go()')
  })

  it('ends a script only at </script followed by space, / or >', () => {
    expect(texts('<script>a("</scripts>")</script >')).toEqual(['a("</scripts>")'])
    expect(texts('<script>a()</SCRIPT/>b')).toEqual(['a()'])
  })

  it('does not end a script at </script> inside <!-- <script> … -->, as browsers do', () => {
    const html = '<script><!-- <script>x</script> y --></script><script>z()</script>'
    expect(texts(html)).toEqual(['<!-- <script>x</script> y -->', 'z()'])
  })

  it('ends a script at </script> after a comment opener alone and after <!-->', () => {
    expect(texts('<script><!-- a </script><script>b</script>')).toEqual(['<!-- a ', 'b'])
    expect(texts('<script><!--><script></script><script>c</script>')).toEqual(['<!--><script>', 'c'])
  })

  it('ignores script tags in comments, raw-text elements and attribute values', () => {
    const html =
      '<!-- <script>no1()</script> --><title><script>no2()</script></title>' +
      '<textarea><script>no3()</script></textarea><div title="<script>no4()</script>"></div><script>yes()</script>'
    expect(texts(html)).toEqual(['yes()'])
  })

  it('normalises line breaks as the browser does before hashing', () => {
    expect(texts('<script>a()\r\nb()\rc()</script>')).toEqual(['a()\nb()\nc()'])
  })

  it('takes an unclosed script to the end of the document and stops at a cut-off tag', () => {
    expect(texts('<script>a()')).toEqual(['a()'])
    expect(texts('<script>a()</script><script nonce="x')).toEqual(['a()'])
  })
})

describe('createNoncePolicy', () => {
  it('gives Next the nonce to mark its scripts with and allows exactly that nonce', () => {
    const { requestHeader, responseHeader } = createNoncePolicy()
    const nonce = /'nonce-([A-Za-z0-9+/=]{24})'/.exec(requestHeader[1])?.[1]
    expect(requestHeader[0]).toBe('content-security-policy')
    expect(nonce).toBeDefined()
    expect(responseHeader).toEqual([
      'content-security-policy',
      `${BASE_POLICY}; script-src 'self' 'nonce-${nonce}'`,
    ])
  })

  it('lets any site frame an embed, and only the site itself frame any other page', () => {
    const embed = createNoncePolicy('/embed/countries/belgium').responseHeader[1]
    expect(embed).toMatch(/^frame-ancestors \*; object-src 'none'; base-uri 'self'; form-action 'self'; /)
    for (const path of ['/search', '/admin', '/embedded', '/countries/embed'])
      expect(createNoncePolicy(path).responseHeader[1]).toMatch(/^frame-ancestors 'self'; object-src 'none'/)
  })

  it('is new for every request', () => {
    expect(createNoncePolicy().requestHeader[1]).not.toBe(createNoncePolicy().requestHeader[1])
  })
})
