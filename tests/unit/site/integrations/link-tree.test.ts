import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { linkTree } from '../../../../site/integrations/incremental'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'link-tree-'))
  for (const [rel, body] of Object.entries({
    'index.html': 'home',
    'ru/articles/patent/index.html': 'патент',
    'ru/articles/patent/index.html.br': 'br',
    'pagefind/fragment/ru_1.pf_fragment': 'f',
    '.hidden': 'h',
  })) {
    fs.mkdirSync(path.dirname(path.join(root, 'from', rel)), { recursive: true })
    fs.writeFileSync(path.join(root, 'from', rel), body)
  }
  fs.mkdirSync(path.join(root, 'from', 'empty'))
  fs.mkdirSync(path.join(root, 'to'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

/** Every entry under `dir`, with each file's inode. */
const listing = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => {
      const rel = path.relative(dir, path.join(e.parentPath, e.name))
      return `${rel}${e.isFile() ? ` ${fs.statSync(path.join(dir, rel)).ino}` : '/'}`
    })
    .sort()

describe('linkTree', () => {
  it('copies a build as hard links of its files, folders and hidden files included', async () => {
    await linkTree(path.join(root, 'from'), path.join(root, 'to'))
    expect(listing(path.join(root, 'to'))).toEqual(listing(path.join(root, 'from')))
  })

  it('makes the same copy without GNU cp', async () => {
    const pathEnv = process.env.PATH
    process.env.PATH = path.join(root, 'no-commands-here')
    try {
      await linkTree(path.join(root, 'from'), path.join(root, 'to'))
    } finally {
      process.env.PATH = pathEnv
    }
    expect(listing(path.join(root, 'to'))).toEqual(listing(path.join(root, 'from')))
  })
})
