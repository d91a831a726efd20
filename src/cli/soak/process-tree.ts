// The resident memory of a command and every process it started, read from /proc (Linux): what a
// server or a script costs the machine, sampled by `memleak soak` when the command has no leak
// tests of its own.
import { readdirSync, readFileSync } from 'node:fs';

/** Whether this platform has the /proc files the sampler reads. */
export function canSampleProcesses(): boolean {
  try {
    readFileSync('/proc/self/status', 'utf8');
    return true;
  } catch {
    return false;
  }
}

/** The pid and every descendant of it, found through each process's parent in /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(name));
    children.set(parent, list);
  }
  const tree: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    tree.push(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Bytes resident in the process tree of `root` (VmRSS of each, summed; shared pages count once
 * per process, as `ps` counts them), or undefined when the root process is gone.
 */
export function treeRss(root: number): number | undefined {
  let total: number | undefined;
  for (const pid of processTree(root)) {
    const rss = rssOf(pid);
    if (rss === undefined) continue;
    total = (total ?? 0) + rss;
  }
  return total;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined; // the process ended while the list was read
  }
}

function rssOf(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined; // kernel threads and zombies have none
  } catch {
    return undefined;
  }
}
