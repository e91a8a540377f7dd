/**
 * Another process on the same database, as the publisher is beside the admin:
 * for `seconds` it runs due jobs (a write transaction each time) and reads the
 * newest articles, then prints how many rounds it made and which of them failed.
 * Usage: tsx tests/helpers/busy-process.ts <seconds>   (DATABASE_URI from the environment)
 */
import { openPayload } from '../../scripts/lib/payload'

const seconds = Number(process.argv[2] ?? 5)
const payload = await openPayload()
console.log('ready')
const errors: string[] = []
let rounds = 0
const end = Date.now() + seconds * 1000
while (Date.now() < end) {
  try {
    await payload.jobs.run({ allQueues: true, limit: 10 })
    await payload.find({ collection: 'articles', sort: '-updatedAt', limit: 1, depth: 0 })
    rounds++
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error))
  }
}
console.log(JSON.stringify({ rounds, errors }))
process.exit(0)
