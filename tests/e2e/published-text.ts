import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/**
 * Text of every file the site would publish, by path relative to `dir`.
 * Pagefind's index and fragments are gzip-compressed, so they are read
 * decompressed: nothing may hide there either.
 */
export function publishedText(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name)
    if (!fs.statSync(file).isFile()) continue
    let bytes = fs.readFileSync(file)
    if (/\.pf_\w+$/.test(name)) bytes = zlib.gunzipSync(bytes)
    files.set(name, bytes.toString('utf8'))
  }
  return files
}
