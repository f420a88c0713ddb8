import type { Endpoint } from 'payload'

import { csvResponse } from '@/lib/platform/http'
import { exportStatisticsCsv } from '@/lib/data/statistics/exportStatisticsCsv'

import { requireStaff } from './requireStaff'

/**
 * `GET /api/ev-statistics/csv[?country=<slug>]` (admins and editors): every statistics row,
 * or one country's, as CSV in the import's format.
 */
export const exportCsvEndpoint: Endpoint = {
  path: '/csv',
  method: 'get',
  handler: async (req) => {
    const staff = requireStaff(req)
    if ('refusal' in staff) return staff.refusal
    const countrySlug = req.searchParams.get('country')?.trim() || undefined
    const csv = await exportStatisticsCsv(req.payload, { user: staff.user, countrySlug })
    if (csv === null) {
      const message = `There is no country with the slug "${countrySlug}".`
      return Response.json({ errors: [{ message }] }, { status: 404 })
    }
    const response = csvResponse(csv, countrySlug ? `ev-statistics-${countrySlug}.csv` : 'ev-statistics.csv')
    // Editors' data, including drafts: never kept by a shared cache.
    response.headers.set('Cache-Control', 'private, no-store')
    return response
  },
}
