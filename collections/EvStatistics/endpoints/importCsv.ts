import type { Endpoint } from 'payload'

import { importStatisticsCsv } from '@/lib/data/statistics/importStatisticsCsv'

import { readCsvUpload } from './readCsvUpload'
import { requireStaff } from './requireStaff'

/**
 * `POST /api/ev-statistics/csv[?dryRun=1]` (admins and editors) with the CSV as the body or
 * as the `file` field of a form: 200 `{ created, updated, unchanged, dryRun }`, or 400
 * `{ errors: [{ line, message }] }` with nothing written.
 */
export const importCsvEndpoint: Endpoint = {
  path: '/csv',
  method: 'post',
  handler: async (req) => {
    const staff = requireStaff(req)
    if ('refusal' in staff) return staff.refusal
    const upload = await readCsvUpload(req)
    if ('status' in upload)
      return Response.json({ errors: [{ message: upload.message }] }, { status: upload.status })
    const dryRun = ['1', 'true'].includes(req.searchParams.get('dryRun') ?? '')
    const result = await importStatisticsCsv(req.payload, { csv: upload.text, user: staff.user, dryRun })
    if ('errors' in result) return Response.json({ errors: result.errors }, { status: 400 })
    return Response.json({ ...result, dryRun })
  },
}
