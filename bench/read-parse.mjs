// The floor of `memleak analyze DIR`: a process that only lists DIR, reads every .json file in it
// and JSON.parses it, the least any analysis must do. Plain JavaScript, run by bare node.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
let parsed = 0;
for (const name of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
  JSON.parse(readFileSync(join(dir, name), 'utf8'));
  parsed += 1;
}
if (parsed === 0) process.exit(1);
