/**
 * `npm run content:import -- <dir>`: imports articles, events and help centres from Markdown files into
 * the database DATABASE_URI names. All or nothing: any problem stops the import
 * before anything is written.
 */
import path from 'node:path'

import { importDir, progressLine, summarize } from './content/import-dir'
import { runCli } from './lib/cli'
import { describeDatabase, openPayload } from './lib/payload'

const dir = process.argv[2]
if (!dir) {
  console.error('Usage: npm run content:import -- <dir>   (formats: docs/content-formats.md)')
  process.exit(2)
}

await runCli('Import', async () => {
  const payload = await openPayload()
  console.log(`Importing ${dir} into ${describeDatabase()}…`)
  const report = await importDir(payload, path.resolve(dir), {
    onDocument: (...args) => console.log(progressLine(...args)),
  })
  for (const slug of report.createdWithoutTitles) {
    console.log(
      `  note: topic "${slug}" was new and got its slug as title; give it real titles in the admin or topics.yml`,
    )
  }
  return `Imported ${summarize(report)} from ${dir}`
})
