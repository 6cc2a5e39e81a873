"""The lexicon: one place for every vocabulary, each named once."""

import ast
from collections import Counter
from pathlib import Path

import pytest

import eventwire.lexicon

LEXICON = Path(eventwire.lexicon.__file__).parent


@pytest.mark.parametrize("module", sorted(LEXICON.glob("*.py")), ids=lambda p: p.name)
def test_no_vocabulary_is_defined_twice_in_a_module(module):
    names = Counter(
        target.id
        for node in ast.parse(module.read_text(encoding="utf-8")).body
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    )
    assert [name for name, count in names.items() if count > 1] == []
