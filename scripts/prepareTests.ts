/**
 * What `npm test` does before jest: the type check (`tsc --noEmit`) and the intent classifier's model (trained only when
 * stale, see buildNluModel.ts), side by side. Each is one thread; one after the other they were about 50 s of a CI
 * run on a fresh clone, with the second core idle. Fails (exit 1) when either fails, naming it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
/** What the last type check learned, so a check after a small change (or none) rechecks only what it touches: 21 -> 9 s. */
const TYPECHECK_STATE = path.join('node_modules', '.cache', 'sendero', 'typecheck.tsbuildinfo');

/** Runs node with `args` in the project root, its output on ours; resolves to its exit code. */
function run(args: string[]): Promise<number> {
    return new Promise((resolve) => {
        const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
        child.on('error', () => resolve(1));
        child.on('exit', (code) => resolve(code ?? 1));
    });
}

async function main(): Promise<void> {
    const steps = {
        'type check (tsc --noEmit)': run([require.resolve('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', TYPECHECK_STATE]),
        'intent classifier (scripts/buildNluModel.ts --if-stale)': run([require.resolve('tsx/cli'), path.join('scripts', 'buildNluModel.ts'), '--if-stale']),
    };
    const failed: string[] = [];
    for (const [name, step] of Object.entries(steps)) if ((await step) !== 0) failed.push(name);
    if (failed.length > 0) {
        console.error(`npm test stopped before jest: ${failed.join(' and ')} failed`);
        process.exitCode = 1;
    }
}

void main();
