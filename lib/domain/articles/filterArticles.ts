import type { ArticleCountry, ArticleSummary } from '@/lib/data/readers/articles'

/** Filter values as parsed from the query string, not yet checked against the articles. */
export type ArticleFilterInput = { country?: string; topic?: string }

/** The articles left after filtering, the choices the filter form offers, and what was ignored. */
export type FilteredArticles = {
  articles: ArticleSummary[]
  countryOptions: ArticleCountry[]
  topicOptions: string[]
  country: ArticleCountry | undefined
  topic: string | undefined
  /** Requested values no article has; the page says so and shows all articles instead. */
  ignored: ArticleFilterInput
}

const byText = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' })

/** The distinct countries and topics of the articles, alphabetical, for the filter form. */
function collectOptions(articles: ArticleSummary[]): { countries: ArticleCountry[]; topics: string[] } {
  const countries = new Map<string, ArticleCountry>()
  const topics = new Map<string, string>()
  for (const { country, topic } of articles) {
    if (country) countries.set(country.slug, country)
    if (topic) topics.set(topic.toLowerCase(), topic)
  }
  return {
    countries: [...countries.values()].sort((a, b) => byText(a.name, b.name)),
    topics: [...topics.values()].sort(byText),
  }
}

/**
 * Filters articles by country slug and topic (case-insensitive). A value that matches no article
 * is ignored rather than failing, so a stale or mistyped link still shows something useful.
 */
export function filterArticles(all: ArticleSummary[], input: ArticleFilterInput): FilteredArticles {
  const options = collectOptions(all)
  const country = input.country
    ? options.countries.find((option) => option.slug === input.country?.toLowerCase())
    : undefined
  const topic = input.topic
    ? options.topics.find((option) => byText(option, input.topic ?? '') === 0)
    : undefined
  const ignored: ArticleFilterInput = {}
  if (input.country && !country) ignored.country = input.country
  if (input.topic && !topic) ignored.topic = input.topic
  const articles = all.filter(
    (article) =>
      (!country || article.country?.slug === country.slug) &&
      (!topic || byText(article.topic ?? '', topic) === 0),
  )
  return {
    articles,
    countryOptions: options.countries,
    topicOptions: options.topics,
    country,
    topic,
    ignored,
  }
}
