import * as pagefind from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'

import { htmlLang, localeCodes } from '../../../../content-models/locales'
import { pagefindLanguage } from '../../../../site/search/pagefind-language'

afterAll(() => pagefind.close())

describe('pagefindLanguage', () => {
  it("is the name Pagefind itself files each language's pages under, from the lang the site's pages declare", async () => {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(errors.join('; '))
    for (const l of localeCodes) {
      const added = await index.addHTMLFile({
        url: `/${l}/articles/a/`,
        content: `<!doctype html><html lang="${htmlLang[l]}"><body><main data-pagefind-body><h1>patent ${l}</h1></main></body></html>`,
      })
      expect(added.errors).toEqual([])
    }
    const { files } = await index.getFiles()
    const entry = files.find((f) => f.path === 'pagefind-entry.json')!
    const languages = Object.keys(JSON.parse(Buffer.from(entry.content).toString('utf8')).languages)
    expect(languages.sort()).toEqual(localeCodes.map(pagefindLanguage).sort())
    // Not the page's lang as written: Uzbek's pages say uz-Latn.
    expect(pagefindLanguage('uz')).toBe('uz-latn')
  })
})
