import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { findScripts, scriptHashSource } from '@/lib/csp/inlineScripts.mjs'
import { createMarkerScrubber, fillerFor, readOrCreateMarker, replaceMarker } from '@/lib/csp/marker.mjs'
import { allInlineScriptHashes, inlineScriptHashes, withScriptSrc } from '@/lib/csp/scriptPolicy.mjs'

const MARKER = 'Mk9sQ2VjcmV0LW1hcmtlci0xMjM0NTY3'
const FILLER = fillerFor(MARKER)
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

describe('inlineScriptHashes', () => {
  const marked = (text: string) => `<script nonce="${MARKER}">${text}</script>`
  const options = { marker: MARKER, filler: FILLER }

  it('hashes every inline script carrying the marker, each once', () => {
    const html = `${marked('self.__next_f.push([0])')}<p>text</p>${marked('b()')}${marked('b()')}`
    expect(inlineScriptHashes(html, options)).toEqual([
      scriptHashSource('self.__next_f.push([0])'),
      scriptHashSource('b()'),
    ])
  })

  it('does not hash inline scripts without the marker: a script smuggled into content stays blocked', () => {
    const html = `${marked('next()')}<script>evil()</script><script nonce="${FILLER}">evil()</script><script nonce="guess">evil()</script>`
    expect(inlineScriptHashes(html, options)).toEqual([scriptHashSource('next()')])
  })

  it('does not hash scripts with src, marked or not', () => {
    expect(inlineScriptHashes(`<script src="/a.js" nonce="${MARKER}">ignored()</script>`, options)).toEqual(
      [],
    )
  })

  it('hashes the text as served, with the marker replaced', () => {
    const html = marked(`push({"nonce":"${MARKER}"})`)
    expect(inlineScriptHashes(html, options)).toEqual([scriptHashSource(`push({"nonce":"${FILLER}"})`)])
  })

  it('admits unmarked scripts whose hash is trusted (pages prerendered at build time)', () => {
    const trusted = new Set([scriptHashSource('built()')])
    const html = '<script>built()</script><script>built();evil()</script>'
    expect(inlineScriptHashes(html, { ...options, trusted })).toEqual([scriptHashSource('built()')])
  })

  it('no longer matches a script that was modified after hashing', () => {
    const [hash] = inlineScriptHashes(marked('self.__next_f.push([1,"a"])'), options)
    expect(
      findScripts(marked('self.__next_f.push([1,"a"]);evil()')).map((s) => scriptHashSource(s.text)),
    ).not.toContain(hash)
  })

  it('lists the inline scripts of a trusted document', () => {
    expect(allInlineScriptHashes('<script>a()</script><script src="/b.js"></script>')).toEqual([
      scriptHashSource('a()'),
    ])
  })
})

describe('withScriptSrc', () => {
  it('adds script-src to the other directives', () => {
    expect(withScriptSrc("frame-ancestors 'self'; object-src 'none'", ["'sha256-a'", "'sha256-b'"])).toBe(
      "frame-ancestors 'self'; object-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'",
    )
  })

  it('replaces a script-src that is already there, unsafe-inline included', () => {
    expect(withScriptSrc("script-src 'self' 'unsafe-inline'; base-uri 'self';", [])).toBe(
      "base-uri 'self'; script-src 'self'",
    )
  })

  it('works without a policy to start from', () => {
    expect(withScriptSrc('', ["'sha256-a'"])).toBe("script-src 'self' 'sha256-a'")
  })
})

describe('marker', () => {
  it('is created once, kept private, and read back', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'csp-')), 'cache', 'marker')
    const marker = readOrCreateMarker(file)
    expect(marker).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(readOrCreateMarker(file)).toBe(marker)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    writeFileSync(file, 'not a marker')
    expect(readOrCreateMarker(file)).not.toBe(marker)
    expect(readFileSync(file, 'utf8')).toMatch(/^[A-Za-z0-9_-]{32}$/)
  })

  it('is replaced everywhere by a stand-in of the same length', () => {
    const data = Buffer.from(`a ${MARKER} b ${MARKER}${MARKER}`)
    const replaced = replaceMarker(data, MARKER, FILLER)
    expect(replaced.toString()).toBe(`a ${FILLER} b ${FILLER}${FILLER}`)
    expect(replaced.length).toBe(data.length)
    expect(data.toString()).toContain(MARKER)
  })

  it('is replaced in a stream however the chunks split it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(MARKER), fc.string(), fc.constant(MARKER.slice(0, 7))), {
          maxLength: 8,
        }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (parts, cuts) => {
          const whole = Buffer.from(parts.join(''))
          const points = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b)
          const scrubber = createMarkerScrubber(MARKER, FILLER)
          const out: Buffer[] = []
          let start = 0
          for (const point of [...points, whole.length]) {
            out.push(scrubber.push(whole.subarray(start, point)))
            start = point
          }
          out.push(scrubber.flush())
          const sent = Buffer.concat(out)
          expect(sent.equals(replaceMarker(whole, MARKER, FILLER))).toBe(true)
          for (const chunk of out) expect(chunk.toString('latin1')).not.toContain(MARKER)
        },
      ),
    )
  })

  it('holds back only a tail that could begin the marker', () => {
    const scrubber = createMarkerScrubber(MARKER, FILLER)
    expect(scrubber.push(Buffer.from('abc')).toString()).toBe('abc')
    expect(scrubber.push(Buffer.from(`x${MARKER.slice(0, 5)}`)).toString()).toBe('x')
    expect(scrubber.push(Buffer.from(MARKER.slice(5))).toString()).toBe(FILLER)
    expect(scrubber.flush().length).toBe(0)
  })
})
