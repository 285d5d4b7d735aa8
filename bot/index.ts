import { startSendero } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';

/** Entry point: read the environment (and .env if present), start, and stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
    try {
        process.loadEnvFile?.('.env');
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    let config;
    try {
        config = loadConfig(process.env);
    } catch (error) {
        if (error instanceof ConfigError) {
            process.stderr.write(`${error.message}\n`);
            process.exit(1);
        }
        throw error;
    }
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

void main();
