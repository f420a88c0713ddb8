import { decodeViewKey, type ViewQuery } from './viewKey'

/** Props of a cached view route (`app/(frontend)/views/<page>/[key]`). */
export type ViewProps = { params: Promise<{ key: string }> }

/** The normalised query the proxy packed into the route's key. */
export async function readViewQuery({ params }: ViewProps): Promise<ViewQuery> {
  return decodeViewKey((await params).key)
}
