/** The flag of a country, served by this site (never hot-linked). */
export function Flag({
  isoCode,
  name,
  size = 'md',
}: {
  isoCode: string
  name: string
  size?: 'sm' | 'md' | 'lg'
}) {
  const width = { sm: 24, md: 40, lg: 64 }[size]
  return (
    // A plain <img>: flags are tiny static SVGs that need no image optimisation.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`/flags/${isoCode.toLowerCase()}.svg`}
      alt={`Flag of ${name}`}
      width={width}
      height={(width * 3) / 4}
      className="inline-block shrink-0 rounded-sm border border-slate-200"
    />
  )
}
