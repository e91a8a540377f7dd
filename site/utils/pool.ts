/**
 * Runs `task` over `items`, `size` at a time; the first failure stops the
 * rest from starting, and is thrown once the tasks already started are done.
 */
export async function pool<T>(items: readonly T[], size: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0
  let failed: unknown
  const worker = async () => {
    while (failed === undefined && next < items.length) {
      const item = items[next++]
      try {
        await task(item)
      } catch (error) {
        failed ??= error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
  if (failed !== undefined) throw failed
}
