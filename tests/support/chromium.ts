import { chromium, type Browser } from 'playwright-core';

/** Flags that keep headless Chromium quiet and offline: no sandbox (containers), no background or update traffic. */
export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
];

/** Launches the system Chromium (never a downloaded one: the tests run offline). */
export function launchChromium(): Promise<Browser> {
    return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
