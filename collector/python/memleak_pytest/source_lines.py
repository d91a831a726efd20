"""The text and the enclosing function of a source line, for display and for matching a line
after it moves. Used only after tracing has stopped (linecache and the parse caches grow)."""
import ast
import linecache
import tokenize

MAX_CODE_LENGTH = 2000


def code_at(filename, lineno):
    return linecache.getline(filename, lineno).strip()[:MAX_CODE_LENGTH]


class FunctionIndex:
    """Qualified name of the innermost function (or class) around a line, per file."""

    def __init__(self):
        self._spans = {}

    def function_at(self, filename, lineno):
        spans = self._spans.get(filename)
        if spans is None:
            spans = self._spans[filename] = _function_spans(filename)
        best = None
        for first, last, name in spans:
            if first <= lineno <= last and (best is None or first >= best[0]):
                best = (first, last, name)
        return best[2] if best else "<module>"


def _function_spans(filename):
    try:
        with tokenize.open(filename) as source:
            tree = ast.parse(source.read(), filename)
    except (OSError, SyntaxError, ValueError, UnicodeDecodeError):
        return ()
    spans = []

    def visit(node, prefix):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = prefix + child.name
                first = min([child.lineno] + [d.lineno for d in child.decorator_list])
                spans.append((first, child.end_lineno or child.lineno, name))
                inner = name + "." if isinstance(child, ast.ClassDef) else name + ".<locals>."
                visit(child, inner)
            else:
                visit(child, prefix)

    visit(tree, "")
    return spans
