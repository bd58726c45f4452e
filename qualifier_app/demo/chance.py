"""The one way the simulators pick from a list, so a seed always plays the same history."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def pick(rng: random.Random, items: Sequence[T]) -> T:
    # One `random()` per pick, not `rng.choice`: the figures for a given seed depend on it.
    return items[int(rng.random() * len(items))]
