/** `npm run seed`: imports the demo content into the database DATABASE_URI names (idempotent). */
import { seed } from './content/seed'
import { runCli } from './lib/cli'
import { openPayload } from './lib/payload'

await runCli('Seed', async () => seed(await openPayload()))
