/**
 * `npx tsx site/offline/make-icons.ts`: draws the web app icons in
 * static/icons/ from static/favicon.svg, once; the PNGs are committed, so the
 * build needs no image tools. Run again only when the favicon changes.
 * A maskable icon keeps the mark inside the central 80% "safe zone", on the
 * site's blue, since launchers crop it to a circle or a rounded square.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { THEME_COLOR } from './manifest'

const root = path.resolve(import.meta.dirname, '../..')
const favicon = await fs.readFile(path.join(root, 'static/favicon.svg'))
const out = path.join(root, 'static/icons')
await fs.mkdir(out, { recursive: true })

const png = (image: ReturnType<typeof sharp>) => image.png({ compressionLevel: 9, palette: true })

for (const size of [192, 512]) {
  await png(sharp(favicon, { density: (72 * size) / 32 }).resize(size, size)).toFile(path.join(out, `icon-${size}.png`))
}
const inner = Math.round(512 * 0.7)
const mark = await sharp(favicon, { density: (72 * inner) / 32 })
  .resize(inner, inner)
  .toBuffer()
await png(
  sharp({ create: { width: 512, height: 512, channels: 4, background: THEME_COLOR } }).composite([
    { input: mark, gravity: 'center' },
  ]),
).toFile(path.join(out, 'maskable-512.png'))
console.log(`Icons written to ${path.relative(root, out)}/`)
