import {
  commitTransaction,
  createLocalReq,
  getLocalI18n,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { ContentError } from './problems'

/**
 * Runs `work` in one database transaction, passing the request every Local API
 * call must carry to be part of it: committed when `work` returns, rolled back
 * when it throws, so an import changes everything or nothing. The request
 * speaks English, the command line's language: without it, Payload's Local API
 * would answer in the admin's fallback language (Russian), and the hooks' and
 * validators' refusals the importer reports would be Russian too.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const i18n = await getLocalI18n({ config: payload.config, language: 'en' })
  const req = await createLocalReq({ req: { i18n } as Partial<PayloadRequest> }, payload)
  await initTransaction(req)
  if (!req.transactionID) {
    // Payload silently runs without transactions on a standalone MongoDB server.
    throw new ContentError([
      {
        file: 'DATABASE_URI',
        message:
          'the database cannot run transactions, so an import could be left half done. MongoDB must be a replica set (add ?replicaSet=<name> to the URI; Atlas always is).',
      },
    ])
  }
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
