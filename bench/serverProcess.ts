import fs from 'node:fs';
import path from 'node:path';

/** The node flags of a checkout's `npm start` ("node --max-old-space-size=384 … dist/bot/index.js" → the flags). */
export function startFlags(tree: string): string[] {
    const start = (JSON.parse(fs.readFileSync(path.join(tree, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
    return start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** Resident set size of a process, from /proc (Linux). */
export function rssMiB(pid: number): number {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((candidate) => candidate.startsWith('VmRSS:'));
    return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
}

/** CPU time a process has used so far (user + system), in ms, from /proc (Linux; clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // After "pid (comm) ": state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
    return (Number(fields[11]) + Number(fields[12])) * 10;
}
