// @ts-check
// The secret the production server passes to Next as a CSP nonce so that Next marks the scripts
// it renders. Pages are cached with the marker in them, so it must never reach a visitor:
// responses carry a stand-in of the same length instead (same length keeps Content-Length and
// the length-prefixed rows of React's flight data valid).
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const MARKER_PATTERN = /^[A-Za-z0-9_-]{32}$/

/** A new marker: 32 base64url characters, a valid nonce for Next. */
export function createMarker() {
  return randomBytes(24).toString('base64url')
}

/**
 * The marker saved in `file`, created on first use. It lives beside Next's cache so that pages
 * cached on disk by an earlier run still carry the current marker.
 * @param {string} file
 */
export function readOrCreateMarker(file) {
  try {
    const saved = readFileSync(file, 'utf8').trim()
    if (MARKER_PATTERN.test(saved)) return saved
  } catch {
    // not created yet
  }
  const marker = createMarker()
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, marker, { mode: 0o600 })
  return marker
}

/**
 * What replaces the marker: dots, which no marker contains, so a replaced run can never join
 * the bytes around it into another marker.
 * @param {string} marker
 */
export function fillerFor(marker) {
  return '.'.repeat(marker.length)
}

/**
 * `data` with every occurrence of `marker` replaced by the same-length `filler`.
 * @param {Buffer} data @param {string} marker @param {string} filler
 */
export function replaceMarker(data, marker, filler) {
  let at = data.indexOf(marker)
  if (at === -1) return data
  const copy = Buffer.from(data)
  while (at !== -1) {
    copy.write(filler, at, 'latin1')
    at = copy.indexOf(marker, at + marker.length)
  }
  return copy
}

/**
 * Replaces the marker in a stream of chunks, also where one chunk ends in the middle of it:
 * only a tail that could be the start of the marker is held back for the next chunk.
 * @param {string} marker @param {string} filler
 */
export function createMarkerScrubber(marker, filler) {
  let held = Buffer.alloc(0)
  return {
    /** @param {Buffer} chunk @returns {Buffer} what can be sent now */
    push(chunk) {
      const data = replaceMarker(held.length === 0 ? chunk : Buffer.concat([held, chunk]), marker, filler)
      let keep = Math.min(marker.length - 1, data.length)
      while (keep > 0 && data.subarray(data.length - keep).toString('latin1') !== marker.slice(0, keep))
        keep -= 1
      held = Buffer.from(data.subarray(data.length - keep))
      return data.subarray(0, data.length - keep)
    },
    /** @returns {Buffer} the held-back tail, at the end of the stream */
    flush() {
      const rest = held
      held = Buffer.alloc(0)
      return rest
    },
  }
}
