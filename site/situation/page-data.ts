import { htmlLang, type Locale, localeInfo } from '../../content-models/locales'
import { inLocaleOrFallback } from '../../content-models/rules/fallback'
import { citizenships } from '../../content-models/taxonomy'
import { siteContent } from '../data/snapshot'
import type { SiteStep } from '../data/types'
import { uiStrings, useTranslations } from '../i18n'
import { articleBySlug, helpCentres } from '../utils/content'
import { countryName, formatDate } from '../utils/format'
import { helpDirectory } from '../utils/help-directory'
import { absoluteUrl, urls } from '../utils/urls'
import type { Link, Option, SituationKey, SituationProps, SituationStrings, StepView } from './view'
import { timingWords } from './words'

/** The page's address in each language. */

/** How many centres offering a step's service are named before "all help centres in …". */
const CENTRES_SHOWN = 3

/** `lang`, `dir` and "(на русском)" for text in `shown` on a page in `page`; nothing when they match. */
function inOther(shown: Locale, page: Locale) {
  if (shown === page) return {}
  return {
    lang: htmlLang[shown],
    dir: localeInfo(shown).dir,
    note: useTranslations(page)(`inLanguage.${shown}`),
  }
}

/** One step for a reader of `locale`: its translation or the fallback (marked), links resolved. */
export function stepView(step: SiteStep, locale: Locale): StepView | undefined {
  const t = useTranslations(locale)
  const text = inLocaleOrFallback(step.translations, locale)
  if (!text) return undefined
  const { translations: _, article, legalUrl, service, changed, reviewedAt, ...rule } = step
  const countryHasCentres = helpDirectory(locale).some((g) => g.country === step.host)
  const centres: Link[] = service
    ? helpCentres()
        .filter((c) => c.country === step.host && c.services.includes(service))
        .slice(0, CENTRES_SHOWN)
        .flatMap((c) => {
          const name = inLocaleOrFallback(c.translations, locale)
          return name
            ? [{ href: urls.helpCentre(name.locale, c.slug), text: name.t.name, ...inOther(name.locale, locale) }]
            : []
        })
    : []
  const explained = article ? articleBySlug(article) : undefined
  const articleText = explained && inLocaleOrFallback(explained.translations, locale)
  const lawChange = changed ? articleBySlug(changed.lawChange) : undefined
  const lawChangeText = lawChange && inLocaleOrFallback(lawChange.translations, locale)
  return {
    rule,
    ...inOther(text.locale, locale),
    title: text.t.title,
    action: text.t.action,
    cost: text.t.cost,
    consequence: text.t.consequence,
    legalBasis: text.t.legalBasis,
    legalUrl,
    when: timingWords(step.timing, htmlLang[locale], (key) => t(key as SituationKey)),
    centres,
    helpCountry: {
      href: countryHasCentres ? urls.helpCountry(locale, step.host) : urls.helpCentres(locale),
      text: t('situation.whereCountry', { country: t(`country.${step.host}`) }),
    },
    article: articleText && {
      href: urls.article(articleText.locale, article!),
      text: articleText.t.title,
      ...inOther(articleText.locale, locale),
    },
    changed: changed && {
      href: lawChangeText ? urls.article(lawChangeText.locale, changed.lawChange) : urls.lawChanges(locale),
      text: t('situation.changed', { date: formatDate(changed.date, locale) }),
      // The words are the page's; only the law change it opens may be in another language.
      ...(lawChangeText && { note: inOther(lawChangeText.locale, locale).note }),
    },
    unreviewed: !reviewedAt,
  }
}

/** The island's props for the page in `locale`. */
export function situationProps(locale: Locale): SituationProps {
  const t = useTranslations(locale)
  const data = siteContent().situation
  const steps = (data?.steps ?? []).map((s) => stepView(s, locale)).filter((s): s is StepView => Boolean(s))
  const hosts: Option[] = [...new Set(steps.map((s) => s.rule.host))].map((c) => ({
    value: c,
    label: t(`country.${c}`),
  }))
  const lang = htmlLang[locale]
  const citizenshipOptions = citizenships
    .map((c) => ({ value: c, label: countryName(c, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang))
  const all = uiStrings(locale)
  const strings = Object.fromEntries(
    Object.entries(all).filter(([key]) => key.startsWith('situation.')),
  ) as SituationStrings
  return {
    locale,
    lang,
    steps,
    groups: data?.groups ?? [],
    calendars: data?.calendars ?? [],
    hosts,
    citizenships: citizenshipOptions,
    strings,
    calendarName: `${t('site.name')}: ${t('situation.title')}`,
    pageUrl: absoluteUrl(urls.mySituation(locale)),
  }
}
