import type { DatabaseAdapterObj } from 'payload'

/** The parts of a libSQL client and transaction this needs. */
interface LibsqlTransaction {
  commit(): Promise<void>
  rollback(): Promise<void>
  close(): void
}
interface LibsqlClient {
  transaction(mode?: 'write' | 'read' | 'deferred'): Promise<LibsqlTransaction>
  execute(...args: unknown[]): Promise<unknown>
  batch(...args: unknown[]): Promise<unknown>
}

export interface WriteWaitOptions {
  /** How long a write may wait, in all, for another writer to finish. */
  waitMs: number
  /** How long SQLite itself blocks before handing the wait back to us (see below). */
  sliceMs?: number
}

const isBusy = (error: unknown) =>
  /SQLITE_BUSY|database is locked/.test(
    String((error as { code?: unknown })?.code ?? '') + String((error as Error)?.message ?? ''),
  )
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Retries `attempt` while SQLite answers "busy", for up to `waitMs`, waiting
 * between tries without blocking the event loop. libSQL leaves a statement
 * that failed as busy "in progress" on its connection, and a later COMMIT
 * there fails ("SQL statements in progress"), which Payload's transactions
 * swallow: the save looks done but is lost. So after each busy answer the
 * connection is dropped (`discard`) and the next try gets a fresh one.
 */
async function whileBusy<T>(
  attempt: () => Promise<T>,
  discard: () => Promise<void>,
  waitMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + waitMs
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await attempt()
    } catch (error) {
      if (!isBusy(error)) throw error
      await discard()
      if (Date.now() >= deadline) {
        throw new Error(
          `The database stayed busy for ${Math.ceil(waitMs / 1000)} s (${what}): another process (an import or a build?) held it all that time. Try again when it has finished.`,
          { cause: error },
        )
      }
      await sleep(pause)
    }
  }
}

/**
 * Makes writes to one SQLite file from several places wait their turn
 * instead of failing with "database is locked" (SQLITE_BUSY, BUSY_SNAPSHOT).
 *
 * libSQL runs every statement synchronously, so SQLite's own busy wait blocks
 * the whole Node process: a write that waits 10 s for a transaction of the
 * same process can never see it finish (a password-reset request froze the
 * admin this way), and one that waits for another process freezes every other
 * request meanwhile. So:
 * - write transactions of this process run one at a time, in order (an async
 *   queue): SQLite allows one writer anyway, and none waits on its own process;
 * - SQLite blocks at most `sliceMs` at a time, after which the wait goes on
 *   asynchronously, retrying, for up to `waitMs` in all: long enough to queue
 *   behind an import in another process.
 * @libsql/client 0.14 also opens a new connection after each transaction
 * without the adapter's `busy_timeout` (libsql-client-ts#288), so the timeout
 * is set again on each.
 */
export function queueWrites(client: LibsqlClient, { waitMs, sliceMs = 100 }: WriteWaitOptions): void {
  const transaction = client.transaction.bind(client)
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  let queue: Promise<unknown> = Promise.resolve()
  const setWait = () => execute(`PRAGMA busy_timeout = ${sliceMs}`)
  // A deferred BEGIN takes no lock, so it cannot be busy; it hands the
  // client's current connection over and makes the client open a new one.
  const discard = async () => {
    const old = await transaction('deferred')
    try {
      old.close()
    } catch {
      // The dropped connection holds no lock; nothing more to undo.
    }
    await setWait()
  }

  client.execute = (...args) => whileBusy(() => execute(...args), discard, waitMs, 'a write')
  client.batch = (...args) => whileBusy(() => batch(...args), discard, waitMs, 'a batch of writes')
  client.transaction = async (mode) => {
    let release!: () => void
    const done = new Promise<void>((resolve) => (release = resolve))
    const turn = queue.then(() => undefined)
    queue = turn.then(() => done)
    // A transaction that waits for one this process has open, which in turn
    // waits for it, would otherwise wait for ever: give up after `waitMs`, and
    // pass the turn straight on when it comes.
    let timer: NodeJS.Timeout | undefined
    const gaveUp = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void turn.then(release)
        reject(
          new Error(
            `Waited ${Math.ceil(waitMs / 1000)} s for this process's other database writes to finish; try again.`,
          ),
        )
      }, waitMs)
    })
    try {
      await Promise.race([turn, gaveUp])
    } finally {
      clearTimeout(timer)
    }
    return (async () => {
      try {
        // The connection the transaction will take is the client's current one.
        await setWait()
        const tx = await whileBusy(() => transaction(mode), discard, waitMs, 'starting a transaction')
        // The client has moved on to a new connection: give it the wait too.
        await setWait()
        return finishing(tx, release)
      } catch (error) {
        release()
        throw error
      }
    })()
  }
}

/** `tx`, calling `done` once when it commits, rolls back or closes. */
function finishing(tx: LibsqlTransaction, done: () => void): LibsqlTransaction {
  let open = true
  const end = () => {
    if (open) ((open = false), done())
  }
  const { commit, rollback, close } = tx
  tx.commit = async () => {
    try {
      await commit.call(tx)
    } catch (error) {
      // Payload's transaction wrapper swallows this; never let a lost save pass unseen.
      console.error(`SQLite COMMIT failed, the save was not stored: ${String(error)}`)
      throw error
    } finally {
      end()
    }
  }
  tx.rollback = async () => {
    try {
      await rollback.call(tx)
    } finally {
      end()
    }
  }
  tx.close = () => {
    try {
      close.call(tx)
    } finally {
      end()
    }
  }
  return tx
}

/** The SQLite adapter `adapter`, with `queueWrites` applied to its client once connected. */
export function withQueuedWrites(adapter: DatabaseAdapterObj, options: WriteWaitOptions): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      if (connect) {
        db.connect = async function (this: typeof db & { client?: LibsqlClient }, options_) {
          await connect.call(this, options_)
          if (this.client) queueWrites(this.client, options)
        }
      }
      return db
    },
  }
}
