import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildTeamsPackage, manifestProblems, teamsManifest, loadTeamsPackageConfig, TeamsPackageInvalid } from '../../scripts/teamsPackage';

const ENV = {
    TEAMS_APP_ID: '11111111-2222-3333-4444-555555555555',
    MicrosoftAppId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    PUBLIC_BASE_URL: 'https://help.example.org',
    ORG_NAME: 'Ayuda Legal',
};

/** The files in a zip, read from its central directory, inflated. */
function unzip(file: string): Map<string, Buffer> {
    const zip = fs.readFileSync(file);
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    const files = new Map<string, Buffer>();
    for (let index = 0; index < count; index++) {
        const method = zip.readUInt16LE(at + 10);
        const compressedSize = zip.readUInt32LE(at + 20);
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        const localHeader = zip.readUInt32LE(at + 42);
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
        const data = zip.subarray(dataStart, dataStart + compressedSize);
        files.set(name, method === 8 ? zlib.inflateRawSync(data) : data);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return files;
}

describe('npm run teams:package', () => {
    let outDir: string;
    beforeEach(() => {
        outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-teams-'));
    });
    afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }));

    test('builds app.zip with the manifest at the root and both icons, from configuration', async () => {
        const { zipFile } = await buildTeamsPackage(ENV, outDir);
        const files = unzip(zipFile);
        expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
        const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
        expect(manifest).toMatchObject({
            id: ENV.TEAMS_APP_ID,
            name: { short: 'Ayuda Legal' },
            bots: [{ botId: ENV.MicrosoftAppId, scopes: expect.arrayContaining(['personal']) }],
            validDomains: ['help.example.org'],
            icons: { color: 'color.png', outline: 'outline.png' },
        });
        expect(files.get('color.png')!.readUInt32BE(16)).toBe(192);
        expect(files.get('outline.png')!.readUInt32BE(16)).toBe(32);
    });

    test('the manifest passes the Teams schema shipped in @microsoft/app-manifest', async () => {
        expect(await manifestProblems(teamsManifest(loadTeamsPackageConfig(ENV)))).toEqual([]);
    });

    test('the schema catches a broken manifest', async () => {
        const manifest = teamsManifest(loadTeamsPackageConfig(ENV));
        const broken = { ...manifest, id: 'not-a-guid', accentColor: 'blue', description: { short: 'x'.repeat(200), full: 'ok' } };
        const problems = await manifestProblems(broken as typeof manifest);
        expect(problems.join('\n')).toMatch(/\/id/);
        expect(problems.join('\n')).toMatch(/\/accentColor/);
        expect(problems.join('\n')).toMatch(/\/description\/short/);
    });

    test('bad configuration and wrong icon sizes stop the build, naming each problem, and write nothing', async () => {
        await expect(buildTeamsPackage({ ...ENV, TEAMS_APP_ID: 'nope', PUBLIC_BASE_URL: 'http://plain.example.org' }, outDir)).rejects.toThrow(
            /TEAMS_APP_ID[\s\S]*PUBLIC_BASE_URL/,
        );
        const wrongSize = path.join(outDir, 'big.png');
        fs.copyFileSync(path.resolve(__dirname, '../../teams/icons/color.png'), wrongSize);
        const refused = buildTeamsPackage({ ...ENV, TEAMS_OUTLINE_ICON: wrongSize }, outDir);
        await expect(refused).rejects.toBeInstanceOf(TeamsPackageInvalid);
        await expect(refused).rejects.toThrow(/TEAMS_OUTLINE_ICON: must be a 32×32 PNG/);
        expect(fs.existsSync(path.join(outDir, 'app.zip'))).toBe(false);
    });
});
