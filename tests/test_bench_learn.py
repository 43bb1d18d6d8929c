"""The shared learners of ``bench/learn.py``: deterministic, and they learn a separable toy."""

from __future__ import annotations

import doctest
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench" / "learn.py"


def _learn() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_learn", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_examples_run() -> None:
    failed, tried = doctest.testmod(_learn())
    assert tried > 0
    assert failed == 0


def test_same_examples_same_weights() -> None:
    learn = _learn()
    data = [([1.0, float(k % 3), float(k % 2)], k % 2, 1.0) for k in range(20)]
    assert learn.train_logistic(data) == learn.train_logistic(data)
    groups = [([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]], [False, True, False])] * 3
    assert learn.train_listwise(groups) == learn.train_listwise(groups)


def test_empty_input_gives_no_weights() -> None:
    learn = _learn()
    assert learn.train_logistic([]) == []
    assert learn.train_listwise([([[1.0]], [False])]) == []
