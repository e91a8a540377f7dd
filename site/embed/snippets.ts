/** What a partner chose on the "Put this on your site" page. */
export interface EmbedChoice {
  /** Empty: the reader's browser language. */
  lang: string
  kind: string
  topic: string
  country: string
  limit: number
}

/** The element's attributes for a choice: the ones left empty are left out. */
export const embedAttributes = (c: EmbedChoice): [string, string][] => [
  ...(['lang', 'kind', 'topic', 'country'] as const).filter((k) => c[k]).map((k): [string, string] => [k, c[k]]),
  ['limit', String(c.limit)],
]

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The script tag plus the element, as the partner pastes it. */
export function scriptSnippet(portal: string, c: EmbedChoice): string {
  const a = embedAttributes(c)
    .map(([k, v]) => ` ${k}="${escape(v)}"`)
    .join('')
  return `<script src="${portal}/embed.js" async></script>\n<migrant-portal-feed${a}></migrant-portal-feed>`
}

/** The iframe alternative, with the few lines that let it fit its content. */
export function iframeSnippet(portal: string, c: EmbedChoice, fallbackLang: string, title: string): string {
  const query = new URLSearchParams(embedAttributes(c).filter(([k]) => k !== 'lang')).toString()
  return (
    `<iframe src="${portal}/embed/${c.lang || fallbackLang}/?${escape(query)}" title="${escape(title)}" ` +
    `style="width:100%;height:420px;border:0" loading="lazy" data-migrant-portal></iframe>\n` +
    `<script>addEventListener("message",function(e){var d=e.data;if(d&&d.type==="migrant-portal:height")` +
    `document.querySelectorAll("iframe[data-migrant-portal]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`
  )
}
