// The action's entry point (bundled to dist/index.js).
import { run } from './main.js';
import { defaultDeps } from './defaults.js';

await run(defaultDeps());
