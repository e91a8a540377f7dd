import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { Articles } from '../../../content-models/collections/Articles'
import { Events } from '../../../content-models/collections/Events'
import { HelpCentres } from '../../../content-models/collections/HelpCentres'
import { SituationSteps } from '../../../content-models/collections/SituationSteps'
import { docTypes } from '../../../scripts/content/doc-types'
import { maxLengthOf } from '../../../scripts/content/field-limits'

const fields: Field[] = [
  { name: 'title', type: 'text', maxLength: 10 },
  { type: 'row', fields: [{ name: 'inRow', type: 'text', maxLength: 20 }] },
  { type: 'collapsible', label: 'Place', fields: [{ name: 'inCollapsible', type: 'textarea', maxLength: 30 }] },
  {
    type: 'tabs',
    tabs: [
      { label: 'Main', fields: [{ name: 'inTab', type: 'text', maxLength: 40 }] },
      { name: 'named', fields: [{ name: 'nested', type: 'text', maxLength: 50 }] },
    ],
  },
  { name: 'free', type: 'text' },
]
const things = { slug: 'things', fields }

describe('maxLengthOf', () => {
  it('finds a top-level field through rows, collapsibles and unnamed tabs', () => {
    expect(maxLengthOf(things, 'title')).toBe(10)
    expect(maxLengthOf(things, 'inRow')).toBe(20)
    expect(maxLengthOf(things, 'inCollapsible')).toBe(30)
    expect(maxLengthOf(things, 'inTab')).toBe(40)
  })

  it('refuses a field without a limit, or one stored elsewhere, naming it', () => {
    expect(() => maxLengthOf(things, 'free')).toThrow('The importer limits "free", but things gives it no maxLength')
    expect(() => maxLengthOf(things, 'nested')).toThrow('The importer limits "nested", but things has no such field')
  })
})

describe('the importer’s text limits', () => {
  // Loading doc-types already fails when a limit is missing; this also shows no rule bypasses the configs.
  it('are the maxLength of each field in its collection config', () => {
    const configs = {
      articles: Articles,
      events: Events,
      'help-centres': HelpCentres,
      'situation-steps': SituationSteps,
    }
    for (const type of docTypes) {
      for (const [name, rule] of Object.entries(type.fields)) {
        if ('max' in rule) expect(rule.max, `${type.folder}.${name}`).toBe(maxLengthOf(configs[type.collection], name))
      }
    }
  })
})
