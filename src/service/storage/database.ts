// Opens the one database the service keeps its state in. A postgres:// URL selects PostgreSQL
// (several instances behind a load balancer); anything else is a SQLite file (one machine).
// The drivers are imported on demand: the CLI bundle keeps better-sqlite3 (native) external and
// loads it only when a command actually opens a SQLite database.
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Tables } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Tables>;
  dialect: Dialect;
  /** The location without credentials, for logs and messages. */
  description: string;
}

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgres' : 'sqlite';
}

/** "sqlite:/data/x.db", "file:x.db" and a plain path all name a SQLite file. */
export function sqlitePath(url: string): string {
  return url.replace(/^(sqlite|file):(\/\/)?/i, '');
}

// Kysely prepares every query anew; compiling the SQL was a sixth of a compare request's CPU.
// Queries repeat (same text, new parameters), so prepared statements are kept, a bounded number.
const STATEMENT_CACHE_SIZE = 200;

function withStatementCache(sqlite: SqliteDatabase): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * better-sqlite3, the native SQLite driver. It is an optional peer dependency of the published
 * package (only `serve`, `token` and `repo` on SQLite need it, and it is the one dependency with an
 * install script), so a CLI installed without it explains how to add it instead of failing with
 * a module-resolution stack. Throws Error with that explanation.
 */
async function loadSqliteDriver(): Promise<typeof import('better-sqlite3')> {
  try {
    return (await import('better-sqlite3')).default;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(
      'a SQLite database needs the better-sqlite3 package, which is not installed beside memleak-action: ' +
        'install it next to it (npm install -g better-sqlite3@12 for a global install, npm install better-sqlite3@12 in a project), ' +
        'or use a postgres:// URL',
    );
  }
}

export async function openDatabase(url: string): Promise<Database> {
  if (dialectOf(url) === 'postgres') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.MEMLEAK_DB_POOL_SIZE ?? 10) });
    // A dropped connection must not crash the process; the next query gets a fresh one.
    pool.on('error', () => {});
    const parsed = new URL(url);
    return { db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres', description: `postgres://${parsed.host}${parsed.pathname}` };
  }
  const path = sqlitePath(url);
  const SqliteDatabase = await loadSqliteDriver();
  const sqlite = new SqliteDatabase(path);
  // WAL lets readers run while a write commits; synchronous=FULL makes every acknowledged
  // ingest survive a crash or power loss; the busy timeout covers a second process (the admin
  // CLI) writing at the same moment.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { db: new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }), dialect: 'sqlite', description: `sqlite:${path}` };
}
