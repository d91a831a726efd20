// The action's orchestration. Every collaborator (the Actions toolkit, GitHub, the artifact
// store, the command runner, the collector, the clock) comes in through `deps`, so tests drive
// it without mocking modules. This is the only place that fails the step.
import { InputError, readInputs } from './inputs.js';
import { readRunContext } from './run-context.js';
import { ActionFailure } from './failures.js';
import { isUnjudged } from '../core/status.js';
import { runMode } from './run-mode.js';
import { publishMode } from './publish-mode.js';
import type { Deps } from './deps.js';

export type { ActionsCore, ArtifactUploader, Collector, Deps, GitHubPort } from './deps.js';

export async function run(deps: Deps): Promise<void> {
  const { core } = deps;
  try {
    const inputs = readInputs((name) => deps.core.getInput(name));
    const context = readRunContext(deps.env);
    const outcome = inputs.mode === 'publish' ? await publishMode(deps, inputs, context) : await runMode(deps, inputs, context);
    const failures = [...outcome.failures];
    if (outcome.report.status === 'fail') failures.push(`memleak: ${outcome.report.status_reason}`);
    // A pass with tests that could not be judged is not a plain pass: say so in the run's log and annotations too.
    else if (outcome.report.tests.some(isUnjudged)) core.warning(`memleak: ${outcome.report.status_reason}`);
    const { problems } = outcome.report;
    if (problems.length > 0) {
      const lines = problems.slice(0, 50).map((problem) => `- ${problem.file}${problem.pointer ? ` at ${problem.pointer}` : ''}: ${problem.message}`);
      core.warning(`Input that could not be used (the rest was analysed):\n${lines.join('\n')}${problems.length > 50 ? `\n- and ${problems.length - 50} more in the report` : ''}`);
    }
    if (outcome.notes.length > 0) core.warning(`Some of the results could not be published:\n${outcome.notes.map((note) => `- ${note}`).join('\n')}`);
    if (failures.length > 0) core.setFailed(failures.join('\n'));
  } catch (error) {
    // Our own failures carry a message meant for the user; anything else is a bug, whose stack
    // goes to the debug log (ACTIONS_STEP_DEBUG) rather than into the user's face.
    if (!(error instanceof ActionFailure) && !(error instanceof InputError) && error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
