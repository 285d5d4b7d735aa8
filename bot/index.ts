import { startSendero } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

/**
 * Entry point: read the environment (and .env if present), start, and stop cleanly on SIGTERM/SIGINT. Any failure
 * to start (a bad variable, a missing key, a port in use) prints what is wrong and exits 1, so a supervisor or a
 * deploy sees the failure instead of a process that exited 0.
 */
async function main(): Promise<void> {
    try {
        process.loadEnvFile?.('.env');
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const config = loadConfig(process.env);
    const logger = createLogger(config.LOG_LEVEL);
    process.on('unhandledRejection', (reason) => logger.error({ event: 'unhandledRejection', err: reason }, 'unhandled rejection'));
    process.on('uncaughtException', (error) => logger.error({ event: 'uncaughtException', err: error }, 'uncaught exception'));

    const app = await startSendero(config, logger);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
            void app.stop().then(
                () => process.exit(0),
                (error: unknown) => {
                    logger.error({ event: 'shutdownFailed', err: error }, 'shutdown failed');
                    process.exit(1);
                },
            );
        });
    }
}

main().catch((error: unknown) => {
    // A ConfigError lists every bad variable; any other error names its problem in its message.
    const message = error instanceof ConfigError ? error.message : `Sendero could not start: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${message}\n`);
    process.exit(1);
});
