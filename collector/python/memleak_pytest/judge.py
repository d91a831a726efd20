"""The verdict inside pytest: asks memleak's analysis core (TypeScript, `memleak judge --stdio`)
about each snapshot, so plain pytest judges a test exactly as `memleak run` does. There is no
second implementation here: this module only starts the core and relays its answers.

One Node process per pytest process, started on first need and kept for the session; under
pytest-xdist every worker starts its own. Where the core cannot run (no Node, no CLI, a crash),
judge() returns None and `unavailable` says why, and nothing is tried again in this process.
"""
import json
import os
import shutil
import subprocess
import threading

# From collector/python/memleak_pytest in a checkout of memleak-action to its bundled CLI.
_CHECKOUT_CLI = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, os.pardir,
                             "dist", "cli.js")
# A snapshot is judged in milliseconds; this only guards a run against a core that hangs.
ANSWER_TIMEOUT_S = 60
_STDERR_TAIL = 2000


def judge_command(environ, which=shutil.which):
    """The command line that starts the core, or (None, why not).

    The CLI: MEMLEAK_CLI (a path to cli.js), else dist/cli.js of the checkout this package lies
    in, else `memleak` on PATH (an installed CLI, started as it is). Node: MEMLEAK_NODE, else
    `node` on PATH.
    """
    cli = environ.get("MEMLEAK_CLI", "").strip()
    if cli:
        if not os.path.isfile(cli):
            return None, "MEMLEAK_CLI=%s: no such file (expected the path of memleak's dist/cli.js)" % cli
    elif os.path.isfile(_CHECKOUT_CLI):
        cli = os.path.normpath(_CHECKOUT_CLI)
    else:
        installed = which("memleak")
        if installed is None:
            return None, ("the memleak CLI was not found (no MEMLEAK_CLI, no dist/cli.js next to this plugin, "
                          "no `memleak` on PATH)")
        return [installed, "judge", "--stdio"], None
    node = environ.get("MEMLEAK_NODE", "").strip() or which("node")
    if not node:
        return None, "Node.js was not found (set MEMLEAK_NODE or put `node` on PATH)"
    return [node, cli, "judge", "--stdio"], None


class Judge:
    """A `memleak judge --stdio` process: judge(path) -> the core's TestResult (a dict) or None."""

    def __init__(self, environ, cwd):
        self._environ = environ
        self._cwd = cwd
        self._process = None
        self._command = None
        self._stderr = []
        self._stderr_reader = None
        self.unavailable = None  # why there is no verdict, once something went wrong

    def judge(self, snapshot_path):
        """The core's verdict on one snapshot: {"verdict", "reason", "sources", ...} as in report.json,
        or None when the core cannot run (then `unavailable` says why)."""
        if self.unavailable is not None:
            return None
        if self._process is None and not self._start():
            return None
        try:
            self._process.stdin.write(snapshot_path + "\n")
            self._process.stdin.flush()
            line = self._read_line()
        except (OSError, ValueError) as error:  # a broken pipe, a closed stream, no answer in time
            return self._give_up(str(error))
        if not line:  # end of output: the process is ending
            return self._give_up("no answer")
        try:
            answer = json.loads(line)
        except ValueError:
            return self._give_up("an answer that is not JSON: %r" % line[:200])
        if answer.get("test") is None:
            problems = "; ".join("%s: %s" % (p.get("file"), p.get("message")) for p in answer.get("problems", []))
            return {"verdict": "error", "reason": "the snapshot could not be judged: %s" % (problems or "no reason given")}
        return answer["test"]

    def close(self):
        if self._process is None:
            return
        try:
            self._process.stdin.close()
            self._process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self._process.kill()
            self._process.wait()
        self._process = None

    def _start(self):
        command, why = judge_command(self._environ)
        if command is None:
            self.unavailable = why
            return False
        self._command = command
        try:
            self._process = subprocess.Popen(
                command, cwd=self._cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                text=True, encoding="utf-8", bufsize=1)
        except OSError as error:
            self.unavailable = "could not start %s: %s" % (" ".join(command), error)
            return False
        # stderr is drained on a thread so a chatty or failing core can never block on a full pipe.
        self._stderr_reader = threading.Thread(target=self._drain_stderr, daemon=True)
        self._stderr_reader.start()
        return True

    def _drain_stderr(self):
        for line in self._process.stderr:
            self._stderr.append(line)
            if sum(map(len, self._stderr)) > _STDERR_TAIL:
                self._stderr.pop(0)

    def _read_line(self):
        result = []
        reader = threading.Thread(target=lambda: result.append(self._process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(ANSWER_TIMEOUT_S)
        if reader.is_alive():
            raise OSError("no answer within %d s" % ANSWER_TIMEOUT_S)
        return result[0]

    def _give_up(self, detail):
        """Stops using the core for this process; `unavailable` names the command, how it ended
        (its exit status when it exited, else `detail`) and the last line it wrote to stderr."""
        process, self._process = self._process, None
        try:
            status = process.wait(timeout=5)  # a crashing process is usually gone by now
        except subprocess.TimeoutExpired:
            status = None
            process.kill()
            process.wait()
        self._stderr_reader.join(5)  # its last words name the cause
        how = "exited with status %d" % status if status is not None else "stopped answering (%s)" % detail
        tail = "".join(self._stderr).strip()
        self.unavailable = "the memleak judge (%s) %s%s" % (
            " ".join(self._command), how, ": " + tail.splitlines()[-1] if tail else "")
        return None
