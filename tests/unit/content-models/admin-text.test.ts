import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { collections, globals } from '../../../content-models'
import { editorBlocks } from '../../../content-models/blocks'
import { adminLanguages } from '../../../content-models/i18n/adminText'

/**
 * Every word of ours in the admin exists in each admin language
 * (docs/adr/0008-admin-languages.md): labels, descriptions, placeholders,
 * option labels, collection and global names are per-language objects, and
 * every field an editor sees is named by us, not by Payload from its name.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** What is wrong with one text of ours, or nothing. */
function textProblem(value: unknown): string | undefined {
  if (typeof value === 'string') return `is the plain string ${JSON.stringify(value)}`
  if (!isRecord(value)) return `is not a per-language object (${typeof value})`
  const missing = adminLanguages.filter((l) => typeof value[l] !== 'string' || !String(value[l]).trim())
  return missing.length ? `lacks ${missing.join(', ')}` : undefined
}

type Anything = Record<string, unknown>

/** Problems with every text of ours in `fields`, each named `<entity> › <field path> (<what>)`. */
function fieldProblems(entity: string, fields: Field[], parent = ''): string[] {
  const problems: string[] = []
  const check = (where: string, what: string, value: unknown) => {
    const problem = textProblem(value)
    if (problem) problems.push(`${entity} › ${where} (${what}) ${problem}`)
  }

  fields.forEach((field, index) => {
    const f = field as unknown as Anything
    const name = typeof f.name === 'string' ? f.name : undefined
    const where = name ? `${parent}${name}` : `${parent}[${index}:${String(f.type)}]`
    const admin = (isRecord(f.admin) ? f.admin : {}) as Anything
    const visible = f.hidden !== true && admin.hidden !== true && admin.disabled !== true

    // `label: false` is a decision to show none; anything else is shown and must be ours in every language.
    if (f.label !== undefined && f.label !== false) check(where, 'label', f.label)
    else if (f.label === undefined && visible && (name || f.type === 'collapsible') && f.type !== 'ui')
      problems.push(`${entity} › ${where} (label) is missing: Payload would make one up from the name, in English`)

    if (admin.description !== undefined) check(where, 'description', admin.description)
    if (admin.placeholder !== undefined) check(where, 'placeholder', admin.placeholder)

    if (f.type === 'array' || f.type === 'blocks') {
      const labels = f.labels as Anything | undefined
      if (!labels) {
        if (visible) problems.push(`${entity} › ${where} (labels) are missing: the "Add …" button would be English`)
      } else {
        check(where, 'labels.singular', labels.singular)
        check(where, 'labels.plural', labels.plural)
      }
    }

    if (Array.isArray(f.options)) {
      for (const option of f.options as unknown[]) {
        if (!isRecord(option)) {
          problems.push(`${entity} › ${where} (option ${JSON.stringify(option)}) is shown as its code`)
          continue
        }
        const value = String(option.value)
        check(where, `option ${value}`, option.label)
        const label = option.label
        if (isRecord(label) && adminLanguages.every((l) => String(label[l]).toLowerCase() === value.toLowerCase()))
          problems.push(`${entity} › ${where} (option ${value}) is shown as its code in every language`)
      }
    }

    const nested = `${name ? `${where}.` : parent}`
    if (Array.isArray(f.fields)) problems.push(...fieldProblems(entity, f.fields as Field[], nested))
    if (Array.isArray(f.tabs)) {
      for (const [t, tab] of (f.tabs as Anything[]).entries()) {
        const tabWhere = typeof tab.name === 'string' ? `${parent}${tab.name}` : `${parent}tab ${t}`
        if (tab.label === undefined) problems.push(`${entity} › ${tabWhere} (tab label) is missing`)
        else check(tabWhere, 'tab label', tab.label)
        if (isRecord(tab.admin) && tab.admin.description !== undefined)
          check(tabWhere, 'tab description', tab.admin.description)
        const tabParent = typeof tab.name === 'string' ? `${tabWhere}.` : parent
        problems.push(...fieldProblems(entity, (tab.fields ?? []) as Field[], tabParent))
      }
    }
    if (Array.isArray(f.blocks)) {
      for (const block of f.blocks as Anything[]) {
        const blockWhere = `${where}.${String(block.slug)}`
        const labels = block.labels as Anything | undefined
        if (!labels) problems.push(`${entity} › ${blockWhere} (block labels) are missing`)
        else {
          check(blockWhere, 'block labels.singular', labels.singular)
          check(blockWhere, 'block labels.plural', labels.plural)
        }
        problems.push(...fieldProblems(entity, (block.fields ?? []) as Field[], `${blockWhere}.`))
      }
    }
  })
  return problems
}

function collectionProblems(): string[] {
  return collections.flatMap((c) => {
    const problems: string[] = []
    const entity = `collection ${c.slug}`
    const labels = c.labels as Anything | undefined
    if (!labels) problems.push(`${entity} (labels) are missing: the dashboard would show its slug in English`)
    else
      for (const which of ['singular', 'plural']) {
        const problem = textProblem(labels[which])
        if (problem) problems.push(`${entity} (labels.${which}) ${problem}`)
      }
    if (c.admin?.description !== undefined) {
      const problem = textProblem(c.admin.description)
      if (problem) problems.push(`${entity} (description) ${problem}`)
    }
    return [...problems, ...fieldProblems(entity, c.fields)]
  })
}

function globalProblems(): string[] {
  return globals.flatMap((g) => {
    const problems: string[] = []
    const entity = `global ${g.slug}`
    if (g.label === undefined) problems.push(`${entity} (label) is missing`)
    else {
      const problem = textProblem(g.label)
      if (problem) problems.push(`${entity} (label) ${problem}`)
    }
    if (g.admin?.description !== undefined) {
      const problem = textProblem(g.admin.description)
      if (problem) problems.push(`${entity} (description) ${problem}`)
    }
    return [...problems, ...fieldProblems(entity, g.fields)]
  })
}

/** The blocks of the body editor: Payload shows their names and fields inside every rich-text body. */
function editorBlockProblems(): string[] {
  return editorBlocks.flatMap((block) => {
    const problems: string[] = []
    const entity = `editor block ${block.slug}`
    for (const which of ['singular', 'plural'] as const) {
      const problem = textProblem((block.labels as Anything | undefined)?.[which])
      if (problem) problems.push(`${entity} (labels.${which}) ${problem}`)
    }
    return [...problems, ...fieldProblems(entity, block.fields)]
  })
}

describe('the admin’s words', () => {
  it('walks every collection and global', () => {
    expect(collections.length).toBeGreaterThan(5)
    expect(globals.length).toBeGreaterThan(0)
  })

  it('name every collection, field and option of ours in every admin language', () => {
    expect(collectionProblems()).toEqual([])
  })

  it('name the globals and their fields in every admin language', () => {
    expect(globalProblems()).toEqual([])
  })

  it('name the body editor’s blocks and their fields in every admin language', () => {
    expect(editorBlocks.length).toBeGreaterThan(0)
    expect(editorBlockProblems()).toEqual([])
  })

  it('catch what they are meant to catch', () => {
    const fields: Field[] = [
      { name: 'plain', type: 'text', label: 'Plain' },
      { name: 'unnamed', type: 'text' },
      { name: 'hidden', type: 'text', admin: { hidden: true } },
      { name: 'half', type: 'text', label: { ru: 'Половина', en: 'Half' } },
      {
        name: 'codes',
        type: 'select',
        label: { ru: 'Коды', en: 'Codes', bg: 'Кодове', ar: 'رموز' },
        options: ['raw', { value: 'uz', label: { ru: 'UZ', en: 'uz', bg: 'UZ', ar: 'UZ' } }],
      },
      {
        type: 'collapsible',
        label: { ru: 'Группа', en: 'Group', bg: 'Група', ar: 'مجموعة' },
        fields: [{ name: 'inner', type: 'checkbox', admin: { description: 'English only' } }],
      },
      {
        name: 'notes',
        type: 'array',
        label: { ru: 'Заметки', en: 'Notes', bg: 'Бележки', ar: 'ملاحظات' },
        fields: [{ name: 'note', type: 'text', label: { ru: 'З', en: 'N', bg: 'Б', ar: 'م' } }],
      },
    ]
    expect(fieldProblems('collection x', fields)).toEqual([
      'collection x › plain (label) is the plain string "Plain"',
      'collection x › unnamed (label) is missing: Payload would make one up from the name, in English',
      'collection x › half (label) lacks bg, ar',
      'collection x › codes (option "raw") is shown as its code',
      'collection x › codes (option uz) is shown as its code in every language',
      'collection x › inner (label) is missing: Payload would make one up from the name, in English',
      'collection x › inner (description) is the plain string "English only"',
      'collection x › notes (labels) are missing: the "Add …" button would be English',
    ])
  })
})
