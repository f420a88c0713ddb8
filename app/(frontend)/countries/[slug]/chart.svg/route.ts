import { respondWithCountryChart } from '@/app/(frontend)/_chart-images/respond'

type Params = { params: Promise<{ slug: string }> }

/** `/countries/<slug>/chart.svg`: the country's EV adoption chart, its citation in the footer. */
export async function GET(_request: Request, { params }: Params) {
  const { slug } = await params
  return respondWithCountryChart(slug, 'svg')
}
