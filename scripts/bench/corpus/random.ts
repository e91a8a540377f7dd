/**
 * A seeded pseudo-random generator for the corpus (never `Math.random`), so the
 * same seed always writes the same files. sfc32 seeded through cyrb128: small,
 * fast, and good enough for sampling words.
 */

/** Four 32-bit words from a string: the seed of a generator. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]
}

export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  /** A generator for `seed`; `stream` names an independent sequence under the same seed. */
  constructor(
    readonly seed: string,
    stream = '',
  ) {
    ;[this.a, this.b, this.c, this.d] = cyrb128(`${seed}\u0000${stream}`)
    // The first outputs of sfc32 are weakly mixed.
    for (let i = 0; i < 12; i++) this.next()
  }

  /**
   * An independent generator for one part of the corpus (one article, one
   * language): what it draws does not depend on how much other parts drew, so
   * the first 100 articles of a 1,000-article corpus are the 100-article corpus.
   */
  fork(stream: string): Random {
    return new Random(this.seed, stream)
  }

  /** A float in [0, 1). */
  next(): number {
    this.a >>>= 0
    this.b >>>= 0
    this.c >>>= 0
    this.d >>>= 0
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: ArrayLike<T>): T {
    return items[Math.floor(this.next() * items.length)]
  }

  /** One of `items`, each as likely as its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((n, [, w]) => n + w, 0)
    let r = this.next() * total
    for (const [item, w] of items) if ((r -= w) < 0) return item
    return items[items.length - 1][0]
  }

  /** `count` different items of `items` (all of them when there are fewer), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
    }
    return copy.slice(0, Math.min(count, copy.length))
  }
}

/**
 * Draws ranks 0…n−1 with Zipf–Mandelbrot probabilities ∝ 1 / (rank + 1 + q)^s,
 * the shape word frequencies have in natural text (s ≈ 1; q flattens the very
 * top, where the few commonest words are less dominant than pure Zipf says).
 */
export class ZipfSampler {
  private readonly cdf: Float64Array

  constructor(
    readonly size: number,
    s = 1,
    q = 2.7,
  ) {
    this.cdf = new Float64Array(size)
    let total = 0
    for (let r = 0; r < size; r++) this.cdf[r] = total += 1 / Math.pow(r + 1 + q, s)
    for (let r = 0; r < size; r++) this.cdf[r] /= total
  }

  draw(random: Random): number {
    const x = random.next()
    let lo = 0
    let hi = this.size - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.cdf[mid] < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** The share of draws that fall on ranks ≥ `rank`. */
  tailShare(rank: number): number {
    return rank <= 0 ? 1 : rank >= this.size ? 0 : 1 - this.cdf[rank - 1]
  }
}
