/**
 * Waits for `work` to settle, but no longer than `ms`; true when it settled in time. The timer is cleared either way:
 * a pending one would keep the process alive after a shutdown that did not need it.
 */
export async function waitAtMost(work: Promise<unknown>, ms: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    try {
        return await Promise.race([work.then(() => true as const, () => true as const), expired]);
    } finally {
        clearTimeout(timer);
    }
}
