import type { HotPathSql } from './hotPathSql';
import type { StoreClient } from './storeClient';

/** start | step | complete | cancel: the waterfall events botbuilder-dialogs reports. */
export type FunnelEventKind = 'start' | 'step' | 'complete' | 'cancel';

/** One waterfall event of one flow run; no user content (see FunnelEvent in prisma/schema.prisma). */
export interface FunnelEventRecord {
    /** Keyed hash of the conversation key. */
    conversation: string;
    /** One run of the flow. */
    instance: string;
    flow: string;
    kind: FunnelEventKind;
    step: string | null;
    language: string;
    at: Date;
}

/** Runs whose events are read together (a bound on the size of one `IN` list). */
const INSTANCES_PER_QUERY = 500;

/** The funnel's events (FunnelEvent): written in batches by FunnelRecorder, read by `npm run report`. */
export class FunnelRepository {
    /** With `hotPath`, batches are written on a prepared statement (a turn's few events each, thousands per batch). */
    constructor(
        private readonly db: StoreClient,
        private readonly hotPath?: Pick<HotPathSql, 'insertFunnelEvents'>,
    ) {}

    async insertMany(events: readonly FunnelEventRecord[]): Promise<void> {
        if (events.length === 0) return;
        if (this.hotPath) return this.hotPath.insertFunnelEvents(events);
        await this.db.funnelEvent.createMany({ data: events.map((event) => ({ ...event })) });
    }

    /**
     * Every event of every run that started in [from, to), later events included (a run started on the last day
     * may finish the next), oldest first.
     */
    async runsStartedBetween(from: Date, to: Date): Promise<FunnelEventRecord[]> {
        const starts = await this.db.funnelEvent.findMany({ where: { kind: 'start', at: { gte: from, lt: to } }, select: { instance: true } });
        const instances = [...new Set(starts.map((start) => start.instance))];
        const events: FunnelEventRecord[] = [];
        for (let at = 0; at < instances.length; at += INSTANCES_PER_QUERY) {
            const rows = await this.db.funnelEvent.findMany({
                where: { instance: { in: instances.slice(at, at + INSTANCES_PER_QUERY) } },
                orderBy: [{ at: 'asc' }, { id: 'asc' }],
            });
            for (const row of rows) {
                events.push({ conversation: row.conversation, instance: row.instance, flow: row.flow, kind: row.kind as FunnelEventKind, step: row.step, language: row.language, at: row.at });
            }
        }
        return events.sort((a, b) => a.at.getTime() - b.at.getTime());
    }

    /** Forgets events older than `cutoff`; returns how many went. */
    async deleteBefore(cutoff: Date): Promise<number> {
        return (await this.db.funnelEvent.deleteMany({ where: { at: { lt: cutoff } } })).count;
    }
}
