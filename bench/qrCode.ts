/**
 * The authenticator enrolment's QR code (services/accounts/totp.ts): time to draw it as a PNG data URL, in a process
 * that has not drawn one yet (what a restarted server or a test file pays) and once warm, and the image's size, for
 * each of pngjs' row filters. Each cold figure comes from its own child process.
 *
 *   npm run bench:qr
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import QRCode from 'qrcode';

/** As an enrolment makes it: a long address and an organisation name in the label, a 32-character secret. */
const URI =
    'otpauth://totp/Ayuda%20Legal%20del%20Condado:someone.with.a.long.name%40example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&period=30&digits=6&algorithm=SHA1&issuer=Ayuda%20Legal%20del%20Condado';
const FILTERS: Array<[string, number]> = [['adaptive (pngjs default)', -1], ['none', 0], ['sub', 1], ['up', 2], ['average', 3], ['Paeth (Sendero)', 4]];
const WARM_RUNS = 40;

async function draw(filterType: number): Promise<string> {
    return QRCode.toDataURL(URI, { type: 'image/png', rendererOpts: { filterType } } as QRCode.QRCodeToDataURLOptions);
}

async function child(filterType: number): Promise<void> {
    const started = performance.now();
    const url = await draw(filterType);
    console.log(JSON.stringify({ ms: performance.now() - started, bytes: Buffer.from(url.split(',')[1], 'base64').length }));
}

async function main(): Promise<void> {
    const filterArg = process.argv.indexOf('--child');
    if (filterArg >= 0) return child(Number(process.argv[filterArg + 1]));
    console.log('| row filter | cold ms (median of 5 processes) | warm ms (mean of 40) | PNG bytes |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const [name, filterType] of FILTERS) {
        const cold: number[] = [];
        let bytes = 0;
        for (let run = 0; run < 5; run++) {
            const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--child', String(filterType)], { encoding: 'utf8' });
            const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { ms: number; bytes: number };
            cold.push(result.ms);
            bytes = result.bytes;
        }
        cold.sort((a, b) => a - b);
        await draw(filterType);
        const started = performance.now();
        for (let run = 0; run < WARM_RUNS; run++) await draw(filterType);
        const warm = (performance.now() - started) / WARM_RUNS;
        console.log(`| ${name} | ${cold[2].toFixed(1)} | ${warm.toFixed(1)} | ${bytes.toLocaleString('en-US')} |`);
    }
}

void main();
