import { constants } from 'node:fs'
import fs from 'node:fs/promises'

/** One file of an import directory: its text, or why it cannot be used. */
export type FileText = { text: string } | { problem: string }

export const SYMLINK_PROBLEM =
  'is a symbolic link; the importer reads only real files and folders inside the import directory (copy the file in instead)'

/**
 * Reads one file of an import directory as UTF-8 text; undefined when it does
 * not exist. Symbolic links are refused, never followed: an import folder is
 * often an unpacked archive from a partner, and a link in it could read any
 * file on the server or dangle. O_NOFOLLOW refuses the link in the same step
 * as opening, so nothing can swap a link in between a check and the read
 * (on Windows, which lacks it, links are followed). O_NONBLOCK keeps a named
 * pipe from hanging the import; it changes nothing for regular files.
 */
export async function readImportFile(file: string): Promise<FileText | undefined> {
  let handle: fs.FileHandle
  try {
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return undefined
    return { problem: code === 'ELOOP' ? SYMLINK_PROBLEM : `cannot be read (${code ?? String(error)})` }
  }
  try {
    if (!(await handle.stat()).isFile()) return { problem: 'is not a regular file' }
    return decodeUtf8(await handle.readFile())
  } finally {
    await handle.close()
  }
}

const decodes = (bytes: Uint8Array, stream: boolean) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream })
    return true
  } catch {
    return false
  }
}

/**
 * Decodes UTF-8 or names the first bad byte, rather than quietly storing
 * U+FFFD in its place (a file saved as Windows-1251 would become question marks).
 */
function decodeUtf8(bytes: Uint8Array): FileText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    // The shortest prefix a streaming decoder rejects ends inside the first bad
    // sequence (a cut-off sequence at the very end is only rejected without
    // streaming); that sequence starts where the text was last whole, at most
    // three bytes earlier.
    let low = 1
    let high = bytes.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (decodes(bytes.subarray(0, mid), true)) low = mid + 1
      else high = mid
    }
    let offset = low - 1
    while (offset > 0 && !decodes(bytes.subarray(0, offset), false)) offset--
    const line = bytes.subarray(0, offset).filter((b) => b === 0x0a).length + 1
    return { problem: `is not valid UTF-8 text: bad byte at offset ${offset} (line ${line}); save it as UTF-8` }
  }
}
