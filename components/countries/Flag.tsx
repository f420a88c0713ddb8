/** The flag of a country, served by this site (never hot-linked). */
export function Flag({
  isoCode,
  name,
  size = 'md',
  className,
}: {
  isoCode: string
  /** The country's name for the alt text; leave it out where the name is written next to the flag. */
  name?: string
  size?: 'sm' | 'md' | 'lg'
  className?: string
}) {
  const width = { sm: 24, md: 40, lg: 64 }[size]
  return (
    // A plain <img>: flags are tiny static SVGs that need no image optimisation.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`/flags/${isoCode.toLowerCase()}.svg`}
      alt={name === undefined ? '' : `Flag of ${name}`}
      width={width}
      height={(width * 3) / 4}
      // Left out rather than undefined, which React's payload would still spell out per flag.
      {...(className === undefined ? {} : { className })}
    />
  )
}
