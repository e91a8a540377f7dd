import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * The layers of docs/architecture.md, checked on every import: CMS → snapshot
 * → site build → dist, and nothing on the right reaches back to the left.
 */
const root = path.resolve(import.meta.dirname, '../..')
const SOURCE = /\.(ts|tsx|mjs|astro)$/

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((f) => !f.includes('node_modules') && !f.startsWith('cms/.next'))
}

/** Every module a file imports: repository paths for relative imports, package names otherwise. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8')
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((m) => m[1])
  return specifiers.map((s) => (s.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(file), s)) : s))
}

function violations(dir: string, allowed: (target: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((target) => !allowed(target))
      .map((target) => `${file} imports ${target}`),
  )
}

const under = (target: string, ...dirs: string[]) => dirs.some((d) => target === d || target.startsWith(`${d}/`))

describe('the layers', () => {
  it('content-models imports neither the CMS app, the site, the scripts, Next nor Astro', () => {
    expect(
      violations(
        'content-models',
        (t) => !under(t, 'cms', 'site', 'scripts') && !/^(next|astro|@astrojs|@payloadcms\/next|react)(\/|$)/.test(t),
      ),
    ).toEqual([])
  })

  it('the CMS app never reaches into the site or the scripts', () => {
    expect(violations('cms', (t) => !under(t, 'site', 'scripts'))).toEqual([])
  })

  it('the site reads the snapshot and never the CMS or the scripts', () => {
    expect(violations('site', (t) => !under(t, 'cms', 'scripts'))).toEqual([])
  })

  it('the build scripts take from the site only its snapshot contract, its URLs and its build entry', () => {
    const siteEntries = ['site/data', 'site/utils/urls', 'site/utils/list-files', 'site/build']
    expect(violations('scripts/site', (t) => !under(t, 'site') || under(t, ...siteEntries))).toEqual([])
  })
})
