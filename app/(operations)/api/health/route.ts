import { connection } from 'next/server'

/**
 * `GET /api/health`, liveness: 200 whenever this process answers, without asking the database or
 * Redis (a process supervisor restarts the server when it stops answering; readiness is
 * `/api/ready`). Next resolves this static route before Payload's catch-all `/api/[...slug]`.
 */
export async function GET() {
  await connection()
  return Response.json({ status: 'alive' }, { headers: { 'Cache-Control': 'no-store' } })
}
