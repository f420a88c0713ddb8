// @ts-check
// Finds the <script> elements of an HTML document the way a browser's tokenizer does, so the
// hashes computed here match what the browser computes. Plain JavaScript: the cache handler
// (lib/platform/cache/handler.mjs) that uses it is loaded by Next at run time without a build step.
import { createHash } from 'node:crypto'

/** @typedef {{ attributes: Map<string, string>, text: string }} ScriptElement */

// Elements whose content is raw text: a `<script` inside them is not a tag.
const RAW_TEXT_ELEMENTS = new Set([
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
])

// Character codes rather than one-character strings: pages are tens of kilobytes, hashed per request.
/** @param {number} code tab, LF, FF, CR or space */
function isSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13
}

/** @param {number} code NaN at the end of the document */
function endsTagName(code) {
  return Number.isNaN(code) || isSpace(code) || code === 47 /* / */ || code === 62 /* > */
}

/** @param {number} code */
function isAsciiLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/**
 * Whether `html` has the tag name `name` at `at` (any case), followed by the end of a tag name.
 * @param {string} html @param {number} at @param {string} name
 */
function hasTagName(html, at, name) {
  return (
    html.slice(at, at + name.length).toLowerCase() === name && endsTagName(html.charCodeAt(at + name.length))
  )
}

/**
 * Reads a tag's attributes from `from` (just after its name) up to its `>`.
 * Quoted values may contain `>`; the first of two attributes with one name wins, as in browsers.
 * @param {string} html @param {number} from
 * @param {Map<string, string>} [attributes] filled in when given
 * @returns {number} the index after `>`, or -1 when the document ends first
 */
function readTag(html, from, attributes) {
  let at = from
  for (;;) {
    while (isSpace(html.charCodeAt(at)) || html.charCodeAt(at) === 47) at += 1
    if (at >= html.length) return -1
    if (html.charCodeAt(at) === 62) return at + 1
    const nameStart = at
    at += 1 // a name may start with `=`
    while (at < html.length && !endsTagName(html.charCodeAt(at)) && html.charCodeAt(at) !== 61) at += 1
    const nameEnd = at
    while (isSpace(html.charCodeAt(at))) at += 1
    let value = ''
    if (html.charCodeAt(at) === 61 /* = */) {
      at += 1
      while (isSpace(html.charCodeAt(at))) at += 1
      const quote = html[at]
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1)
        if (close === -1) return -1
        value = html.slice(at + 1, close)
        at = close + 1
      } else {
        const valueStart = at
        while (at < html.length && !isSpace(html.charCodeAt(at)) && html.charCodeAt(at) !== 62) at += 1
        value = html.slice(valueStart, at)
      }
    }
    if (attributes) {
      const name = html.slice(nameStart, nameEnd).toLowerCase()
      if (!attributes.has(name)) attributes.set(name, value)
    }
  }
}

/**
 * Where a script's text ends, following the HTML "script data" states: `</script` ends it,
 * except inside `<!-- <script> … -->`, where it ends only the inner (double-escaped) part.
 * @param {string} html @param {number} from
 * @returns {{ textEnd: number, next: number }} next: index after the end tag
 */
function findScriptEnd(html, from) {
  let state = 'data' // 'escaped' after `<!--`, 'double' after `<!-- <script`
  let at = from
  let commentEnd = -1 // the next `-->`, looked for only in the escaped states
  for (;;) {
    const open = html.indexOf('<', at)
    if (state !== 'data') {
      if (commentEnd < at) commentEnd = html.indexOf('-->', at)
      if (commentEnd !== -1 && (open === -1 || commentEnd < open)) {
        state = 'data'
        at = commentEnd + 3
        continue
      }
    }
    if (open === -1) return { textEnd: html.length, next: html.length }
    if (html.charCodeAt(open + 1) === 47 && hasTagName(html, open + 2, 'script')) {
      if (state !== 'double') {
        const end = readTag(html, open + 8)
        return { textEnd: open, next: end === -1 ? html.length : end }
      }
      state = 'escaped'
      at = open + 8
    } else if (state === 'data' && html.startsWith('<!--', open)) {
      state = 'escaped'
      at = open + 2 // the dashes of `<!--` count towards a `-->` (`<!-->` closes at once)
    } else if (state === 'escaped' && hasTagName(html, open + 1, 'script')) {
      state = 'double'
      at = open + 7
    } else {
      at = open + 1
    }
  }
}

/**
 * Every `<script>` element of an HTML document with its attributes and its text as the browser
 * sees it (line breaks normalised to `\n`, NUL replaced). Skips comments, raw-text elements and
 * end tags; a document cut off inside a tag ends the list.
 * @param {string} html
 * @returns {ScriptElement[]}
 */
export function findScripts(html) {
  /** @type {ScriptElement[]} */
  const scripts = []
  let at = 0
  while (at < html.length) {
    const open = html.indexOf('<', at)
    if (open === -1) break
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 2)
      if (close === -1) break
      at = close + 3
      continue
    }
    const next = html[open + 1]
    if (next === '!' || next === '?') {
      // doctype or bogus comment: up to the next `>`
      const close = html.indexOf('>', open)
      if (close === -1) break
      at = close + 1
      continue
    }
    const isEndTag = next === '/'
    const nameStart = open + (isEndTag ? 2 : 1)
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      at = open + 1
      continue
    }
    let nameEnd = nameStart
    while (nameEnd < html.length && !endsTagName(html.charCodeAt(nameEnd))) nameEnd += 1
    const name = html.slice(nameStart, nameEnd).toLowerCase()
    if (isEndTag || name !== 'script') {
      const tagEnd = readTag(html, nameEnd)
      if (tagEnd === -1) break
      at = isEndTag ? tagEnd : skipRawText(html, tagEnd, name)
      if (at === -1) break
      continue
    }
    /** @type {Map<string, string>} */
    const attributes = new Map()
    const tagEnd = readTag(html, nameEnd, attributes)
    if (tagEnd === -1) break
    const { textEnd, next: afterEnd } = findScriptEnd(html, tagEnd)
    scripts.push({ attributes, text: normaliseText(html.slice(tagEnd, textEnd)) })
    at = afterEnd
  }
  return scripts
}

/**
 * Where tokenizing goes on after the start tag of `name`: past the text of a raw-text element
 * (at its end tag), or right away; -1 when nothing that follows is markup.
 * @param {string} html @param {number} from @param {string} name
 */
function skipRawText(html, from, name) {
  if (name === 'plaintext') return -1
  if (!RAW_TEXT_ELEMENTS.has(name)) return from
  const endTag = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')
  endTag.lastIndex = from
  const match = endTag.exec(html)
  return match ? match.index : -1
}

/**
 * The browser's input-stream preprocessing: CR LF and lone CR become LF; in script text, NUL
 * becomes U+FFFD.
 * @param {string} text
 */
function normaliseText(text) {
  const lines = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  return lines.includes('\0') ? lines.replace(/\0/g, '\uFFFD') : lines
}

/**
 * The CSP source expression allowing exactly this script text, e.g. `'sha256-…'`.
 * @param {string} text
 */
export function scriptHashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}
