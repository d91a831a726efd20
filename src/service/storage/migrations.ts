// Schema migrations, kept in code so the bundled CLI carries them and every instance applies
// them at start (Kysely's Migrator takes a lock, so instances starting together do not race).
// Never edit a released migration: add a new one.
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { MAX_LINE, MAX_NUMBER } from '../limits.js';
import type { Dialect } from './database.js';

// The ranges of 0002_bounded_numbers (LINE_OK is SQLite's: an INTEGER column may hold a REAL).
const LINE_IN_RANGE = sql`top_source_line between 0 and ${sql.lit(MAX_LINE)}`;
const LINE_OK = sql`typeof(top_source_line) = 'integer' and top_source_line between 0 and ${sql.lit(MAX_LINE)}`;
const GROWTH_IN_RANGE = sql`growth_per_op_bytes between ${sql.lit(-MAX_NUMBER)} and ${sql.lit(MAX_NUMBER)}`;

function migrations(dialect: Dialect): Record<string, Migration> {
  // 0001's only dialect difference: how an auto-incrementing primary key is spelled.
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
        // A commit's reports in the repository (its baselines place it in time):
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
          // Released as bigint; 0002_bounded_numbers makes it a bounded integer.
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
    '0002_bounded_numbers': {
      // The per-test numbers hold the same range in both databases, and each refuses the same
      // values: PostgreSQL's bigint refused a line of 1e20 that SQLite kept as a REAL. The
      // service refuses such reports before storing (report-body.ts); these checks make a value
      // that slipped past it an error on both, never a difference. Rows outside the range (only
      // written before the service bounded them) lose their top source or growth in the
      // per-test table; the stored report keeps every value.
      async up(db: Kysely<any>) {
        if (dialect === 'postgres') {
          await sql`update test_results set top_source_file = null, top_source_line = null where top_source_line not between 0 and ${sql.lit(MAX_LINE)}`.execute(db);
          await sql`update test_results set growth_per_op_bytes = 0 where not (${GROWTH_IN_RANGE})`.execute(db);
          await db.schema.alterTable('test_results').alterColumn('top_source_line', (c) => c.setDataType('integer')).execute();
          await db.schema.alterTable('test_results').addCheckConstraint('test_results_line_range', LINE_IN_RANGE).execute();
          await db.schema.alterTable('test_results').addCheckConstraint('test_results_growth_range', GROWTH_IN_RANGE).execute();
          return;
        }
        // SQLite adds constraints only by rebuilding the table; one transaction, so a crash
        // leaves the old table or the new one.
        await db.transaction().execute(async (trx) => {
          await trx.schema
            .createTable('test_results_0002')
            .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id'))
            .addColumn('test_key', 'text', (c) => c.notNull())
            .addColumn('test_id', 'text', (c) => c.notNull())
            .addColumn('verdict', 'text', (c) => c.notNull())
            .addColumn('growth_per_op_bytes', 'double precision', (c) => c.notNull())
            .addColumn('top_source_file', 'text')
            .addColumn('top_source_line', 'integer')
            .addPrimaryKeyConstraint('test_results_pk', ['report_id', 'test_key'])
            // SQLite's INTEGER column keeps a REAL it cannot convert; PostgreSQL's refuses it.
            .addCheckConstraint('test_results_line_integer', sql`typeof(top_source_line) in ('integer', 'null')`)
            .addCheckConstraint('test_results_line_range', LINE_IN_RANGE)
            .addCheckConstraint('test_results_growth_range', GROWTH_IN_RANGE)
            .execute();
          await sql`insert into test_results_0002
            select report_id, test_key, test_id, verdict,
              case when ${GROWTH_IN_RANGE} then growth_per_op_bytes else 0 end,
              case when ${LINE_OK} then top_source_file end,
              case when ${LINE_OK} then cast(top_source_line as integer) end
            from test_results`.execute(trx);
          await trx.schema.dropTable('test_results').execute();
          await trx.schema.alterTable('test_results_0002').renameTo('test_results').execute();
        });
      },
      async down() {
        throw new Error('0002_bounded_numbers cannot be undone');
      },
    },
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}

