/** The powertrains the statistics count, in display order. */
export const POWERTRAINS = [
  { key: 'bev', label: 'BEV', name: 'Battery electric vehicles' },
  { key: 'phev', label: 'PHEV', name: 'Plug-in hybrid electric vehicles' },
  { key: 'hev', label: 'HEV', name: 'Hybrid electric vehicles' },
] as const

export type Powertrain = (typeof POWERTRAINS)[number]
export type PowertrainKey = Powertrain['key']
