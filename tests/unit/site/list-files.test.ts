import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { listFiles } from '../../../site/utils/list-files'

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'portal-list-'))

function write(dir: string, rel: string) {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
  fs.writeFileSync(path.join(dir, rel), rel)
}

describe('listFiles', () => {
  it('lists every file of every folder, sorted, as the recursive readdir it replaces finds them', async () => {
    const dir = tempDir()
    const rels = ['ru/index.html', 'ru/articles/patent/index.html', 'ru/articles/patent/index.html.br', 'sw.js']
    for (let i = 0; i < 40; i++) rels.push(`uz/articles/a${i}/deep/er/index.html`)
    for (const rel of rels) write(dir, rel)
    fs.mkdirSync(path.join(dir, 'empty'))
    const expected = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
      .sort()
    expect(expected).toHaveLength(rels.length)
    expect(await listFiles(dir)).toEqual(expected)
  })

  it('neither lists nor follows symbolic links', async () => {
    const dir = tempDir()
    const elsewhere = tempDir()
    write(elsewhere, 'secret/key.txt')
    write(dir, 'index.html')
    fs.symlinkSync(path.join(elsewhere, 'secret'), path.join(dir, 'linked-folder'))
    fs.symlinkSync(path.join(elsewhere, 'secret', 'key.txt'), path.join(dir, 'linked-file.txt'))
    expect(await listFiles(dir)).toEqual(['index.html'])
  })

  it('fails on a folder that is not there', async () => {
    await expect(listFiles(path.join(tempDir(), 'missing'))).rejects.toThrow(/ENOENT/)
  })
})
