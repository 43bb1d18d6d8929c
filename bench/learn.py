"""Small learners shared by the training scripts (``train_lines.py`` and the others).

Both are pure Python and deterministic: averaged stochastic gradient descent with a fixed
seed, so the same examples give the same weights in every run. Inference in the library
is a dot product (weights as data in ``src/noticiaparse/lexicons/*.tsv``); these only
make the weights.

- :func:`train_logistic`: an L2-regularised logistic regression over weighted examples
  ``(features, label, weight)``;
- :func:`train_listwise`: a listwise softmax ranker over groups of candidates
  ``(candidates' features, which are right)``, the loss ``-log`` of the right
  candidates' summed probability;
- :func:`norm`: the scorer's comparison form of a text, for the labels.

Examples:
    >>> w = train_logistic([([1.0, 1.0], 1, 1.0), ([1.0, -1.0], 0, 1.0)], epochs=20)
    >>> w[1] > 0
    True
    >>> r = train_listwise([([[1.0, 0.0], [0.0, 1.0]], [False, True])], epochs=20)
    >>> r[1] > r[0]
    True
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections.abc import Sequence

__all__ = ["norm", "sigmoid", "train_listwise", "train_logistic"]

_CLAMP = 30.0
_QUOTES = "«»“”„‟\"'‘’‹›"


def norm(s: str | None) -> str:
    """The scorer's comparison form: no accents, no case, whitespace collapsed."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.split()).strip(_QUOTES + " .,;:").casefold()


def sigmoid(z: float) -> float:
    """The logistic function, its argument clamped to [-30, 30]."""
    return 1.0 / (1.0 + math.exp(-max(-_CLAMP, min(_CLAMP, z))))


def train_logistic(
    examples: Sequence[tuple[Sequence[float], int, float]],
    *,
    seed: int = 15,
    epochs: int = 30,
    rate: float = 0.1,
    l2: float = 1e-4,
) -> list[float]:
    """Logistic regression by averaged SGD: the weights over the examples' features."""
    if not examples:
        return []
    dims = len(examples[0][0])
    w = [0.0] * dims
    total = [0.0] * dims
    order = list(range(len(examples)))
    rng = random.Random(seed)  # noqa: S311 - a fixed seed, for the same weights each run
    steps = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        for k in order:
            x, y, weight = examples[k]
            g = (sigmoid(sum(a * b for a, b in zip(w, x, strict=True))) - y) * weight
            for j in range(dims):
                xj = x[j]
                w[j] -= step * (g * xj + l2 * w[j]) if xj else step * l2 * w[j]
            for j in range(dims):
                total[j] += w[j]
            steps += 1
    return [t / steps for t in total]


def train_listwise(  # noqa: PLR0913 - the learner's settings, each with a default
    groups: Sequence[tuple[Sequence[Sequence[float]], Sequence[bool]]],
    *,
    seed: int = 15,
    epochs: int = 90,
    rate: float = 0.1,
    l2: float = 1e-4,
    decay: float = 3.0,
) -> list[float]:
    """A listwise softmax ranker by averaged SGD: the weights over the candidates' features.

    A group with no right candidate is skipped. The step shrinks as ``rate / (1 + epoch /
    decay)``.
    """
    groups = [(v, g) for v, g in groups if v and any(g)]
    if not groups:
        return []
    dims = len(groups[0][0][0])
    w = [0.0] * dims
    total = [0.0] * dims
    order = list(range(len(groups)))
    rng = random.Random(seed)  # noqa: S311 - a fixed seed, for the same weights each run
    steps = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch / decay)
        for k in order:
            vecs, gold = groups[k]
            scores = [sum(a * b for a, b in zip(w, v, strict=True)) for v in vecs]
            top = max(scores)
            exps = [math.exp(x - top) for x in scores]
            z = sum(exps)
            zg = sum(e for e, g in zip(exps, gold, strict=True) if g)
            for v, e, g in zip(vecs, exps, gold, strict=True):
                # d(-log sum_gold p)/d score = p - p * [gold] / p_gold
                grad = e / z - (e / zg if g else 0.0)
                if grad:
                    for j in range(dims):
                        if v[j]:
                            w[j] -= step * grad * v[j]
            for j in range(dims):
                w[j] -= step * l2 * w[j]
                total[j] += w[j]
            steps += 1
    return [t / steps for t in total]
