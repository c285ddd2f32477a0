"""Gradient-boosted trees as plain arrays: trained with scikit-learn, evaluated with numpy alone.

All trees of a model are packed into flat node arrays; scoring walks every tree at once, one
level per step, for all rows together. The arrays are what the registry stores (``.npz``), so a
worker needs numpy, not scikit-learn or pickles.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

_ARRAYS = ("feature", "threshold", "left", "right", "leaf", "value", "missing_left", "roots")


@dataclass
class TreeEnsemble:
    """A binary classifier: the sum of its trees' leaf values plus a bias, through a sigmoid."""

    feature: np.ndarray  # per node: the column it tests
    threshold: np.ndarray  # per node: go left when the value is <= this
    left: np.ndarray  # per node: index of the left child (absolute)
    right: np.ndarray
    leaf: np.ndarray  # per node: 1 for a leaf
    value: np.ndarray  # per node: a leaf's contribution
    missing_left: np.ndarray  # per node: where NaN goes
    roots: np.ndarray  # per tree: index of its root node
    bias: float
    depth: int

    def probability(self, rows: np.ndarray) -> np.ndarray:
        """P(the spot is the field's value) for each row of features."""
        if len(rows) == 0:
            return np.zeros(0)
        nodes = np.broadcast_to(self.roots, (len(rows), len(self.roots))).copy()
        row_index = np.arange(len(rows))[:, None]
        for _ in range(self.depth):
            features = self.feature[nodes]
            values = rows[row_index, features]
            go_left = np.where(np.isnan(values), self.missing_left[nodes], values <= self.threshold[nodes])
            step = np.where(go_left, self.left[nodes], self.right[nodes])
            nodes = np.where(self.leaf[nodes], nodes, step)
        raw = self.value[nodes].sum(axis=1) + self.bias
        return 1.0 / (1.0 + np.exp(-raw))

    def save(self, path: Path) -> None:
        """Write the arrays (``.npz``); bias and depth go into the model's JSON."""
        np.savez_compressed(path, **{name: getattr(self, name) for name in _ARRAYS})

    @classmethod
    def load(cls, path: Path, bias: float, depth: int) -> TreeEnsemble:
        with np.load(path) as arrays:
            return cls(**{name: arrays[name] for name in _ARRAYS}, bias=bias, depth=depth)

    @classmethod
    def from_sklearn(cls, model: Any) -> TreeEnsemble:
        """Pack a fitted ``HistGradientBoostingClassifier`` (binary, numeric features)."""
        columns: dict[str, list[np.ndarray]] = {name: [] for name in _ARRAYS}
        offset = 0
        depth = 0
        for (predictor,) in model._predictors:  # one tree per iteration for a binary model
            nodes = predictor.nodes
            count = len(nodes)
            leaf = nodes["is_leaf"].astype(np.int8)
            columns["feature"].append(nodes["feature_idx"].astype(np.int32))
            columns["threshold"].append(nodes["num_threshold"].astype(np.float64))
            columns["left"].append(
                np.where(leaf, 0, nodes["left"].astype(np.int64) + offset).astype(np.int32)
            )
            columns["right"].append(
                np.where(leaf, 0, nodes["right"].astype(np.int64) + offset).astype(np.int32)
            )
            columns["leaf"].append(leaf)
            columns["value"].append(np.where(leaf, nodes["value"], 0.0).astype(np.float32))
            columns["missing_left"].append(nodes["missing_go_to_left"].astype(np.int8))
            columns["roots"].append(np.array([offset], dtype=np.int32))
            depth = max(depth, int(nodes["depth"].max()))
            offset += count
        arrays = {name: np.concatenate(parts) for name, parts in columns.items()}
        bias = float(np.ravel(model._baseline_prediction)[0])
        return cls(**arrays, bias=bias, depth=depth)
