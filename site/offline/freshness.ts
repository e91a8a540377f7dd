import { articleBySlug } from '../utils/content'

/**
 * Which "Saved on …" note a page carries, for the service worker to reveal
 * when it serves the page from the phone: law-change pages (a law change, and
 * the list of them) get the stronger wording, since acting on an old one can
 * cost a migrant a fine or a ban.
 */
export function savedNoteKind(pathname: string): 'law' | 'page' {
  if (/^\/[a-z]{2}\/law-changes\/(page\/\d+\/)?$/.test(pathname)) return 'law'
  const slug = /^\/[a-z]{2}\/articles\/([^/]+)\/$/.exec(pathname)?.[1]
  return slug && articleBySlug(slug)?.kind === 'law-change' ? 'law' : 'page'
}
