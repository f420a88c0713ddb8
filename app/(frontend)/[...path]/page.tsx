import { notFound } from 'next/navigation'

/** Any path no page claims: render the site's 404 page with status 404. */
export default function UnknownPage() {
  notFound()
}
