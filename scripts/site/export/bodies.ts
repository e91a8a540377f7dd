import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { Locale } from '../../../content-models/locales'
import { type Id, refId } from './read'

/** A translation whose rich-text body waits to be rendered into its `html`. */
export interface PendingBody {
  target: { html: string }
  locale: Locale
  body: unknown
}

/**
 * Renders every queued body into its translation's `html`. It runs once every
 * document is read, because an editor's link to another document only has a
 * URL when `hrefOf` can tell where that document is shown in `locale`.
 */
export function renderBodies(bodies: PendingBody[], hrefOf: (id: Id | undefined, locale: Locale) => string): void {
  for (const { target, locale, body } of bodies) {
    target.html = convertLexicalToHTML({
      data: body as never,
      disableContainer: true,
      converters: {
        ...defaultHTMLConverters,
        ...LinkHTMLConverter({
          internalDocToHref: ({ linkNode }) => hrefOf(refId(linkNode.fields.doc?.value), locale),
        }),
      },
    })
  }
}

/** A rich-text body as plain text, for the search index. */
export const bodyText = (body: unknown): string => (body ? convertLexicalToPlaintext({ data: body as never }) : '')
