import type { FunnelEventRecord } from '../../store/funnelRepository';

/** A conversation whose last event in a flow is a step this long ago, with no completion, gave up there. */
export const ABANDONED_AFTER_MS = 30 * 60 * 1000;

/** One flow in one language over the report's range. */
export interface FunnelRow {
    flow: string;
    language: string;
    /** Runs of the flow that started in the range. */
    started: number;
    /** Runs that reached their last step's end. */
    finished: number;
    /** Conversations whose last event in the flow is a cancel ("cancel", "menu", a handoff), by the step cancelled at. */
    cancelled: number;
    cancelledAt: Record<string, number>;
    /** Conversations whose last event in the flow is a step older than ABANDONED_AFTER_MS, by that step. */
    abandoned: number;
    abandonedAt: Record<string, number>;
    /** Conversations whose last event in the flow is a recent step: they may still answer. */
    inProgress: number;
    /** Runs left for a new run of the same flow in the same conversation (started again, or replaced by itself). */
    restarted: number;
}

export interface FunnelReport {
    from: string;
    to: string;
    generatedAt: string;
    abandonedAfterMinutes: number;
    flows: FunnelRow[];
}

/**
 * The funnel of the runs that started in [from, to): per flow and language, how many started and finished, and
 * where the others stopped. A conversation's outcome in a flow is read from its last event there, so a flow that a
 * user restarts is not counted as given up each time.
 *
 * @example
 * const report = buildFunnelReport(await repositories.funnel.runsStartedBetween(from, to), { from, to, now: new Date() });
 */
export function buildFunnelReport(events: readonly FunnelEventRecord[], range: { from: Date; to: Date; now: Date; abandonedAfterMs?: number }): FunnelReport {
    const abandonedAfterMs = range.abandonedAfterMs ?? ABANDONED_AFTER_MS;
    const rows = new Map<string, FunnelRow>();
    const row = (flow: string, language: string): FunnelRow => {
        const key = `${flow}\u0000${language}`;
        let found = rows.get(key);
        if (!found) {
            found = { flow, language, started: 0, finished: 0, cancelled: 0, cancelledAt: {}, abandoned: 0, abandonedAt: {}, inProgress: 0, restarted: 0 };
            rows.set(key, found);
        }
        return found;
    };
    // A run is counted under the language it started in.
    const runLanguage = new Map<string, string>();
    const lastInFlow = new Map<string, FunnelEventRecord>();
    const ordered = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const event of ordered) {
        if (event.kind === 'start') runLanguage.set(event.instance, event.language);
        const language = runLanguage.get(event.instance) ?? event.language;
        if (event.kind === 'start') row(event.flow, language).started += 1;
        if (event.kind === 'complete') row(event.flow, language).finished += 1;
        lastInFlow.set(`${event.conversation}\u0000${event.flow}`, event);
    }
    for (const last of lastInFlow.values()) {
        const target = row(last.flow, runLanguage.get(last.instance) ?? last.language);
        const step = last.step ?? '(start)';
        if (last.kind === 'cancel') {
            target.cancelled += 1;
            target.cancelledAt[step] = (target.cancelledAt[step] ?? 0) + 1;
        } else if (last.kind === 'step' || last.kind === 'start') {
            if (range.now.getTime() - last.at.getTime() >= abandonedAfterMs) {
                target.abandoned += 1;
                target.abandonedAt[step] = (target.abandonedAt[step] ?? 0) + 1;
            } else {
                target.inProgress += 1;
            }
        }
    }
    for (const target of rows.values()) {
        target.restarted = Math.max(0, target.started - target.finished - target.cancelled - target.abandoned - target.inProgress);
    }
    return {
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        generatedAt: range.now.toISOString(),
        abandonedAfterMinutes: Math.round(abandonedAfterMs / 60_000),
        flows: [...rows.values()].sort((a, b) => a.flow.localeCompare(b.flow) || a.language.localeCompare(b.language)),
    };
}

/** The report as a table, one line per flow and language, then where people stopped. */
export function formatFunnelReport(report: FunnelReport): string {
    const lines = [
        `Funnel of the flows started from ${report.from.slice(0, 10)} to ${lastDay(report.to)} (UTC days, both included; generated ${report.generatedAt}).`,
        `Abandoned: the last event in the flow is a step more than ${report.abandonedAfterMinutes} minutes old, with no completion.`,
        '',
    ];
    if (report.flows.length === 0) return [...lines, 'No flow was started in this range.'].join('\n');
    const header = ['flow', 'language', 'started', 'finished', 'cancelled', 'abandoned', 'in progress', 'restarted'];
    const table = report.flows.map((row) => [row.flow, row.language, ...[row.started, row.finished, row.cancelled, row.abandoned, row.inProgress, row.restarted].map(String)]);
    const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
    const render = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
    lines.push(render(header));
    for (const cells of table) lines.push(render(cells));
    const stops = report.flows.filter((row) => row.abandoned + row.cancelled > 0);
    if (stops.length > 0) {
        lines.push('', 'Where people stopped:');
        for (const row of stops) {
            lines.push(`  ${row.flow} (${row.language})`);
            for (const [step, count] of sortedCounts(row.abandonedAt)) lines.push(`    abandoned at ${step}: ${count}`);
            for (const [step, count] of sortedCounts(row.cancelledAt)) lines.push(`    cancelled at ${step}: ${count}`);
        }
    }
    return lines.join('\n');
}

/** The day before an exclusive end: 2026-12-01T00:00Z → 2026-11-30. */
function lastDay(exclusiveEnd: string): string {
    return new Date(new Date(exclusiveEnd).getTime() - 1).toISOString().slice(0, 10);
}

function sortedCounts(counts: Record<string, number>): Array<[string, number]> {
    return Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
