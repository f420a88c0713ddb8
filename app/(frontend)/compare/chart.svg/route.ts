import type { NextRequest } from 'next/server'

import { respondWithCompareChart } from '@/app/(frontend)/_chart-images/respond'

/** `/compare/chart.svg?countries=…&measure=…&scale=…&part=…`: one chart of the compare page. */
export async function GET(request: NextRequest) {
  return respondWithCompareChart(request.nextUrl.searchParams, 'svg')
}
