import type { NextRequest } from 'next/server'

import { respondWithCompareChart } from '@/lib/data/chartImages'

/** `/compare/chart.svg?countries=…&measure=…&scale=…&part=…`: one chart of the compare page. */
export async function GET(request: NextRequest) {
  return respondWithCompareChart(request.nextUrl.searchParams, 'svg')
}
