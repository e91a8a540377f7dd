/** `npm run seed`: imports the demo content into the database DATABASE_URI names (idempotent). */
import { ContentError } from './content/problems'
import { seed } from './content/seed'
import { openPayload } from './lib/payload'

const payload = await openPayload()
try {
  console.log(await seed(payload))
  process.exit(0)
} catch (error) {
  console.error(error instanceof ContentError ? `Seed failed: ${error.message}` : error)
  process.exit(1)
}
