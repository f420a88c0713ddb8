import { connection } from 'next/server'

import { getPayloadClient } from '@/lib/data/payload'
import { checkReadiness } from '@/lib/platform/health/readiness'
import { siteReadinessChecks } from '@/lib/platform/health/siteChecks'
import { migrations } from '@/migrations'

const SHIPPED_MIGRATIONS = migrations.map((migration) => migration.name)

/**
 * `GET /api/ready`, readiness: 200 when the database answers, its schema is migrated and Redis
 * (when set) answers; 503 naming the failing part otherwise, and from the moment the server is
 * told to stop, so a load balancer sends requests elsewhere first.
 */
export async function GET() {
  await connection()
  const payload = await getPayloadClient()
  const report = await checkReadiness(siteReadinessChecks(payload, SHIPPED_MIGRATIONS))
  return Response.json(report, {
    status: report.status === 'ready' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
