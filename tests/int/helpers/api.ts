import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

/**
 * Drives the app's real REST and GraphQL route handlers in-process, the way Next.js calls
 * `app/(payload)/api/[...slug]/route.ts` and `app/(payload)/api/graphql/route.ts`: no server,
 * no network, but the same request parsing, authentication and error formatting.
 */
const ORIGIN = 'http://localhost:3000'

/** HTTP methods of the REST API that the tests use. */
export type RestMethod = 'DELETE' | 'GET' | 'PATCH' | 'POST'

const restHandlers: Record<RestMethod, ReturnType<typeof REST_GET>> = {
  DELETE: REST_DELETE(config),
  GET: REST_GET(config),
  PATCH: REST_PATCH(config),
  POST: REST_POST(config),
}
const graphqlHandler = GRAPHQL_POST(config)

/** A plain JSON object. */
export type Json = Record<string, unknown>

/** What a client receives: the status, the body parsed as JSON (null if it is not JSON) and the raw text. */
export type ApiResponse = { status: number; body: unknown; text: string }

/** A JSON body, or a multipart form (uploads); `token` signs the request in as `Authorization: JWT …`. */
export type RestOptions = { token?: string; json?: unknown; form?: FormData }

async function readResponse(response: Response): Promise<ApiResponse> {
  const text = await response.text()
  let body: unknown = null
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON (e.g. an empty body): the caller still has the text.
  }
  return { status: response.status, body, text }
}

function authHeaders(token: string | undefined): Headers {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  return headers
}

/** Calls the REST API: `path` starts with `/api/` and may carry a query string. */
export async function rest(
  method: RestMethod,
  path: string,
  options: RestOptions = {},
): Promise<ApiResponse> {
  const url = new URL(path, ORIGIN)
  if (!url.pathname.startsWith('/api/')) throw new Error(`Not an API path: ${path}`)
  const slug = url.pathname.slice('/api/'.length).split('/').map(decodeURIComponent)
  const headers = authHeaders(options.token)
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.json)
  } else if (options.form) {
    body = options.form
  }
  const request = new Request(url, { method, headers, body })
  return readResponse(await restHandlers[method](request, { params: Promise.resolve({ slug }) }))
}

/** One entry of a GraphQL `errors` array, as Payload formats it. */
export type GraphqlError = { message: string; extensions?: { name?: string; statusCode?: number } }

/** A GraphQL answer: `data` (null when absent) and `errors` (empty when absent). */
export type GraphqlResponse = { status: number; data: Json | null; errors: GraphqlError[]; text: string }

/** Sends one GraphQL operation to `/api/graphql`. */
export async function graphql(
  query: string,
  options: { token?: string; variables?: Json } = {},
): Promise<GraphqlResponse> {
  const headers = authHeaders(options.token)
  headers.set('Content-Type', 'application/json')
  const request = new Request(new URL('/api/graphql', ORIGIN), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  })
  const { status, body, text } = await readResponse(await graphqlHandler(request))
  const result = isJson(body) ? body : {}
  const data = isJson(result.data) ? result.data : null
  const errors = Array.isArray(result.errors) ? result.errors.filter(isGraphqlError) : []
  return { status, data, errors, text }
}

/** Signs in through `POST /api/users/login` and returns the session's JWT. */
export async function loginToken(email: string, password: string): Promise<string> {
  const { status, body, text } = await rest('POST', '/api/users/login', { json: { email, password } })
  const token = isJson(body) ? body.token : undefined
  if (status !== 200 || typeof token !== 'string') throw new Error(`Login failed (${status}): ${text}`)
  return token
}

/** True for a plain JSON object. */
export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isGraphqlError(value: unknown): value is GraphqlError {
  return isJson(value) && typeof value.message === 'string'
}

/** A body that must be a JSON object; throws with the body when it is not. */
export function asJson(body: unknown): Json {
  if (!isJson(body)) throw new Error(`Not a JSON object: ${JSON.stringify(body)}`)
  return body
}

/** The object at `key` of a JSON body; throws with the body when it is not there. */
export function objectAt(body: unknown, key: string): Json {
  const value = isJson(body) ? body[key] : undefined
  if (!isJson(value)) throw new Error(`No object at "${key}" in ${JSON.stringify(body)}`)
  return value
}

/** The `docs` of a paginated REST or GraphQL list; throws with the body when it is not a list. */
export function docsOf(body: unknown): Json[] {
  const docs = isJson(body) ? body.docs : undefined
  if (!Array.isArray(docs)) throw new Error(`No docs in ${JSON.stringify(body)}`)
  return docs.filter(isJson)
}

/** The `id` of a document (a number on SQLite, a string on MongoDB). */
export function idOf(doc: unknown): number | string {
  const id = isJson(doc) ? doc.id : undefined
  if (typeof id !== 'number' && typeof id !== 'string') throw new Error(`No id in ${JSON.stringify(doc)}`)
  return id
}

/** The HTTP-like status codes of GraphQL errors (e.g. 403 Forbidden, 404 Not Found). */
export function errorCodes(response: GraphqlResponse): (number | undefined)[] {
  return response.errors.map((error) => error.extensions?.statusCode)
}
