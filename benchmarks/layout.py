"""The layout's figures: import circles, layer violations, module and function sizes, long lines.

    python -m benchmarks.layout

Layers point down only (cli/plugin -> site -> export -> present -> pipeline -> content/stages
-> text/lexicon -> model/errors); an import that points up, or any circle between modules
(imports under TYPE_CHECKING and inside functions included), is listed. Exits 1 when a bound
of the layout issue fails: no circle, no upward import, at most 10 modules directly in
generator/, at least 4 sub-packages, no module over 600 lines, no function over 80 lines,
at most 20 lines over 120 characters.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "generator"
# lower number = lower layer; a module may import its own layer or lower ones
LAYERS = {"model": 0, "errors": 0, "lexicon": 1, "text": 2, "content": 3, "stages": 3, "pipeline": 4,
          "present": 5, "export": 6, "site": 7, "cli": 8, "__init__": 0}
BOUNDS = {"circles": 0, "upward imports": 0, "top-level modules": 10, "largest module": 600,
          "longest function": 80, "lines over 120": 20}


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(mod: str) -> int:
    parts = mod.split(".")
    return LAYERS.get(parts[1] if len(parts) > 1 else "__init__", 0)


def imports(tree: ast.AST, mod: str, is_pkg: bool, known: set[str]) -> set[str]:
    """Every generator module this one imports, wherever the import statement stands."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("generator"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = mod.split(".") if is_pkg else mod.split(".")[:-1]
                pkg = pkg[: len(pkg) - node.level + 1]
                base = ".".join(pkg + ([base] if base else []))
            if not base.startswith("generator"):
                continue
            for a in node.names:
                full = f"{base}.{a.name}"
                out.add(full if full in known else base)
    return {m for m in out if m in known}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), or a module importing itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def ancestors(mod: str) -> set[str]:
    parts = mod.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def measure() -> dict[str, object]:
    files = sorted(ROOT.rglob("*.py"))
    known = {module_name(f) for f in files}
    trees = {module_name(f): (f, ast.parse(f.read_text(encoding="utf-8"))) for f in files}
    graph = {m: imports(t, m, f.name == "__init__.py", known) - {m} - ancestors(m) for m, (f, t) in trees.items()}
    upward = sorted(f"{m} -> {d}" for m, ds in graph.items() for d in ds if layer(d) > layer(m))
    sizes = {m: len(f.read_text(encoding="utf-8").splitlines()) for m, (f, _) in trees.items()}
    funcs = [(n.end_lineno - n.lineno + 1, f"{m}.{n.name}") for m, (_, t) in trees.items()
             for n in ast.walk(t) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    long_lines = [f"{f.relative_to(ROOT.parent)}:{i}" for f in files
                  for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1) if len(line) > 120]
    largest = max(sizes.items(), key=lambda kv: kv[1])
    longest = max(funcs)
    return {
        "circles": cycles(graph), "upward imports": upward,
        "top-level modules": sorted(f.name for f in ROOT.glob("*.py")),
        "sub-packages": sorted(p.name for p in ROOT.iterdir() if (p / "__init__.py").is_file()),
        "largest module": largest, "longest function": longest, "lines over 120": long_lines,
    }


def main() -> int:
    got = measure()
    failed = False
    for key, value in got.items():
        count = value[1] if isinstance(value, tuple) and key != "longest function" else (
            value[0] if key == "longest function" else len(value))
        bound = BOUNDS.get(key)
        ok = count >= 4 if key == "sub-packages" else (bound is None or count <= bound)
        failed |= not ok
        detail = value if isinstance(value, tuple) else ", ".join(map(str, value[:12])) + (" ..." if len(value) > 12 else "")
        print(f"{'ok  ' if ok else 'FAIL'} {key}: {count}  ({detail})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
