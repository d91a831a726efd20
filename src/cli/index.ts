// The `memleak` command line. Errors meant for the user are printed as one line, never as a
// stack trace; exit statuses are documented in exit-codes.ts and the README.
import { Command, CommanderError } from 'commander';
import { EXIT, UsageError } from './exit-codes.js';
import { registerRun } from './run.js';
import { registerAnalyze } from './analyze.js';
import { registerCompare } from './compare.js';
import { registerJudge } from './judge.js';
import { registerAb } from './ab.js';
import { registerSoak } from './soak/index.js';
import { registerServiceCommands } from '../service/cli.js';
import { TOOL_VERSION } from './version.js';

const program = new Command('memleak')
  .description('Catch memory leaks in tests and name the line that leaks.')
  .version(TOOL_VERSION)
  .showHelpAfterError('(run memleak --help for usage)')
  .exitOverride();

registerRun(program);
registerAnalyze(program);
registerCompare(program);
registerJudge(program);
registerAb(program);
registerSoak(program);
registerServiceCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; anything else commander refused is bad usage.
    process.exitCode = error.exitCode === 0 ? EXIT.pass : EXIT.usage;
  } else if (error instanceof UsageError || error instanceof RangeError) {
    process.stderr.write(`memleak: ${error.message}\n`);
    process.exitCode = EXIT.usage;
  } else {
    process.stderr.write(`memleak: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.MEMLEAK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT.usage;
  }
}
