import fs from 'node:fs'
import zlib from 'node:zlib'

/**
 * Reads one entry of a ZIM file (openZIM format 6: header, path pointers,
 * directory entries, clusters of blobs, uncompressed or zstd), enough for the
 * tests to check metadata such as `M/Language`, which zimdump 3.1 does not
 * print.
 */
export function readZimEntry(file: string, namespace: string, entryPath: string): Buffer | undefined {
  const zim = fs.readFileSync(file)
  if (zim.readUInt32LE(0) !== 72173914) throw new Error(`${file} is not a ZIM file`)
  const entryCount = zim.readUInt32LE(24)
  const clusterCount = zim.readUInt32LE(28)
  const pathPtrPos = Number(zim.readBigUInt64LE(32))
  const clusterPtrPos = Number(zim.readBigUInt64LE(48))
  const checksumPos = Number(zim.readBigUInt64LE(72))
  for (let i = 0; i < entryCount; i++) {
    const at = Number(zim.readBigUInt64LE(pathPtrPos + i * 8))
    if (zim.readUInt16LE(at) === 0xffff) continue // a redirect
    if (String.fromCharCode(zim[at + 3]) !== namespace) continue
    const cluster = zim.readUInt32LE(at + 8)
    const blob = zim.readUInt32LE(at + 12)
    const pathEnd = zim.indexOf(0, at + 16)
    if (zim.toString('utf8', at + 16, pathEnd) !== entryPath) continue
    const start = Number(zim.readBigUInt64LE(clusterPtrPos + cluster * 8))
    const end =
      cluster + 1 < clusterCount ? Number(zim.readBigUInt64LE(clusterPtrPos + (cluster + 1) * 8)) : checksumPos
    const info = zim[start]
    const raw = zim.subarray(start + 1, end)
    const data = (info & 0x0f) === 5 ? zlib.zstdDecompressSync(raw) : (info & 0x0f) <= 1 ? raw : undefined
    if (!data) throw new Error(`cluster compression ${info & 0x0f} is not supported here`)
    const wide = (info & 0x10) !== 0
    const offset = (n: number) => (wide ? Number(data.readBigUInt64LE(n * 8)) : data.readUInt32LE(n * 4))
    return Buffer.from(data.subarray(offset(blob), offset(blob + 1)))
  }
  return undefined
}
