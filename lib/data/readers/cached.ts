import { unstable_cache } from 'next/cache'

import type { CacheTag } from '@/lib/platform/cache/tags'

/**
 * Caches a reader's result in Next's data cache under the given tags, so pages are served
 * without a database query until an edit expires one of the tags. Results must be plain
 * JSON-serialisable data.
 */
export function cachedReader<Args extends (string | number)[], Result>(
  name: string,
  tags: readonly CacheTag[],
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return unstable_cache(read, [name], { tags: [...tags] })
}
