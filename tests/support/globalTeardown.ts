import fs from 'node:fs';
import path from 'node:path';
import { SQLITE_TEMPLATE_ENV } from './testStore';

/** After the last test file: removes globalSetup's template database. */
export default function globalTeardown(): void {
    const file = process.env[SQLITE_TEMPLATE_ENV];
    if (file) fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
