import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { moveFiles, moveOrCopyTree, moveTree, removeFiles } from '../../../../site/integrations/incremental'

let root: string
const write = (rel: string, body = rel) => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true })
  fs.writeFileSync(path.join(root, rel), body)
}
/** Every entry under `dir`: folders end in `/`. */
const listing = (dir: string) =>
  fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .map((e) => `${path.relative(path.join(root, dir), path.join(e.parentPath, e.name))}${e.isDirectory() ? '/' : ''}`)
    .sort()

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'file-moves-'))
})
afterEach(() => {
  vi.restoreAllMocks()
  fs.rmSync(root, { recursive: true, force: true })
})

describe('removeFiles', () => {
  it('removes the files and the folders they leave empty, never the folder itself or a folder still in use', async () => {
    write('site/ru/articles/gone/index.html')
    write('site/ru/articles/gone/index.html.br')
    write('site/ru/articles/kept/index.html')
    write('site/ru/topics/only/deep/index.html')
    write('site/pagefind/fragment/ru_1.pf_fragment')
    write('site/pagefind/fragment/en_1.pf_fragment')
    fs.mkdirSync(path.join(root, 'site/empty-before'))
    await removeFiles(path.join(root, 'site'), [
      'ru/articles/gone/index.html',
      'ru/articles/gone/index.html.br',
      'ru/topics/only/deep/index.html',
      'pagefind/fragment/ru_1.pf_fragment',
      'ru/articles/never-there/index.html',
    ])
    expect(listing('site')).toEqual([
      'empty-before/',
      'pagefind/',
      'pagefind/fragment/',
      'pagefind/fragment/en_1.pf_fragment',
      'ru/',
      'ru/articles/',
      'ru/articles/kept/',
      'ru/articles/kept/index.html',
    ])
    await removeFiles(path.join(root, 'site'), ['ru/articles/kept/index.html', 'pagefind/fragment/en_1.pf_fragment'])
    expect(listing('site')).toEqual(['empty-before/'])
    expect(fs.existsSync(path.join(root, 'site'))).toBe(true)
  })

  it('tries each folder once, not once a file: a language of a large index is removed from one folder', async () => {
    // Reading the folder after each file made a publish at 21,000 pages spend 27 s here.
    const files = Array.from({ length: 300 }, (_, i) => `pagefind/fragment/ru_${i}.pf_fragment`)
    for (const rel of files) write(`site/${rel}`)
    for (let i = 0; i < 50; i++) write(`site/pagefind/fragment/en_${i}.pf_fragment`)
    const readdir = vi.spyOn(fsp, 'readdir')
    const rmdir = vi.spyOn(fsp, 'rmdir')
    await removeFiles(path.join(root, 'site'), files)
    expect(readdir).not.toHaveBeenCalled()
    expect(rmdir.mock.calls.map(([folder]) => path.relative(root, String(folder))).sort()).toEqual([
      'site/pagefind',
      'site/pagefind/fragment',
    ])
    expect(listing('site/pagefind/fragment')).toHaveLength(50)
  })

  it('reports a folder it may not remove', async () => {
    write('site/a/index.html')
    vi.spyOn(fsp, 'rmdir').mockRejectedValueOnce(
      Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }),
    )
    await expect(removeFiles(path.join(root, 'site'), ['a/index.html'])).rejects.toThrow('EACCES')
  })
})

describe('moveFiles and moveTree', () => {
  it('moves files into place by rename, replacing what is there without writing into it', async () => {
    write('new/ru/index.html', 'new home')
    write('new/ru/articles/patent/index.html', 'new patent')
    write('site/ru/index.html', 'old home')
    fs.linkSync(path.join(root, 'site/ru/index.html'), path.join(root, 'online-home.html'))
    const inode = fs.statSync(path.join(root, 'new/ru/index.html')).ino
    await moveTree(path.join(root, 'new'), path.join(root, 'site'))
    expect(fs.readFileSync(path.join(root, 'site/ru/index.html'), 'utf8')).toBe('new home')
    expect(fs.statSync(path.join(root, 'site/ru/index.html')).ino).toBe(inode)
    // The site online's file, linked into the new build, is untouched.
    expect(fs.readFileSync(path.join(root, 'online-home.html'), 'utf8')).toBe('old home')
    expect(fs.readFileSync(path.join(root, 'site/ru/articles/patent/index.html'), 'utf8')).toBe('new patent')
    expect(listing('new').filter((e) => !e.endsWith('/'))).toEqual([])
  })

  it('moves only the files named', async () => {
    write('index/fragment/ru_1.pf_fragment')
    write('index/fragment/en_1.pf_fragment')
    write('index/wasm.ru.pagefind')
    await moveFiles(path.join(root, 'index'), path.join(root, 'site'), [
      'fragment/ru_1.pf_fragment',
      'wasm.ru.pagefind',
    ])
    expect(listing('site')).toEqual(['fragment/', 'fragment/ru_1.pf_fragment', 'wasm.ru.pagefind'])
    expect(listing('index')).toEqual(['fragment/', 'fragment/en_1.pf_fragment'])
  })

  it('stops at the first file it cannot move, and says which', async () => {
    const files = Array.from({ length: 200 }, (_, i) => `fragment/ru_${String(i).padStart(3, '0')}.pf_fragment`)
    for (const rel of files.slice(1)) write(`index/${rel}`)
    const rename = vi.spyOn(fsp, 'rename')
    await expect(moveFiles(path.join(root, 'index'), path.join(root, 'site'), files)).rejects.toThrow('ru_000')
    // The sixteen begun at once finish; none is begun after the failure.
    expect(rename.mock.calls.length).toBeLessThan(files.length)
  })
})

describe('moveOrCopyTree', () => {
  it('renames when it can: the files keep their inodes', async () => {
    write('index/fragment/ru_1.pf_fragment', 'fragment')
    const inode = fs.statSync(path.join(root, 'index/fragment/ru_1.pf_fragment')).ino
    await moveOrCopyTree(path.join(root, 'index'), path.join(root, 'site/pagefind'))
    expect(fs.statSync(path.join(root, 'site/pagefind/fragment/ru_1.pf_fragment')).ino).toBe(inode)
  })

  it('copies everything when the two folders are on different disks', async () => {
    write('index/fragment/ru_1.pf_fragment', 'fragment')
    write('index/pagefind-entry.json', '{}')
    write('site/pagefind/pagefind-entry.json', 'old')
    const cross = Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' })
    vi.spyOn(fsp, 'rename').mockRejectedValue(cross)
    await moveOrCopyTree(path.join(root, 'index'), path.join(root, 'site/pagefind'))
    expect(fs.readFileSync(path.join(root, 'site/pagefind/fragment/ru_1.pf_fragment'), 'utf8')).toBe('fragment')
    expect(fs.readFileSync(path.join(root, 'site/pagefind/pagefind-entry.json'), 'utf8')).toBe('{}')
  })

  it('fails with any other error, copying nothing', async () => {
    write('index/wasm.ru.pagefind')
    vi.spyOn(fsp, 'rename').mockRejectedValue(
      Object.assign(new Error("EACCES: permission denied, rename 'index/wasm.ru.pagefind'"), { code: 'EACCES' }),
    )
    await expect(moveOrCopyTree(path.join(root, 'index'), path.join(root, 'site'))).rejects.toThrow('EACCES')
    expect(fs.existsSync(path.join(root, 'site/wasm.ru.pagefind'))).toBe(false)
  })
})
