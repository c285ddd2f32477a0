"""Which encoder layers a cut-down classifier keeps: its first, or the first, the last and evenly between."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from models.heads import HeadConfig, MeanPoolingClassifier, keep_layers, read_head_config, spread_layers


@pytest.mark.parametrize(
    ("total", "count", "kept"),
    [(6, 3, [0, 2, 5]), (6, 4, [0, 2, 3, 5]), (6, 2, [0, 5]), (6, 1, [0]), (6, 6, [0, 1, 2, 3, 4, 5])],
)
def test_spread_layers_keeps_the_first_and_the_last(total: int, count: int, kept: list[int]) -> None:
    assert spread_layers(total, count) == kept


@pytest.mark.parametrize("count", [0, 7])
def test_spread_layers_refuses_impossible_counts(count: int) -> None:
    with pytest.raises(ValueError, match="between 1 and 6"):
        spread_layers(6, count)


@pytest.fixture(scope="module")
def four_layer_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from transformers import BertConfig, BertModel

    out = tmp_path_factory.mktemp("four-layer-base")
    config = BertConfig(
        vocab_size=64, hidden_size=16, num_hidden_layers=4, num_attention_heads=2, intermediate_size=32
    )
    torch.manual_seed(0)
    BertModel(config).save_pretrained(out)
    return out


def test_a_cut_down_classifier_holds_the_base_models_first_and_last_layers(
    four_layer_base: Path, tmp_path: Path
) -> None:
    from transformers import AutoModel

    base = AutoModel.from_pretrained(four_layer_base, local_files_only=True)
    first = MeanPoolingClassifier.from_base(four_layer_base, HeadConfig(num_labels=3, num_layers=2))
    assert first.head.kept_layers == [0, 1]  # the default: the first ones
    model = MeanPoolingClassifier.from_base(
        four_layer_base, HeadConfig(num_labels=3, num_layers=2), spread=True
    )
    assert model.head.kept_layers == [0, 3]
    assert model.encoder.config.num_hidden_layers == 2
    for kept, number in zip(model.encoder.encoder.layer, (0, 3), strict=True):
        original = base.encoder.layer[number]
        for (name, value), (_, expected) in zip(
            kept.state_dict().items(), original.state_dict().items(), strict=True
        ):
            assert torch.equal(value, expected), name

    model.save(tmp_path)
    assert read_head_config(tmp_path).kept_layers == [0, 3]
    loaded = MeanPoolingClassifier.load(tmp_path).eval()
    ids = torch.tensor([[2, 5, 9, 11]])
    mask = torch.ones_like(ids)
    with torch.inference_mode():
        assert torch.allclose(model.eval()(ids, mask).logits, loaded(ids, mask).logits)


def test_keep_layers_keeps_the_numbered_layers(four_layer_base: Path) -> None:
    from transformers import AutoModel

    encoder = AutoModel.from_pretrained(four_layer_base, local_files_only=True)
    first = encoder.encoder.layer[0]
    keep_layers(encoder, [0])
    assert list(encoder.encoder.layer) == [first]
    with pytest.raises(ValueError, match="cannot keep"):
        keep_layers(encoder, [0, 0])
