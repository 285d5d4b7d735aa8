/**
 * Does an email without an account answer as fast as one with an account? Times the steps a stranger could probe
 * (start a sign-in, send a code, type a wrong code; start a password reset) with the real services, the default
 * scrypt cost and a SQLite file, alternating a known and an unknown address. Prints medians and the difference.
 *
 *   npx tsx bench/unknownEmailTiming.ts [--rounds 40] [--floor 400]   (ACCOUNT_RESPONSE_FLOOR_MS; 0 = off)
 */
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { createI18n } from '../locales';
import { createAccountServices } from '../services/accounts/accountServices';
import { OutboxNotifier } from '../services/notifications/outboxNotifier';
import { createAccountTestKit, registerFully } from '../tests/services/accounts/accountTestKit';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '40' }, floor: { type: 'string', default: '0' } } });
const rounds = Number(values.rounds);
const responseFloorMs = Number(values.floor);

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

async function main(): Promise<void> {
    const kit = await createAccountTestKit();
    const store = kit.testStore.client;
    // The real services, with the default (production) scrypt cost.
    const accounts = createAccountServices({
        repositories: kit.repositories,
        notifier: new OutboxNotifier(kit.repositories.outbox),
        i18n: createI18n('en'),
        secretsKey: crypto.randomBytes(32),
        orgName: 'Bench',
        publicBaseUrl: 'http://127.0.0.1:3978',
        responseFloorMs,
    });
    const known = (await registerFully(kit, accounts.registration, 'known.person@example.org')).email;

    const timings: Record<string, { known: number[]; unknown: number[] }> = {};
    const time = async (step: string, who: 'known' | 'unknown', work: () => Promise<unknown>) => {
        const started = performance.now();
        await work().catch(() => undefined);
        ((timings[step] ??= { known: [], unknown: [] })[who]).push(performance.now() - started);
    };

    for (let round = 0; round < rounds; round++) {
        for (const who of round % 2 === 0 ? (['known', 'unknown'] as const) : (['unknown', 'known'] as const)) {
            const email = who === 'known' ? known : `nobody-${round}@example.org`;
            const conversation = `bench-${who}-${round}`;
            let signInId = '';
            await time('signIn.start', who, async () => ({ signInId } = await accounts.signIn.start(email, conversation)));
            await time('signIn.sendCode', who, () => accounts.signIn.sendCode(signInId, 'email'));
            await time('signIn.verify (wrong code)', who, () => accounts.signIn.verify(signInId, '000000'));
            await time('passwordReset.start', who, () => accounts.passwordReset.start(email, `${conversation}-reset`));
            // Stay under the five-wrong-codes lock for the known address.
            await store.signInLock.deleteMany();
            await store.signInAttempt.deleteMany();
        }
    }
    const table = Object.entries(timings).map(([step, { known: k, unknown: u }]) => ({
        step,
        knownMedianMs: Number(median(k).toFixed(2)),
        unknownMedianMs: Number(median(u).toFixed(2)),
        differenceMs: Number((median(u) - median(k)).toFixed(2)),
    }));
    process.stdout.write(`${JSON.stringify({ rounds, responseFloorMs, table }, null, 2)}\n`);
    await kit.dispose();
}

void main();
