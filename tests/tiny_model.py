"""A tiny randomly initialised BERT and a word corpus it learns in seconds, for tests."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Sequence
from pathlib import Path

from models.base_model import default_base_model_dir

# One vocabulary per category, so that a small model separates them within a few epochs.
WORDS = {
    "invoice": "invoice number amount payable vat total",
    "credit_note": "credit note refund negative credited returned",
    "receipt": "receipt cashier change paid cash till",
    "purchase_order": "purchase order deliver ordered quantity buyer",
    "quote_request": "quotation request pricing estimate offer rates",
    "complaint": "complaint broken damaged unhappy faulty angry",
    "payment_reminder": "reminder overdue unpaid outstanding late final",
    "supplier_message": "supplier announcement catalogue newsletter discontinued lead",
    "internal": "internal memo staff meeting colleagues agenda",
    "spam": "winner lottery casino viagra prize free",
    "other": "weather football holiday recipe garden music",
}


def make_tiny_base(out: Path) -> Path:
    """A random 2-layer BERT (hidden 32) with the real MiniLM tokenizer, saved like a base checkpoint."""
    import torch
    from transformers import BertConfig, BertModel

    real = default_base_model_dir()
    for name in ("tokenizer.json", "vocab.txt", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(real / name, out / name)
    config = BertConfig(
        vocab_size=30522,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
        hidden_dropout_prob=0.0,  # fast, steady convergence on a handful of texts
        attention_probs_dropout_prob=0.0,
    )
    torch.manual_seed(0)
    BertModel(config).save_pretrained(out)
    return out


def write_word_corpus(out: Path, splits: Sequence[str]) -> Path:
    """Short texts per category (one per entry of ``splits``) with labels.jsonl."""
    rng = random.Random(7)
    rows = []
    for category, words in WORDS.items():
        for i, split in enumerate(splits):
            name = f"{category}-{i}.txt"
            text = " ".join(rng.sample(words.split(), rng.randint(3, 6)))
            (out / name).write_text(text.capitalize() + ".\n", encoding="utf-8")
            rows.append({"file": name, "category": category, "split": split, "language": "en"})
    (out / "labels.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return out
