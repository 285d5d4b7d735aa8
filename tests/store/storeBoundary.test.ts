import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVICES = path.join(ROOT, 'services');

/** Every module specifier a source file names: static and type imports, re-exports, import() and require(). */
function moduleSpecifiers(source: string): string[] {
    const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
    return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]));
}

/** Why a service file crosses the store boundary; empty when it does not. */
function boundaryViolations(file: string, source: string): string[] {
    const problems: string[] = [];
    for (const specifier of moduleSpecifiers(source)) {
        const target = specifier.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/') : specifier;
        if (/^@prisma\//.test(target) || /(^|\/)prisma\/client$/.test(target)) problems.push(`imports ${specifier} (a Prisma package)`);
        if (/^store\/generated(\/|$)/.test(target)) problems.push(`imports ${specifier} (a generated client)`);
        if (target === 'store/storeClient') problems.push(`imports ${specifier} (the store client; take repositories instead)`);
    }
    if (/\bStoreClient\b/.test(source)) problems.push('names the StoreClient type');
    return problems;
}

function typeScriptFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return typeScriptFiles(full);
        return entry.name.endsWith('.ts') ? [full] : [];
    });
}

describe('the store boundary: services take repositories, never a generated client', () => {
    it('no file under services/ imports a generated client, a Prisma package or the StoreClient type', () => {
        const files = typeScriptFiles(SERVICES);
        expect(files.length).toBeGreaterThan(10);
        const violations = files.flatMap((file) =>
            boundaryViolations(file, fs.readFileSync(file, 'utf8')).map((problem) => `${path.relative(ROOT, file)}: ${problem}`),
        );
        expect(violations).toEqual([]);
    });

    it('the check catches each way of crossing it', () => {
        const file = path.join(SERVICES, 'accounts', 'example.ts');
        const crossings = [
            "import type { StoreClient } from '../../store/storeClient';",
            "import { PrismaClient } from '../../store/generated/sqlite/client';",
            "import { Prisma } from '../../store/generated/postgresql/client';",
            "import { Prisma } from '@prisma/client';",
            "export { Prisma } from '../../store/generated/sqlite/client';",
            "const client = require('../../store/generated/sqlite/client');",
            "type Db = import('../../store/storeClient').StoreClient;",
        ];
        for (const source of crossings) expect(boundaryViolations(file, source)).not.toEqual([]);
        const allowed = "import type { AccountRepository } from '../../store/accountRepository';\nimport { isUniqueViolation } from '../../store/storeErrors';";
        expect(boundaryViolations(file, allowed)).toEqual([]);
    });
});
