import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations, SQLITE_TEMPLATE_ENV } from './testStore';

/**
 * Before any test file: one migrated SQLite file, already in WAL mode, that each test's database copies (testStore.ts
 * migratedSqliteFile). Migrating a file per test, then switching it to WAL on connect, was about 11 ms of the 27 ms a
 * dialog-table row takes, over thousands of rows. Workers inherit the environment variable that names it.
 */
export default function globalSetup(): void {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-template-'));
    const file = path.join(dir, 'template.db');
    applyMigrations(file);
    const db = new Database(file);
    try {
        // WAL is kept in the file's header; closing the only connection checkpoints it and removes the -wal file.
        db.pragma('journal_mode = WAL');
    } finally {
        db.close();
    }
    process.env[SQLITE_TEMPLATE_ENV] = file;
}
