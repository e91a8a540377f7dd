import { describe, expect, it } from 'vitest'

import { planDelta } from '../../../../site/integrations/search-delta'

/*
 * What a publish puts into the index of changes (site/search/delta.ts): the
 * pages whose records differ from those their language's own index was made
 * of, and which of that index's pages they replace.
 */

const A = '/en/articles/a/'
const B = '/en/articles/b/'
const C = '/en/articles/c/'
const RU = '/ru/articles/a/'

describe('planDelta', () => {
  it('indexes a changed and a new page of the published language, and supersedes the changed one', () => {
    const previous = { [A]: 'a1', [B]: 'b1', [RU]: 'r1' }
    const plan = planDelta(undefined, ['en'], previous, { [A]: 'a2', [B]: 'b1', [C]: 'c1', [RU]: 'r1' })
    expect(plan.urls.sort()).toEqual([A, C])
    expect(plan.superseded).toEqual([A])
    // What the English index was made of, for the publishes that follow; Russian is up to date.
    expect(plan.behind).toEqual({ languages: ['en'], main: { [A]: 'a1', [B]: 'b1' } })
  })

  it('keeps comparing with what a language was indexed whole from, over several publishes', () => {
    const first = planDelta(undefined, ['en'], { [A]: 'a1', [RU]: 'r1' }, { [A]: 'a2', [RU]: 'r1' })
    // The second publish's site online has the first one's record hashes: English is still compared with a1.
    const second = planDelta(first.behind, ['ru'], { [A]: 'a2', [RU]: 'r1' }, { [A]: 'a3', [RU]: 'r2' })
    expect(second.urls.sort()).toEqual([A, RU])
    expect(second.superseded.sort()).toEqual([A, RU])
    expect(second.behind).toEqual({ languages: ['ru', 'en'], main: { [A]: 'a1', [RU]: 'r1' } })
  })

  it('supersedes a page gone from a language, with nothing to index', () => {
    const plan = planDelta(undefined, ['en'], { [A]: 'a1', [B]: 'b1' }, { [A]: 'a1' })
    expect(plan.urls).toEqual([])
    expect(plan.superseded).toEqual([B])
    expect(plan.behind?.languages).toEqual(['en'])
  })

  it('leaves no language behind once its pages are again what its index was made of', () => {
    const first = planDelta(undefined, ['en'], { [A]: 'a1' }, { [A]: 'a2', [C]: 'c1' })
    expect(first.behind?.languages).toEqual(['en'])
    // The edit undone and the new page unpublished again.
    const undone = planDelta(first.behind, ['en'], { [A]: 'a2', [C]: 'c1' }, { [A]: 'a1' })
    expect(undone).toEqual({ urls: [], superseded: [] })
  })
})
