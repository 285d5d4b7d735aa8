import fs from 'node:fs';
import path from 'node:path';
import { parseDatabaseUrl, type DatabaseLocation } from './databaseUrl';
import { PrismaClient } from './generated/sqlite/client';
import { openPostgresStore, PostgresAdvisoryLocks } from './postgresStore';
import { SecureSQLiteAdapter } from './secureSqliteAdapter';
import { STORE_TRANSACTION_LIMITS } from './transactionLimits';

/**
 * The store, whichever database holds it. Its type is the client generated from prisma/schema.prisma for SQLite;
 * on PostgreSQL it is the client generated for PostgreSQL, typed as this one in openStore (see there why that holds).
 */
export type StoreClient = PrismaClient;

export type StoreProvider = DatabaseLocation['provider'];

const providers = new WeakMap<StoreClient, StoreProvider>();

/**
 * Opens the store named by DATABASE_URL (parsed by store/databaseUrl.ts):
 * - `file:` SQLite in WAL mode with secure_delete on (see CONNECTION_PRAGMAS), and a busy timeout so a second
 *   connection waits for a lock instead of failing;
 * - `postgresql://` PostgreSQL through @prisma/adapter-pg, in the `?schema=` schema if one is named.
 * The tables must exist already: `npm run migrate` (run by `npm start`) applies the migrations of either.
 */
export async function openStore(databaseUrl: string): Promise<StoreClient> {
    const client = storeClientFor(databaseUrl);
    await client.$connect();
    return client;
}

/**
 * The client openStore opens, not yet connected: it connects at its first query (with the same pragmas). For what
 * opens a store it may never query, such as a test's conversation that only reads a message: connecting is most of
 * the cost of a client, and a start that must fail early on an unreachable database uses openStore.
 */
export function storeClientFor(databaseUrl: string): StoreClient {
    const location = parseDatabaseUrl(databaseUrl);
    let client: StoreClient;
    if (location.provider === 'sqlite') {
        if (location.file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(location.file)), { recursive: true });
        client = new PrismaClient({
            adapter: new SecureSQLiteAdapter({ url: `file:${location.file}`, timeout: 5000 }),
            transactionOptions: STORE_TRANSACTION_LIMITS,
        });
    } else {
        // The one place the PostgreSQL client is typed as the SQLite one. Sound because both are generated from one
        // model source: prisma/postgresql/schema.prisma is written from prisma/schema.prisma by `npm run schemas`,
        // differing only in the datasource provider and output folder (tests/store/providerSchemas.test.ts fails on
        // any drift), so both clients have the same models, fields, field types and methods, and both throw the
        // errors of the one shared runtime (@prisma/client/runtime/client), so `instanceof Prisma.*Error` and codes
        // such as P2002 hold. Only provider-specific extras differ (e.g. `mode: 'insensitive'`), and the SQLite type
        // does not offer them, so no caller can use one that SQLite lacks.
        client = openPostgresStore({ url: location.url, schema: location.schema }) as unknown as StoreClient;
    }
    providers.set(client, location.provider);
    return client;
}

/** Which database a client from openStore talks to (for the few things that differ: raw SQL, diagnostics). */
export function storeProvider(client: StoreClient): StoreProvider {
    const provider = providers.get(client);
    if (!provider) throw new Error('storeProvider: this client was not opened by openStore');
    return provider;
}

/** True when the store answers a trivial query (`SELECT 1` is valid SQL on SQLite and on PostgreSQL alike). */
export async function isStoreReachable(client: StoreClient): Promise<boolean> {
    try {
        await client.$queryRawUnsafe('SELECT 1');
        return true;
    } catch {
        return false;
    }
}

/** A lock held by name across every process on the same database, for the duration of `work`. */
export interface CrossProcessLock {
    run<T>(name: string, work: () => Promise<T>): Promise<T>;
    /** Releases what the lock keeps open (call after the last `run` has settled). */
    close(): Promise<void>;
}

/**
 * The cross-process lock for the database DATABASE_URL names: PostgreSQL advisory locks on a small pool of their
 * own (store/postgresStore.ts PostgresAdvisoryLocks). Undefined for SQLite, an embedded file served by one process,
 * where the in-process turn queue is the lock (and the eTag check on state the safety net).
 */
export function openCrossProcessLock(databaseUrl: string): CrossProcessLock | undefined {
    const location = parseDatabaseUrl(databaseUrl);
    return location.provider === 'postgresql' ? new PostgresAdvisoryLocks({ url: location.url }) : undefined;
}
