/** First year EV statistics may cover. */
export const FIRST_STATISTICS_YEAR = 1990

/** Last year EV statistics may cover: next year, for figures announced early. */
export function latestStatisticsYear(now: Date = new Date()): number {
  return now.getFullYear() + 1
}
