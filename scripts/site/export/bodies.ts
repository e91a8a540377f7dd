import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverter,
  type HTMLConverters,
  LinkHTMLConverter,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedBlockNode } from '@payloadcms/richtext-lexical'
import { convertLexicalToPlaintext, type PlaintextConverter } from '@payloadcms/richtext-lexical/plaintext'

import { VARIANT_BLOCK, type VariantBlockFields } from '../../../content-models/blocks/variantFields'
import type { Locale } from '../../../content-models/locales'
import { type Id, refId } from './read'

/** A translation whose rich-text body waits to be rendered into its `html`. */
export interface PendingBody {
  target: { html: string }
  locale: Locale
  body: unknown
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** Only keys (`eaeu`, `kg`, `work`) reach the page: the reader's script splits the attribute on spaces. */
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const dataList = (name: string, values: unknown) => {
  const keys = (Array.isArray(values) ? values : []).map(String).filter((v) => KEY.test(v))
  return keys.length ? ` data-variant-${name}="${escapeHtml(keys.join(' '))}"` : ''
}

/**
 * A variant block (content-models/blocks/Variant.ts) as a disclosure, open:
 * without JavaScript every variant shows under its label; the reader's
 * script (site/components/VariantOpener.astro) folds the ones not for them.
 */
const variantHTML: HTMLConverter<SerializedBlockNode> = ({ node, converters }) => {
  const { label, audience, content } = node.fields as unknown as Partial<VariantBlockFields>
  const inner = convertLexicalToHTML({ data: content as never, disableContainer: true, converters })
  return (
    `<details class="variant" open${dataList('groups', audience?.groups)}` +
    `${dataList('citizenships', audience?.citizenships)}${dataList('purposes', audience?.purposes)}>` +
    `<summary>${escapeHtml(String(label ?? ''))}</summary>${inner}</details>`
  )
}

/**
 * Renders every queued body into its translation's `html`. It runs once every
 * document is read, because an editor's link to another document only has a
 * URL when `hrefOf` can tell where that document is shown in `locale`.
 */
export function renderBodies(bodies: PendingBody[], hrefOf: (id: Id | undefined, locale: Locale) => string): void {
  for (const { target, locale, body } of bodies) {
    const converters: HTMLConverters = {
      ...defaultHTMLConverters,
      ...LinkHTMLConverter({
        internalDocToHref: ({ linkNode }) => hrefOf(refId(linkNode.fields.doc?.value), locale),
      }),
      blocks: { [VARIANT_BLOCK]: variantHTML },
    }
    target.html = convertLexicalToHTML({ data: body as never, disableContainer: true, converters })
  }
}

/** A variant in the search index: its label, then its text, each found like the rest of the body. */
const variantText: PlaintextConverter<SerializedBlockNode> = ({ node, childIndex }) => {
  const { label, content } = node.fields as unknown as Partial<VariantBlockFields>
  return `${childIndex > 0 ? '\n\n' : ''}${label ?? ''}\n\n${bodyText(content)}`
}

/** A rich-text body as plain text, for the search index. */
export const bodyText = (body: unknown): string =>
  body
    ? convertLexicalToPlaintext({ data: body as never, converters: { blocks: { [VARIANT_BLOCK]: variantText } } })
    : ''
