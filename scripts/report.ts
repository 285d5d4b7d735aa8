/**
 * `npm run report -- [--from 2026-11-01] [--to 2026-11-30] [--json]`: the funnel of the flows started in a range of
 * days (UTC, both ends included; default the last 30 days): per flow and language, how many started, finished,
 * were cancelled or abandoned, and at which step. Reads the store named by DATABASE_URL (FunnelEvent rows, which
 * hold no user content).
 */
import { loadConfig } from '../bot/config';
import { buildFunnelReport, formatFunnelReport } from '../services/funnel/funnelReport';
import { createRepositories } from '../store/repositories';
import { openStore } from '../store/storeClient';

const DAY_MS = 24 * 60 * 60 * 1000;
const USAGE = 'usage: npm run report -- [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]';

export interface ReportArguments {
    from: Date;
    /** Exclusive: the start of the day after --to. */
    to: Date;
    json: boolean;
}

/** Reads the command line; throws RangeError with the usage for anything it does not understand. */
export function parseReportArguments(args: string[], now: Date): ReportArguments {
    let fromText: string | undefined;
    let toText: string | undefined;
    let json = false;
    for (let at = 0; at < args.length; at += 1) {
        const arg = args[at];
        if (arg === '--json') json = true;
        else if (arg === '--from' || arg === '--to') {
            const value = args[(at += 1)];
            if (value === undefined) throw new RangeError(`${arg} needs a date\n${USAGE}`);
            if (arg === '--from') fromText = value;
            else toText = value;
        } else throw new RangeError(`unknown argument ${arg}\n${USAGE}`);
    }
    const today = startOfDay(now);
    const to = toText ? new Date(day(toText, '--to').getTime() + DAY_MS) : new Date(today.getTime() + DAY_MS);
    const from = fromText ? day(fromText, '--from') : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw new RangeError(`--from must not be after --to\n${USAGE}`);
    return { from, to, json };
}

function day(text: string, name: string): Date {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
    if (!date || date.toISOString().slice(0, 10) !== text) throw new RangeError(`${name} ${text} is not a date like 2026-11-30\n${USAGE}`);
    return date;
}

function startOfDay(date: Date): Date {
    return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

async function main(): Promise<void> {
    const now = new Date();
    let args: ReportArguments;
    try {
        args = parseReportArguments(process.argv.slice(2), now);
    } catch (error) {
        console.error((error as Error).message);
        process.exit(2);
    }
    const config = loadConfig();
    const store = await openStore(config.DATABASE_URL);
    try {
        const events = await createRepositories(store).funnel.runsStartedBetween(args.from, args.to);
        const report = buildFunnelReport(events, { from: args.from, to: args.to, now });
        process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatFunnelReport(report)}\n`);
    } finally {
        await store.$disconnect();
    }
}

if (require.main === module) {
    main().catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : 'the report failed');
        process.exit(1);
    });
}
