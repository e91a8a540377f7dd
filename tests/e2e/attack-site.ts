import { expect, type Page } from '@playwright/test'

/**
 * Browser checks for the attack corpus (tests/fixtures/attack/corpus.ts).
 * Every markup payload sets `window.__pwned` when it runs, so a page that runs
 * one is caught even when nothing else on it changes; markup that got through
 * but has not run (yet), such as a handler waiting for the mouse, is caught in
 * the DOM instead.
 */

declare global {
  interface Window {
    /** Defined by watchForPayloads: counts the payloads that ran in this frame. */
    __pwnedCount?: () => number
  }
}

/**
 * From now on, in every frame of `page`: counts each assignment to
 * `window.__pwned`, and records every dialog (alert, confirm, prompt), which
 * it dismisses. Returns the list of dialogs, for expectNothingRan.
 */
export async function watchForPayloads(page: Page): Promise<string[]> {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`)
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    let count = 0
    Object.defineProperty(window, '__pwned', { get: () => undefined, set: () => void count++ })
    Object.defineProperty(window, '__pwnedCount', { value: () => count })
  })
  return dialogs
}

/** What a frame's document holds that a payload could have put there, as readable lines. Runs in the browser. */
function inspectFrame(): { ran: number; markup: string[] } {
  const markup: string[] = []
  const tag = (el: Element) => `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`
  // Browsers ignore tabs, line breaks and leading controls in a URL's scheme.
  const scheme = (value: string) =>
    /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1].toLowerCase()
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data']
  // A data: URL runs script where it becomes a document (a link, a frame, a form); an icon or an image it may be.
  const documentElements = ['a', 'area', 'iframe', 'frame', 'embed', 'object', 'form', 'button', 'input', 'base']
  // A script the browser runs: no type, a JavaScript type, or a module (not a JSON data block).
  const runs = (script: Element) =>
    /^(|module|(text|application)\/(java|ecma)script)$/i.test(script.getAttribute('type')?.trim() ?? '')
  const visit = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        // The site's own markup has no inline event handlers at all, so any one came from content.
        if (/^on/i.test(attr.name)) markup.push(`event handler: ${tag(el)}`)
        if (!urlAttributes.includes(attr.name)) continue
        const s = scheme(attr.value)
        if (s === 'javascript' || s === 'vbscript' || (s === 'data' && documentElements.includes(el.localName))) {
          markup.push(`script URL: ${tag(el)}`)
        }
      }
      // Data blocks (JSON-LD, the offline file's search data) may carry the text; they are checked by parsing them.
      if (el.localName === 'script' && runs(el) && el.textContent?.includes('__pwned')) {
        markup.push(`script: ${tag(el)}${el.textContent}`)
      }
      if (el.localName === 'iframe' && el.hasAttribute('srcdoc')) markup.push(`srcdoc frame: ${tag(el)}`)
      if (el.shadowRoot) visit(el.shadowRoot)
    }
  }
  visit(document)
  // -1 when watchForPayloads did not reach this frame: the check would prove nothing.
  return { ran: window.__pwnedCount?.() ?? -1, markup }
}

/**
 * Asserts that no payload ran in any frame of `page`, no dialog opened, and
 * no frame's DOM (open shadow roots included) holds an event handler, a
 * script or data URL, or a script carrying a payload.
 */
export async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  for (const frame of page.frames()) {
    const { ran, markup } = await frame.evaluate(inspectFrame)
    expect(ran, `payloads that ran on ${frame.url()}`).toBe(0)
    expect(markup, `markup from content on ${frame.url()}`).toEqual([])
  }
  expect(dialogs).toEqual([])
}

/** The page's JSON-LD blocks, parsed as the browser's HTML parser delimited them (a `</script>` in a title would cut one short). */
export async function jsonLdOf(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>)
}

export interface AtomEntry {
  url: string | null
  title: string | null
  titleType: string | null
  summary: string | null
  summaryType: string | null
}

/**
 * The entries of an Atom document as the browser's XML parser reads it: strict
 * (any error in the XML is reported, not repaired), and decoding entities once,
 * as the XML says. Feed libraries may do more: @rowanmanning/feed-parser
 * decodes HTML entities a second time even in `type="text"`, so it would turn
 * the text `&lt;b&gt;` into `<b>`.
 */
export async function atomEntries(page: Page, xml: string): Promise<{ error?: string; entries: AtomEntry[] }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    const error = doc.querySelector('parsererror')
    if (error) return { error: error.textContent ?? 'parser error', entries: [] }
    const atom = 'http://www.w3.org/2005/Atom'
    const child = (entry: Element, name: string) => entry.getElementsByTagNameNS(atom, name)[0]
    const entries = [...doc.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
      url: child(entry, 'link')?.getAttribute('href') ?? null,
      title: child(entry, 'title')?.textContent ?? null,
      titleType: child(entry, 'title')?.getAttribute('type') ?? null,
      summary: child(entry, 'summary')?.textContent ?? null,
      summaryType: child(entry, 'summary')?.getAttribute('type') ?? null,
    }))
    return { entries }
  }, xml)
}
