/**
 * Widget latency: from pressing Enter in the send box to the first reply bubble on screen, in headless Chromium,
 * with Direct Line polling (what the page did before) and with the WebSocket stream (what it does now). The whole
 * app runs in-process on a fresh SQLite file with the real dialogs; the browser shares the machine. Bounded: a fixed
 * number of messages per mode, loopback only.
 *
 *   npm run bench:widget -- [--messages 20]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { startSendero } from '../bot/app';
import { loadConfig } from '../bot/config';
import { launchChromium } from '../tests/support/chromium';
import { applyMigrations } from '../tests/support/testStore';

const { values } = parseArgs({ options: { messages: { type: 'string', default: '20' } } });
const messages = Number(values.messages);
const SEND_BOX = '[data-id="webchat-sendbox-input"]';
// Both are full dialog turns at the main menu; neither changes where the conversation is.
const TEXTS = ['help', 'menu'];

function percentile(sorted: number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Arms a timer on Enter in the send box that stops when the next bot bubble appears; resolves with the ms. */
async function timeOneMessage(page: Page, text: string): Promise<number> {
    // A string, not a function: tsx would add helpers to a function that do not exist in the page.
    await page.evaluate(`(() => {
        const botBubbles = () => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)').length;
        const before = botBubbles();
        window.__latency = new Promise((resolve) => {
            const input = document.querySelector('${SEND_BOX}');
            const onKey = (event) => {
                if (event.key !== 'Enter') return;
                input.removeEventListener('keydown', onKey, true);
                const start = performance.now();
                const observer = new MutationObserver(() => {
                    if (botBubbles() > before) {
                        observer.disconnect();
                        resolve(performance.now() - start);
                    }
                });
                observer.observe(document.body, { childList: true, subtree: true });
            };
            input.addEventListener('keydown', onKey, true);
        });
    })()`);
    await page.locator(SEND_BOX).fill(text);
    await page.locator(SEND_BOX).press('Enter');
    return page.evaluate('window.__latency') as Promise<number>;
}

async function main(): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-bench-'));
    const file = path.join(dir, 'bench.db');
    applyMigrations(file);
    const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: `file:${file}`, SECRETS_KEY_FILE: path.join(dir, 'secrets.key'), LOG_LEVEL: 'silent' });
    const app = await startSendero(config, pino({ level: 'silent' }));
    const browser = await launchChromium();
    const rows: string[] = [];
    try {
        for (const mode of ['polling', 'streaming'] as const) {
            const context = await browser.newContext({ locale: 'en-US' });
            // The page's own fallback switch: with it set, the page polls as it did before streaming.
            if (mode === 'polling') await context.addInitScript(() => window.sessionStorage.setItem('sendero.webchat.polling', 'true'));
            const page = await context.newPage();
            await page.goto(`${app.url}/`);
            await page.locator('.webchat__bubble').first().waitFor({ timeout: 30000 });
            await page.waitForTimeout(1500);
            // Two unmeasured messages warm up the page and the bot.
            for (const text of TEXTS) await timeOneMessage(page, text);
            const latencies: number[] = [];
            for (let i = 0; i < messages; i += 1) {
                latencies.push(await timeOneMessage(page, TEXTS[i % TEXTS.length]));
                // Let the rest of the reply (menu, suggested actions) land before the next message.
                await page.waitForTimeout(400);
            }
            latencies.sort((a, b) => a - b);
            rows.push(
                `| ${mode} | ${messages} | ${percentile(latencies, 50).toFixed(0)} ms | ${percentile(latencies, 90).toFixed(0)} ms | ${latencies[0].toFixed(0)} ms | ${latencies[latencies.length - 1].toFixed(0)} ms |`,
            );
            await context.close();
        }
    } finally {
        await browser.close();
        await app.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    }
    console.log('| mode | messages | median | p90 | min | max |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
});
