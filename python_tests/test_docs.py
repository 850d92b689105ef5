"""The documentation stands alone and stays in step with the project: a short README, every link
inside the repository resolving (anchors included), every var, mart and rejection reason
documented, and every `definitions: <section>` citation naming a section that exists.

Reads files only (no dbt run), so it is cheap and fails on the first drifted name."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from python_tests.harness import ROOT
from python_tests.test_demo_world import DOCUMENTED_REASONS

README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, ROOT / "CHANGELOG.md", ROOT / "DECISIONLOG.md", *sorted(DOCS.glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


SKIPPED = {".git", ".venv", "target", "logs", "dbt_packages", "__pycache__", ".pytest_cache"}


def _project_text_files():
    """The project's own text files (not git's view: the suite also runs on an exported tree)."""
    for folder, subfolders, names in os.walk(ROOT):
        subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED and not d.endswith(".egg-info"))
        for name in sorted(names):
            path = Path(folder) / name
            if path.suffix in {".md", ".sql", ".py", ".yml", ".yaml", ".toml", ".cfg"} or name in {"Makefile", "run"}:
                yield path


def _slug(heading: str) -> str:
    # GitHub's anchor: lower case, punctuation dropped (hyphens and underscores kept), spaces to -
    text = re.sub(r"[`*]", "", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", path.read_text(), flags=re.S)
    return {_slug(m) for m in re.findall(r"^#+ (.+)$", text, flags=re.M)}


def _definition_sections() -> set[str]:
    return set(re.findall(r"^## (.+)$", (DOCS / "definitions.md").read_text(), flags=re.M))


def test_readme_is_at_most_3000_words():
    assert len(README.read_text().split()) <= 3000


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_resolves(page):
    broken = []
    for target in LINK.findall(page.read_text()):
        if re.match(r"[a-z]+:", target):  # http:, https:, mailto:
            continue
        file_part, _, anchor = target.partition("#")
        linked = (page.parent / file_part).resolve() if file_part else page
        if not linked.exists():
            broken.append(target)
        elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
            broken.append(target)
    assert not broken


def test_nothing_refers_outside_the_repository():
    outside = re.compile(r"\.\./(shared|\.library)|\bspec:|the spec's|the brief")
    offenders = [str(p.relative_to(ROOT)) for p in _project_text_files()
                 if p.name != "test_docs.py" and outside.search(p.read_text())]
    assert not offenders


def test_every_definitions_citation_names_a_section():
    sections = _definition_sections()
    unknown = set()
    for path in _project_text_files():
        for cited in re.findall(r"definitions:\s+([A-Z][a-z]+(?:\s+[a-z]+){0,3})", path.read_text()):
            name = re.sub(r"\s+", " ", cited)
            if not any(name.startswith(section) for section in sections):
                unknown.add((str(path.relative_to(ROOT)), name))
    assert not unknown


def test_every_var_is_documented():
    project_vars = yaml.safe_load((ROOT / "dbt_project.yml").read_text())["vars"]
    first_cells = re.findall(r"^\| ([^|]+) \|", (DOCS / "vars.md").read_text(), flags=re.M)
    documented = {name for cell in first_cells for name in re.findall(r"`([a-z_0-9]+)`", cell)}
    assert set(project_vars) - documented == set()


def test_every_mart_is_in_the_readme_table():
    marts = {p.stem for p in (ROOT / "models" / "marts").rglob("*.sql")}
    table = set(re.findall(r"^\| `([a-z_0-9]+)` \|", README.read_text(), flags=re.M))
    assert marts - table == set()


def test_every_rejection_reason_is_documented():
    text = (DOCS / "rejected-records.md").read_text()
    # the table names the id and time families once (`missing_<id>`, `future_<time>`, ...)
    families = {prefix for prefix in ("missing_", "unreadable_", "future_")
                if re.search(rf"`{prefix}<(id|time)>`", text)}
    undocumented = {reason for reason in DOCUMENTED_REASONS
                    if reason not in text and not any(reason.startswith(f) for f in families)}
    assert undocumented == set()
