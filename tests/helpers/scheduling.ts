import type { Payload } from 'payload'

import type { Locale } from '../../content-models/locales'
import type { User } from '../../content-models/payload-types'

/**
 * Queues the publication of one language of an article as the admin's
 * "schedule publish" does, on behalf of `user` and already due.
 */
export function schedulePublish(payload: Payload, id: number, locale: Locale, user: User) {
  return payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      locale,
      doc: { relationTo: 'articles', value: String(id) as never },
      user: { relationTo: 'users', value: user.id },
    },
    waitUntil: new Date(Date.now() - 1000),
  })
}

/** Runs every due job now, as the publisher process would on its next round. */
export async function runDueJobs(payload: Payload): Promise<void> {
  await payload.jobs.run({ allQueues: true, silent: true })
}

/** Whether the job ran and its task failed. */
export async function jobFailed(payload: Payload, jobId: number | string): Promise<boolean> {
  const job = await payload.findByID({ collection: 'payload-jobs', id: jobId, depth: 0 })
  return Boolean(job.hasError) || (job.log ?? []).some((entry) => entry.state === 'failed')
}

/** Schedules a publication as `schedulePublish` does, runs it at once, and says whether it failed. */
export async function scheduledPublishFailed(
  payload: Payload,
  id: number,
  locale: Locale,
  user: User,
): Promise<boolean> {
  const job = await schedulePublish(payload, id, locale, user)
  await runDueJobs(payload)
  return jobFailed(payload, job.id)
}
