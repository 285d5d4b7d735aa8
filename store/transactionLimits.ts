/**
 * How long a store transaction may wait, for both databases' clients. Prisma's defaults (2 s to start, 5 s in all)
 * fail a turn when the machine is busy or paused for a moment: a transaction waits for SQLite's one writer, or for a
 * free PostgreSQL connection while others hold advisory locks. A user's message that waits is still answered; one
 * that fails is not. The bound stays finite, so a stuck transaction still ends and frees its locks.
 */
export const STORE_TRANSACTION_LIMITS = {
    /** Longest wait for the transaction to start (a pooled connection, or SQLite's writer), in ms. */
    maxWait: 10_000,
    /** Longest a transaction may run, from its start, in ms. */
    timeout: 20_000,
} as const;
