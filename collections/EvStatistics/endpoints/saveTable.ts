import type { Endpoint } from 'payload'

import { saveStatisticsTable } from '@/lib/data/statistics/saveStatisticsTable'

import { readTableRequest } from './readTableRequest'
import { requireStaff } from './requireStaff'

/**
 * `POST /api/ev-statistics/table` (admins and editors), the save of a country's statistics
 * table in the admin, with `{ country, rows }`: 200 `{ created, updated, unchanged }`, or
 * 400 `{ errors: [{ row, field, message }] }` with nothing written.
 */
export const saveTableEndpoint: Endpoint = {
  path: '/table',
  method: 'post',
  handler: async (req) => {
    const staff = requireStaff(req, 'edit statistics')
    if ('refusal' in staff) return staff.refusal
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      return Response.json({ errors: [{ message: 'The body must be JSON.' }] }, { status: 400 })
    }
    const request = readTableRequest(body)
    if ('message' in request)
      return Response.json({ errors: [{ message: request.message }] }, { status: 400 })
    const result = await saveStatisticsTable(req.payload, { user: staff.user, ...request })
    if ('notFound' in result)
      return Response.json({ errors: [{ message: result.notFound }] }, { status: 404 })
    if ('problems' in result) return Response.json({ errors: result.problems }, { status: 400 })
    return Response.json(result)
  },
}
