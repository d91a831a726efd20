// Schema migrations, kept in code so the bundled CLI carries them and every instance applies
// them at start (Kysely's Migrator takes a lock, so instances starting together do not race).
// Never edit a released migration: add a new one.
import { type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Dialect } from './database.js';

function migrations(dialect: Dialect): Record<string, Migration> {
  // The only dialect difference: how an auto-incrementing primary key is spelled.
  const idType = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    '0001_initial': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('repositories')
          .addColumn('id', idType, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('slug', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('default_branch', 'text', (c) => c.notNull().defaultTo('main'))
          .addColumn('github_id', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('reports')
          .addColumn('id', idType, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('repository_id', 'integer', (c) => c.notNull().references('repositories.id'))
          .addColumn('branch', 'text', (c) => c.notNull())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('commit_sha', 'text', (c) => c.notNull())
          .addColumn('commit_time', 'text', (c) => c.notNull())
          .addColumn('run_id', 'text', (c) => c.notNull())
          .addColumn('run_attempt', 'integer', (c) => c.notNull())
          .addColumn('run_url', 'text')
          .addColumn('is_baseline', 'integer', (c) => c.notNull())
          .addColumn('event_name', 'text')
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('tests_count', 'integer', (c) => c.notNull())
          .addColumn('leaks_count', 'integer', (c) => c.notNull())
          .addColumn('report_json', 'text', (c) => c.notNull())
          .addColumn('report_sha256', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('reports_run_unique', ['repository_id', 'run_id', 'run_attempt', 'key'])
          .execute();
        // Every lookup walks one index whose columns match its whole WHERE and ORDER BY, so its
        // cost does not grow with the table, and the planner has no cheaper-looking wrong index
        // to pick when its statistics are stale (PostgreSQL scanned a whole branch otherwise).
        // Newest baseline of a branch and key, at or before a time:
        await db.schema
          .createIndex('reports_baseline_lookup')
          .on('reports')
          .columns(['repository_id', 'branch', 'key', 'is_baseline', 'commit_time', 'id'])
          .execute();
        // The baseline of exactly one commit:
        await db.schema
          .createIndex('reports_baseline_commit')
          .on('reports')
          .columns(['repository_id', 'branch', 'key', 'is_baseline', 'commit_sha', 'id'])
          .execute();
        // A commit seen in any run of the repository (to place it in time):
        await db.schema.createIndex('reports_commit_lookup').on('reports').columns(['repository_id', 'commit_sha']).execute();
        // History and the dashboard: the newest runs of a branch and key, baselines or not.
        await db.schema.createIndex('reports_branch_history').on('reports').columns(['repository_id', 'branch', 'key', 'commit_time', 'id']).execute();
        await db.schema
          .createTable('test_results')
          .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
          .addColumn('test_key', 'text', (c) => c.notNull())
          .addColumn('test_id', 'text', (c) => c.notNull())
          .addColumn('verdict', 'text', (c) => c.notNull())
          .addColumn('growth_per_op_bytes', 'double precision', (c) => c.notNull())
          .addColumn('top_source_file', 'text')
          // The schema bounds line numbers only below; a 32-bit column could refuse a valid report.
          .addColumn('top_source_line', 'bigint')
          .addPrimaryKeyConstraint('test_results_pk', ['report_id', 'test_key'])
          .execute();
        await db.schema
          .createTable('api_tokens')
          .addColumn('id', idType, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
          .addColumn('repository_id', 'integer', (c) => c.notNull().references('repositories.id'))
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('can_write_baselines', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute();
      },
      async down(db: Kysely<any>) {
        for (const table of ['api_tokens', 'test_results', 'reports', 'repositories']) await db.schema.dropTable(table).execute();
      },
    },
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}

