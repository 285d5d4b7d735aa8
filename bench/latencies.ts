/** What a load run measured: turns, their latency percentiles (ms) and rate, as every bench reports them. */
export interface Latencies {
    turns: number;
    errors: number;
    seconds: number;
    turnsPerSecond: number;
    p50: number;
    p95: number;
    p99: number;
    /** The server's CPU time per turn (user + system): steadier than turns/s on a busy machine. */
    cpuMsPerTurn?: number;
    /**
     * The server's CPU time over the run's wall time, in cores: near 1, the server (one event loop) sets the pace; well
     * below, the load generator does, and turns/s says more about it than about the server.
     */
    serverBusy?: number;
}

/** The latencies (ms) of `seconds` of turns, summarized. */
export function summarize(latencies: number[], errors: number, seconds: number): Latencies {
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (p: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(1));
    return { turns: sorted.length, errors, seconds: Number(seconds.toFixed(1)), turnsPerSecond: Math.round(sorted.length / seconds), p50: at(50), p95: at(95), p99: at(99) };
}
