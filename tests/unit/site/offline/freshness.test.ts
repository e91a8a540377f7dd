import { describe, expect, it } from 'vitest'

import { savedNoteKind } from '../../../../site/offline/freshness'

describe('the "Saved on …" note a page served from the phone carries', () => {
  it.each(['/ru/law-changes/', '/uz/law-changes/page/2/', '/ar/law-changes/page/13/'])(
    'is the law-change wording on every page of the law-change list (%s)',
    (pathname) => expect(savedNoteKind(pathname)).toBe('law'),
  )

  it.each(['/ru/', '/ru/topics/patent/', '/ru/articles/page/2/', '/ru/law-changes/page/x/'])(
    'is the plain wording on %s',
    (pathname) => expect(savedNoteKind(pathname)).toBe('page'),
  )
})
