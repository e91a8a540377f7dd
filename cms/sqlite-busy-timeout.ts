import type { DatabaseAdapterObj } from 'payload'

/** The part of a libSQL client this needs. */
interface LibsqlClient {
  transaction(mode?: 'write' | 'read' | 'deferred'): Promise<unknown>
  execute(sql: string): Promise<unknown>
}

/**
 * Makes every connection of a libSQL client wait up to `ms` for another
 * process's lock instead of failing at once with "database is locked".
 *
 * @libsql/client 0.14, the version Payload's SQLite adapter pins, hands its
 * connection to each transaction and opens a new one for the next statement.
 * The new connection does not have the `PRAGMA busy_timeout` that the adapter
 * set on the first one (libsql-client-ts#288; later versions take a `timeout`
 * option instead). From the first transaction on, a save in the admin then
 * fails whenever the publisher, an import or a build in another process holds
 * the lock. This sets the wait again on each new connection.
 */
export function keepBusyTimeout(client: LibsqlClient, ms: number): void {
  const transaction = client.transaction.bind(client)
  client.transaction = async (mode) => {
    const tx = await transaction(mode)
    // Opens the client's next connection, with the wait set.
    await client.execute(`PRAGMA busy_timeout = ${ms}`)
    return tx
  }
}

/** The SQLite adapter `adapter`, with `keepBusyTimeout` applied to its client once connected. */
export function withBusyTimeout(adapter: DatabaseAdapterObj, ms: number): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      if (connect) {
        db.connect = async function (this: typeof db & { client?: LibsqlClient }, options) {
          await connect.call(this, options)
          if (this.client) keepBusyTimeout(this.client, ms)
        }
      }
      return db
    },
  }
}
