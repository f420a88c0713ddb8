// Characters XML 1.0 does not allow at all (most control characters, lone surrogates, U+FFFE/F):
// escaping cannot save them, so they are dropped and a name holding one still makes a valid image.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Text safe inside an XML element or a quoted attribute. */
export function escapeXml(value: string | number): string {
  return String(value)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (char) => ENTITIES[char] ?? '')
}

/** Attribute value types an SVG builder passes; undefined leaves the attribute out. */
export type XmlAttributes = Record<string, string | number | undefined>

/** ` name="value"` for each attribute that has a value, escaped. */
function formatAttributes(attributes: XmlAttributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('')
}

/**
 * One element as markup: `children` is markup already (from other calls), `text` is escaped.
 * An element with neither is self-closing.
 */
export function element(
  name: string,
  attributes: XmlAttributes,
  content?: { text: string } | string[],
): string {
  const open = `<${name}${formatAttributes(attributes)}`
  if (content === undefined) return `${open}/>`
  const inner = Array.isArray(content) ? content.join('') : escapeXml(content.text)
  return `${open}>${inner}</${name}>`
}
