import fs from 'node:fs/promises'
import zlib from 'node:zlib'

/** The accent colour of the site's icon (static/favicon.svg), for the fallback. */
const ACCENT = [0x0b, 0x5c, 0xad]
const SIZE = 48

/**
 * The 48×48 PNG a ZIM file must carry, which Kiwix shows in its library: the
 * site's icon (static/favicon.svg) rendered with sharp, which the project has
 * through Next.js. Should sharp ever be missing, a plain square in the icon's
 * colour is written by hand instead, so the ZIM files do not depend on it.
 */
export async function zimIllustration(): Promise<Buffer> {
  const svg = await fs.readFile(new URL('../../static/favicon.svg', import.meta.url))
  try {
    const { default: sharp } = await import('sharp')
    return await sharp(svg, { density: 300 }).resize(SIZE, SIZE).png().toBuffer()
  } catch {
    return solidPng(SIZE, ACCENT)
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A square PNG of one RGB colour (8-bit truecolour, no filter). */
export function solidPng(size: number, [r, g, b]: number[]): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => [r, g, b]).flat())])
  const pixels = Buffer.concat(Array.from({ length: size }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
