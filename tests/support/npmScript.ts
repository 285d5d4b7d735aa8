import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Runs `npm run --silent <script> -- <args>` in the project, as a user would from a terminal, with `input` on stdin
 * (none: stdin closed) and `env` over this process's environment; resolves with what it printed and its exit code.
 */
export function runNpmScript(
    script: string,
    args: readonly string[],
    options: { input?: string; env?: Record<string, string> } = {},
): Promise<{ stdout: string; stderr: string; code: number | null }> {
    return new Promise((resolve, reject) => {
        const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
            cwd: ROOT,
            env: { ...process.env, ...options.env },
            stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => resolve({ stdout, stderr, code }));
        if (options.input !== undefined) child.stdin!.end(options.input);
    });
}
