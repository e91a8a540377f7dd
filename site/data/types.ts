import type { Locale } from '../../content-models/locales'
import type {
  ArticleKind,
  CentreService,
  Citizenship,
  Country,
  EventKind,
  MigrantStatus,
} from '../../content-models/taxonomy'
import type { CitizenshipGroup, HolidayCalendar, StepRule } from '../../content-models/rules/situation/types'

/**
 * The published content the static site is built from: the one contract
 * between the CMS and the site. The export (scripts/site/export-content.ts)
 * makes it from the Local API; the site's build (site/build.ts) adds the
 * offline file sizes and writes it to disk once (snapshot.ts), where every
 * page reads it. Only what an anonymous reader may see ever gets into it.
 */
export interface SiteContent {
  generatedAt: string
  topics: SiteTopic[]
  regions: SiteRegion[]
  articles: SiteArticle[]
  events: SiteEvent[]
  helpCentres: SiteHelpCentre[]
  glossary: SiteGlossaryTerm[]
  /** The urgent banner, when switched on and not expired at build time. */
  alert?: SiteAlertData
  /** Who publishes the portal (the CMS's Publisher setting), named in every footer; absent until it has a name. */
  publisher?: SitePublisher
  /** "My situation": the published steps, citizenship groups and holiday calendars (issue 15). */
  situation?: SiteSituation
  /**
   * The files each language can be passed on in without a network, written
   * from this snapshot while the pages are built: absent for a language that
   * has none. The Offline page names them; their sizes are filled into it
   * once they are written (site/offline/support.ts).
   */
  offline?: Partial<Record<Locale, OfflinePlan>>
}

/** Which of a language's offline files the build writes. */
export interface OfflinePlan {
  /** The ZIM file too, not only the single HTML file (zim-tools are installed). */
  zim: boolean
}

/** A language's offline files, under /offline/ (site/offline/). */
export interface OfflineDownloads {
  /** The single self-contained HTML file, `/offline/<lang>.html`. */
  packBytes: number
  /** The ZIM file for Kiwix readers, `/offline/<lang>.zim`; absent when zim-tools are not installed. */
  zimBytes?: number
}

/** What the "My situation" page and the engine (content-models/rules/situation/) are built from. */
export interface SiteSituation {
  steps: SiteStep[]
  groups: CitizenshipGroup[]
  calendars: HolidayCalendar[]
}

/** A published step: its rule, its words per language and where it leads. */
export interface SiteStep extends StepRule {
  translations: Partial<Record<Locale, SiteStepTranslation>>
  /** The article that explains it (slug). */
  article?: string
  /** The official text of its legal basis. */
  legalUrl?: string
  /** The help-centre service that helps with it: the page links to the host country's centres offering it. */
  service?: CentreService
  /** The newest published law change that names this step: readers see it marked with the change's date. */
  changed?: { date: string; lawChange: string }
  /** The day a lawyer last checked it. */
  reviewedAt?: string
}

export interface SiteStepTranslation {
  /** What to do, in a few words: "Register at your place of stay". */
  title: string
  /** How to do it, as plain text (a few sentences). */
  action: string
  cost?: string
  /** What happens if it is missed. */
  consequence?: string
  /** The law it rests on, as people cite it: "ФЗ № 109, ст. 20". */
  legalBasis?: string
  updatedAt: string
}

/** Who publishes the portal: a name (and a line about them) per language, and contacts. */
export interface SitePublisher {
  names: Partial<Record<Locale, string>>
  about: Partial<Record<Locale, string>>
  phone?: string
  email?: string
  website?: string
}

/** A search glossary concept: its words in each language. */
export interface SiteGlossaryTerm {
  key: string
  terms: Partial<Record<Locale, string[]>>
}

export interface SiteTopic {
  slug: string
  titles: Partial<Record<Locale, string>>
  descriptions: Partial<Record<Locale, string>>
}

export interface SiteRegion {
  slug: string
  country: Country
  names: Partial<Record<Locale, string>>
}

export interface SiteAlertData {
  level: 'urgent' | 'info'
  expiresAt: string
  link?: string
  messages: Partial<Record<Locale, string>>
}

export interface SiteArticle {
  slug: string
  kind: ArticleKind
  country: Country
  topics: string[]
  /** YYYY-MM-DD, for law changes. */
  effectiveDate?: string
  /** YYYY-MM-DD: the law change no longer applies from this day. */
  expiryDate?: string
  affectedCitizenships: Citizenship[]
  affectedStatuses: MigrantStatus[]
  legalUrl?: string
  /** Slugs of the articles a law change affects. */
  affectedArticles: string[]
  /** YYYY-MM-DD: last legal review. */
  reviewedAt?: string
  /** When that review date was entered: text changed later is unreviewed (content-models/rules/legalReview.ts). */
  reviewRecordedAt?: string
  /**
   * The languages it should exist in (content-models/rules/documentLanguages.ts):
   * only these list it as "not yet translated".
   */
  neededIn: Locale[]
  /** Published translations only. */
  translations: Partial<Record<Locale, SiteTranslation>>
}

export interface SiteChangeNote {
  /** YYYY-MM-DD */
  date: string
  note: string
}

export interface SiteTranslation {
  title: string
  summary?: string
  html: string
  /** The body as plain text, for the search index. */
  text: string
  /** Editors' search keywords: indexed, never shown. */
  keywords: string[]
  /** When this language's text last changed. */
  updatedAt: string
  legalAct?: string
  legalArticle?: string
  /** Public change notes in this language, newest first. */
  changes: SiteChangeNote[]
}

export interface SiteEvent {
  slug: string
  eventKind: EventKind
  /** UTC instants and the zone the event is held in. */
  start: string
  end: string
  timeZone: string
  country: Country
  region?: string
  helpCentre?: string
  onlineUrl?: string
  languages: Locale[]
  registrationUrl?: string
  registrationPhone?: string
  topics: string[]
  translations: Partial<Record<Locale, SiteEventTranslation>>
}

export interface SiteEventTranslation {
  title: string
  summary?: string
  html: string
  address?: string
  organiser?: string
  updatedAt: string
}

export interface SiteHelpCentre {
  slug: string
  country: Country
  region: string
  phones: string[]
  hotline?: string
  hotlineFree: boolean
  whatsapp?: string
  telegram?: string
  viber?: string
  email?: string
  website?: string
  languages: Locale[]
  services: CentreService[]
  translations: Partial<Record<Locale, SiteHelpCentreTranslation>>
}

export interface SiteHelpCentreTranslation {
  name: string
  organisation?: string
  city: string
  address?: string
  openingHours?: string
  html: string
  updatedAt: string
}
