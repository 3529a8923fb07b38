"""The layers stay apart: the Qt-free ones never import Qt, no module grows past 500 lines, and no
two modules import each other."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

QT_FREE = [
    "invoicedesk.domain",
    "invoicedesk.storage.cache",
    "invoicedesk.storage.accounts",
    "invoicedesk.storage.secrets",
    "invoicedesk.sync.engine",
    "invoicedesk.export",
    "invoicedesk.cli",
    "invoicedesk.commands",
    "invoicedesk.demo",
    "invoicedesk.providers.sendregning",
    "invoicedesk.providers.telecomx",
    "invoicedesk.providers.buckaroo",
    "invoicedesk.providers.connectid",
    "invoicedesk.sandbox.sendregning",
    "invoicedesk.sandbox.telecomx",
    "invoicedesk.sandbox.buckaroo",
    "invoicedesk.sandbox.connectid",
]


@pytest.mark.parametrize("module", QT_FREE)
def test_module_imports_no_qt(module):
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')); "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"{module} pulled in Qt: {done.stdout}{done.stderr}"


def test_only_the_http_module_imports_httpx():
    from pathlib import Path

    package = Path(__file__).parent.parent / "invoicedesk"
    offenders = [
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if p.name != "http.py"
        and any(
            line.strip().startswith(("import httpx", "from httpx"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []


PACKAGE = Path(__file__).parent.parent / "invoicedesk"
MAX_LINES = 500
#: Modules still over MAX_LINES, each with why it is allowed for now. Being split in the
#: hostile-server/cache work (other branches are changing these files right now); remove an entry
#: once its module is under the limit (the test below fails until you do, so the list shrinks).
OVER_500: dict[str, str] = {}  # none left: a module over the limit is split, not listed


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def test_no_module_is_over_500_lines():
    """A module over 500 lines holds more than one job: split it by responsibility. The modules
    in ``OVER_500`` are the known exceptions; one that has dropped under the limit must leave it."""
    lengths = {
        path.relative_to(PACKAGE.parent).as_posix(): len(path.read_text("utf-8").splitlines())
        for path in _modules().values()
    }
    too_long = {name: n for name, n in lengths.items() if n > MAX_LINES and name not in OVER_500}
    assert too_long == {}, f"modules over {MAX_LINES} lines (split them): {too_long}"
    shrunk = {name: lengths.get(name, 0) for name in OVER_500 if lengths.get(name, 0) <= MAX_LINES}
    assert shrunk == {}, f"now at most {MAX_LINES} lines (remove them from OVER_500): {shrunk}"


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """The ``invoicedesk`` modules that module ``name`` imports, at module level, inside
    functions or under ``if TYPE_CHECKING:`` (a type named from above ties the two modules
    together as much as a run-time import: the lower one has to know the upper one)."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    is_package = path.name == "__init__.py"
    targets: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = name.split(".")
                anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            for alias in node.names:
                # ``from package import module`` needs the submodule, not the package's names
                submodule = f"{base}.{alias.name}"
                targets.add(submodule if submodule in known else base)
    edges = set()
    for target in targets:
        # a name that is no module of ours (``from invoicedesk import __version__``) is its
        # nearest enclosing module's
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target.startswith("invoicedesk") and target != name:
            edges.add(target)
    return edges


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circles():
    """No two ``invoicedesk`` modules import each other, directly or round a longer circle:
    a module imports only modules below it.

    Counted: ``import``/``from`` of ``invoicedesk.*``, absolute or relative, at module level,
    inside functions (a deferred import still ties the two modules together) and under
    ``if TYPE_CHECKING:`` (naming a type from above is depending on it: a module that needs to
    know what the upper one hands it names that in a Protocol of its own, as ``provider_extras``
    does the form and ``documents``/``row_actions`` the window). Not counted: the implied import
    of ``a/__init__`` when ``a.b`` is imported: a package may import its own submodules."""
    modules = _modules()
    known = set(modules)
    graph = {name: _imports(name, path, known) for name, path in modules.items()}
    assert "invoicedesk.domain" in graph["invoicedesk.commands"]  # the parser sees imports
    circles = _cycles(graph)
    report = "\n".join(" <-> ".join(circle) for circle in circles)
    assert circles == [], f"modules that import each other, directly or round about:\n{report}"


def test_the_store_knows_no_wire_layer():
    """storage/ sits below providers/ and sync/: it imports neither (nor Qt's gui/)."""
    modules = _modules()
    graph = {name: _imports(name, path, set(modules)) for name, path in modules.items()}
    assert "invoicedesk.domain" in graph["invoicedesk.storage.cache"]  # the parser sees imports
    below = {
        name: sorted(
            dep
            for dep in deps
            if dep.startswith(("invoicedesk.providers", "invoicedesk.sync", "invoicedesk.gui"))
        )
        for name, deps in graph.items()
        if name.startswith("invoicedesk.storage")
    }
    assert {name: deps for name, deps in below.items() if deps} == {}
