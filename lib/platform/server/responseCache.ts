/** A finished public response, as it was sent. */
export type StoredResponse = {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
  /** Its Surrogate-Key: what a change purges it by. */
  keys: readonly string[]
  storedAt: number
  expiresAt: number
}

/**
 * The finished public responses of one instance, at most `maxBytes` of bodies, least recently
 * used first out, each until its Surrogate-Control max-age ends or one of its keys is purged:
 * what Varnish does in front of several instances, kept in the process for a single one.
 */
export class ResponseCache {
  private readonly entries = new Map<string, StoredResponse>()
  private bytes = 0
  /** Moves on with every purge: a response begun before one may hold what it purged. */
  private purges = 0

  private readonly maxBytes: number

  // No parameter property: Node's type stripping (`npm start`) runs only erasable TypeScript.
  constructor(maxBytes: number) {
    this.maxBytes = maxBytes
  }

  get(key: string, now = Date.now()): StoredResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= now) {
      this.delete(key)
      return undefined
    }
    // Map order is insertion order: re-inserting marks it most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  /** The purge count to pass to {@link set} for a response that begins now. */
  get generation(): number {
    return this.purges
  }

  /** The largest body kept: an eighth of the cache, so one answer never empties it. */
  get maxEntryBytes(): number {
    return this.maxBytes / 8
  }

  /** Keeps `entry` unless it is too large or a purge happened since its response began. */
  set(key: string, entry: StoredResponse, beganAt: number): void {
    if (beganAt !== this.purges || entry.body.length > this.maxEntryBytes) return
    this.delete(key)
    this.entries.set(key, entry)
    this.bytes += entry.body.length
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.delete(oldest)
    }
  }

  /** Drops every response carrying one of `keys`. */
  purge(keys: readonly string[]): void {
    this.purges += 1
    const purged = new Set(keys)
    for (const [key, entry] of this.entries) {
      if (entry.keys.some((item) => purged.has(item))) this.delete(key)
    }
  }

  get size(): number {
    return this.entries.size
  }

  private delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.body.length
  }
}
