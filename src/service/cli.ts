// `memleak serve`, `memleak token …` and `memleak repo …`: the service's commands, registered on
// the CLI's commander program by src/cli/index.ts. Flags win over environment variables.
// The service itself (HTTP, SQL, JOSE: most of the CLI's code) is imported only when one of
// these commands runs, so the CLI's other commands start without loading it.
import { Command, InvalidArgumentError, Option } from 'commander';
import { generateApiToken, hashApiToken } from './auth/api-tokens.js';
import { DEFAULT_BODY_LIMIT_BYTES, repoParams } from './params.js';
import type { Storage } from './storage/storage.js';

export const DEFAULT_DB = 'memleak.sqlite';
export const DEFAULT_OIDC_ISSUER = 'https://token.actions.githubusercontent.com';
export const DEFAULT_OIDC_AUDIENCE = 'memleak-action';

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError('expected a port number (0-65535)');
  return number;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a positive integer');
  return number;
}

const ownerPattern = new RegExp(repoParams.properties.owner.pattern);
const repoPattern = new RegExp(repoParams.properties.repo.pattern);

function repositoryName(value: string): string {
  const [owner = '', repo = '', ...rest] = value.split('/');
  if (rest.length || !ownerPattern.test(owner) || !repoPattern.test(repo)) throw new InvalidArgumentError('expected owner/name');
  return value;
}

const flag = (value: string | undefined) => /^(1|true|yes|on)$/i.test(value ?? '');

const dbOption = () => new Option('--db <url>', 'postgres://… or a SQLite file path').env('DATABASE_URL').default(DEFAULT_DB);

/** A failure at run time (not bad usage): one line on stderr, exit status 1, never a stack trace. */
function fail(message: string): void {
  process.stderr.write(`memleak: ${message}\n`);
  process.exitCode = 1;
}

/** Opens the database (applying migrations), runs the work, closes it. */
async function withStorage(url: string, work: (storage: Storage) => Promise<void>): Promise<void> {
  let storage: Storage | undefined;
  try {
    const { openStorage } = await import('./storage/storage.js');
    storage = await openStorage(url);
    await storage.migrate();
    await work(storage);
  } catch (error) {
    fail((error as Error).message);
  } finally {
    await storage?.close();
  }
}

export function registerServiceCommands(program: Command): void {
  program
    .command('serve')
    .description('run the baseline service and dashboard')
    .addOption(new Option('--port <n>', 'port to listen on').env('PORT').argParser(port).default(8080))
    .addOption(new Option('--host <address>', 'interface to listen on').env('HOST').default('127.0.0.1'))
    .addOption(dbOption())
    .addHelpText(
      'after',
      `
Environment:
  MEMLEAK_OIDC_ISSUER            OIDC issuer of write tokens (default ${DEFAULT_OIDC_ISSUER})
  MEMLEAK_OIDC_AUDIENCE          audience the tokens must carry (default ${DEFAULT_OIDC_AUDIENCE})
  MEMLEAK_PUBLIC_READS           true: anyone may read baselines and the dashboard (default false)
  MEMLEAK_MERGE_GROUP_BASELINES  true: merge-queue runs for the default branch are baselines (default false)
  MEMLEAK_GITHUB_URL             base of commit and run links (default https://github.com)
  MEMLEAK_BODY_LIMIT_BYTES       largest request body (default ${DEFAULT_BODY_LIMIT_BYTES})
  MEMLEAK_LOG_LEVEL              debug, info, warn or error (default info)
  MEMLEAK_DB_POOL_SIZE           PostgreSQL connections (default 10)`,
    )
    .action(async (options: { port: number; host: string; db: string }) => {
      try {
        const { startService } = await import('./index.js');
        const service = await startService({
          port: options.port,
          host: options.host,
          db: options.db,
          oidcIssuer: process.env.MEMLEAK_OIDC_ISSUER || DEFAULT_OIDC_ISSUER,
          oidcAudience: process.env.MEMLEAK_OIDC_AUDIENCE || DEFAULT_OIDC_AUDIENCE,
          publicReads: flag(process.env.MEMLEAK_PUBLIC_READS),
          mergeGroupBaselines: flag(process.env.MEMLEAK_MERGE_GROUP_BASELINES),
          githubUrl: process.env.MEMLEAK_GITHUB_URL || undefined,
          bodyLimitBytes: process.env.MEMLEAK_BODY_LIMIT_BYTES ? positiveInteger(process.env.MEMLEAK_BODY_LIMIT_BYTES) : DEFAULT_BODY_LIMIT_BYTES,
          logger: { level: process.env.MEMLEAK_LOG_LEVEL || 'info' },
        });
        console.log(`memleak service listening on ${service.url}`);
        const stop = () => void service.close().then(() => process.exit(0));
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      } catch (error) {
        fail(`serve: ${(error as Error).message}`);
      }
    });

  const token = program.command('token').description("manage project API tokens (one repository each; stored hashed)");
  token
    .command('create')
    .description('create a token and print it once')
    .requiredOption('--repo <owner/name>', 'the repository the token is for', repositoryName)
    .option('--name <label>', 'what the token is for', 'api')
    .option('--baselines', "let the token's writes to the default branch become baselines (only for CI that is not GitHub Actions, where the token never reaches pull requests)", false)
    .addOption(dbOption())
    .action(async (options: { repo: string; name: string; baselines: boolean; db: string }) => {
      await withStorage(options.db, async (storage) => {
        const repository = await storage.upsertRepository(options.repo);
        const secret = generateApiToken();
        const id = await storage.createApiToken({ repositoryId: repository.id, tokenHash: hashApiToken(secret), name: options.name, canWriteBaselines: options.baselines });
        console.error(`token ${id} for ${repository.name} (${options.baselines ? 'may write baselines' : 'reads and non-baseline writes'}); it is shown only now:`);
        console.log(secret);
      });
    });
  token
    .command('list')
    .description("list a repository's tokens (never the secrets)")
    .requiredOption('--repo <owner/name>', 'the repository', repositoryName)
    .addOption(dbOption())
    .action(async (options: { repo: string; db: string }) => {
      await withStorage(options.db, async (storage) => {
        const repository = await storage.findRepository(options.repo);
        for (const t of repository ? await storage.listApiTokens(repository.id) : []) {
          console.log(`${t.id}\t${t.name}\t${t.canWriteBaselines ? 'baselines' : 'runs'}\tcreated ${t.createdAt}${t.revokedAt ? `\trevoked ${t.revokedAt}` : ''}`);
        }
      });
    });
  token
    .command('revoke')
    .description('revoke a token by its id')
    .requiredOption('--repo <owner/name>', 'the repository', repositoryName)
    .requiredOption('--id <n>', 'token id (from token list)', positiveInteger)
    .addOption(dbOption())
    .action(async (options: { repo: string; id: number; db: string }) => {
      await withStorage(options.db, async (storage) => {
        const repository = await storage.findRepository(options.repo);
        if (!repository || !(await storage.revokeApiToken(repository.id, options.id))) throw new Error(`${options.repo} has no active token ${options.id}`);
        console.log(`revoked token ${options.id}`);
      });
    });

  program
    .command('repo')
    .description("configure a repository")
    .command('set')
    .description('set the default branch: only pushes to it become baselines (GitHub OIDC tokens do not carry it; default main)')
    .argument('<owner/name>', 'the repository', repositoryName)
    .requiredOption('--default-branch <branch>', 'the default branch')
    .addOption(dbOption())
    .action(async (name: string, options: { defaultBranch: string; db: string }) => {
      await withStorage(options.db, async (storage) => {
        const repository = await storage.upsertRepository(name);
        await storage.setDefaultBranch(repository.id, options.defaultBranch);
        console.log(`${repository.name}: default branch ${options.defaultBranch}`);
      });
    });
}
