"""No import cycles between the modules of the package.

The layers contracts in pyproject.toml keep the direction between layers; this test also
catches a cycle inside one layer or one feature package, including imports made inside a
function.
"""

from __future__ import annotations

import grimp

PACKAGE = "qualifier_app"


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """One shortest cycle per group of modules that import each other, each as the path
    from a module back to itself, in a stable order."""
    cycles: dict[frozenset[str], list[str]] = {}
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is None:
                continue
            cycle = [module, *back]
            members = frozenset(cycle)
            if members not in cycles or len(cycle) < len(cycles[members]):
                cycles[members] = cycle
    return sorted(cycles.values())


def describe(cycles: list[list[str]]) -> str:
    return "\n".join(" -> ".join(cycle) for cycle in cycles)


def test_the_package_has_no_import_cycle() -> None:
    # No cache: a unit test writes nothing into the source tree.
    graph = grimp.build_graph(PACKAGE, cache_dir=None)
    assert len(graph.modules) > 100, "the import graph was not built from the package"

    cycles = import_cycles(graph)

    assert not cycles, f"import cycles between modules:\n{describe(cycles)}"


def test_a_cycle_is_found_and_named() -> None:
    graph = grimp.ImportGraph()
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.c")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    graph.add_import(importer="pkg.c", imported="pkg.d")

    cycles = import_cycles(graph)

    assert len(cycles) == 1
    assert describe(cycles) == "pkg.a -> pkg.b -> pkg.c -> pkg.a"
