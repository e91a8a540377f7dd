import { type Browser, chromium, type LaunchOptions } from '@playwright/test'

/** Debian's Chromium, with the flags these machines need (see shared/PLATFORM-NOTES.md): the tests and the benchmarks launch it alike. */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions)
}
