import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
}

export interface ChildServer {
    url: string;
    process: ChildProcess;
    output: () => string;
    /** Waits for the process to exit. */
    exited: Promise<number | null>;
}

/**
 * scrypt's cost (PASSWORD_HASH_COST) in a test's server, as tests/support/testHasher.ts gives in-process apps: at
 * production's, the codes of the two-instance test alone took 50 s of CPU. The bench passes production's own.
 */
export const TEST_PASSWORD_HASH_COST = '8';

/**
 * Runs the real entry point (bot/index.ts) in its own process, as `npm start` does, and waits until it is healthy.
 * `command` may name another checkout and other node arguments (the bench runs `npm start`'s flags and dist/).
 */
export async function startChildServer(env: Record<string, string>, command: { cwd?: string; args?: string[] } = {}): Promise<ChildServer> {
    const port = env.PORT ? Number(env.PORT) : await freePort();
    const child = spawn(process.execPath, command.args ?? ['--import', 'tsx', 'bot/index.ts'], {
        cwd: command.cwd ?? ROOT,
        env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', LOG_LEVEL: 'warn', PASSWORD_HASH_COST: TEST_PASSWORD_HASH_COST, ...env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const url = `http://127.0.0.1:${port}`;
    // Generous: a cold start on a busy machine (or one that retrains the intent classifier) can take a while.
    const deadline = Date.now() + 60000;
    for (;;) {
        if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
        try {
            if ((await fetch(`${url}/healthz`)).ok) break;
        } catch {
            // Not listening yet.
        }
        if (Date.now() > deadline) {
            child.kill('SIGKILL');
            throw new Error(`server did not become healthy:\n${output}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { url, process: child, output: () => output, exited };
}
