import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importDir } from '../../scripts/content/import-dir'
import { ContentError } from '../../scripts/content/problems'
import { exportContent } from '../../scripts/site/export-content'
import { fixture, freshPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
}, 120_000)

/** The valid fixture plus a publisher.yml with `yaml`. */
function dirWithPublisher(yaml: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-publisher-'))
  fs.cpSync(fixture('valid'), dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'publisher.yml'), yaml)
  return dir
}

describe('who publishes the portal', () => {
  it('is absent from the site until it has a name', async () => {
    await importDir(payload, fixture('valid'))
    expect((await exportContent(payload)).publisher).toBeUndefined()
  })

  it('is imported from publisher.yml and read by the site in every language it names', async () => {
    const dir = dirWithPublisher(
      [
        'name:',
        '  ru: "Центр «Помощь» <b>"',
        '  en: Help Centre',
        'about:',
        '  ru: Юристы отвечают бесплатно.',
        'phone: "+7 800 000-00-00"',
        'email: info@example.org',
        'website: https://example.org/',
      ].join('\n'),
    )
    const report = await importDir(payload, dir)
    expect(report.publisher).toBe('updated')
    const { publisher } = await exportContent(payload)
    expect(publisher).toEqual({
      names: { ru: 'Центр «Помощь» <b>', en: 'Help Centre' },
      about: { ru: 'Юристы отвечают бесплатно.' },
      phone: '+7 800 000-00-00',
      email: 'info@example.org',
      website: 'https://example.org/',
    })
    // Importing the same file again changes nothing.
    expect((await importDir(payload, dir)).publisher).toBe('unchanged')
  })

  it('refuses bad contacts naming the file and field, and keeps the stored setting', async () => {
    const before = await exportContent(payload)
    const dir = dirWithPublisher(
      ['name:', '  ru: Центр', '  xx: Центр', 'phone: 8 800 call-us', 'email: nobody', 'fax: 1'].join('\n'),
    )
    const error = await importDir(payload, dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ContentError)
    expect((error as ContentError).problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'publisher.yml',
          field: 'phone',
          message: expect.stringMatching(/international format/),
        }),
        expect.objectContaining({
          file: 'publisher.yml',
          field: 'email',
          message: expect.stringMatching(/not an email/),
        }),
        expect.objectContaining({
          file: 'publisher.yml',
          field: 'fax',
          message: expect.stringMatching(/unknown field/),
        }),
        expect.objectContaining({ file: 'publisher.yml', field: 'name', locale: 'xx' }),
      ]),
    )
    expect((await exportContent(payload)).publisher).toEqual(before.publisher)
  })

  it('may be changed by administrators only', async () => {
    const editor = await payload.create({
      collection: 'users',
      data: {
        email: 'editor-publisher@example.org',
        password: 'a-long-password-1',
        name: 'Ed',
        role: 'editor',
      } as never,
    })
    await expect(
      payload.updateGlobal({
        slug: 'publisher',
        data: { phone: '+7 900 000-00-00' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
