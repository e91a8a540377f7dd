import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../../../content-models/payload-types'
import { as, expectForbidden } from '../../helpers/access'
import { freshPayload } from '../../helpers/payload'
import { createUser } from '../../helpers/users'

/**
 * Who may create accounts and change a role or the languages a translator may
 * edit: only an admin. Every request runs through the Local API as that user
 * with access checks on.
 */

let payload: Payload
let admin: User
let editor: User
let translatorUz: User
let legalReviewer: User

beforeAll(async () => {
  payload = await freshPayload()
  admin = await createUser(payload, 'admin')
  editor = await createUser(payload, 'editor')
  translatorUz = await createUser(payload, 'translator', ['uz'])
  legalReviewer = await createUser(payload, 'legal-reviewer')
})

describe('user accounts', () => {
  it('only an admin creates users', async () => {
    const made = await payload.create({
      collection: 'users',
      data: {
        email: 'new-translator@example.org',
        password: 'correct horse battery staple',
        role: 'translator',
        languages: ['tg'],
      },
      ...as(admin),
    })
    expect(made.role).toBe('translator')
    expect(made.languages).toEqual(['tg'])

    for (const user of [editor, translatorUz, legalReviewer]) {
      await expectForbidden(
        payload.create({
          collection: 'users',
          data: { email: `by-${user.role}@example.org`, password: 'correct horse battery staple', role: 'admin' },
          ...as(user),
        }),
      )
    }
    const others = await payload.find({ collection: 'users', where: { email: { like: 'by-' } } })
    expect(others.docs).toHaveLength(0)
  })

  it('only an admin changes a role or languages', async () => {
    const target = await createUser(payload, 'translator', ['uz'])
    await payload.update({ collection: 'users', id: target.id, data: { role: 'editor', languages: [] }, ...as(admin) })
    let stored = await payload.findByID({ collection: 'users', id: target.id })
    expect(stored.role).toBe('editor')

    await payload.update({
      collection: 'users',
      id: target.id,
      data: { role: 'translator', languages: ['ky'] },
      ...as(admin),
    })
    stored = await payload.findByID({ collection: 'users', id: target.id })
    expect(stored.role).toBe('translator')
    expect(stored.languages).toEqual(['ky'])

    // An editor may not touch someone else's account at all.
    await expectForbidden(
      payload.update({ collection: 'users', id: target.id, data: { role: 'admin' }, ...as(editor) }),
    )
    expect((await payload.findByID({ collection: 'users', id: target.id })).role).toBe('translator')
  })

  it('a translator renames themselves but cannot promote themselves or add languages', async () => {
    const self = await createUser(payload, 'translator', ['uz'])
    await payload.update({
      collection: 'users',
      id: self.id,
      data: { name: 'Dilnoza', role: 'admin', languages: ['uz', 'ru'] },
      ...as(self),
    })
    const stored = await payload.findByID({ collection: 'users', id: self.id })
    expect(stored.name).toBe('Dilnoza')
    expect(stored.role).toBe('translator')
    expect(stored.languages).toEqual(['uz'])
  })

  it('a translator cannot change another user', async () => {
    await expectForbidden(
      payload.update({ collection: 'users', id: editor.id, data: { name: 'Hacked' }, ...as(translatorUz) }),
    )
    expect((await payload.findByID({ collection: 'users', id: editor.id })).name ?? null).toBeNull()
  })
})
