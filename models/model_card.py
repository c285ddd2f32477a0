"""MODEL_CARD.md of a trained classifier: what it was trained on, how, and how well it did."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from models.base_model import BaseModel
from models.dataset import Corpus, Example

if TYPE_CHECKING:
    from models.train import TrainConfig


def class_counts(examples: Sequence[Example]) -> dict[str, int]:
    """Examples per category."""
    out: dict[str, int] = {}
    for e in examples:
        out[e.label] = out.get(e.label, 0) + 1
    return out


def model_card(
    base: BaseModel,
    corpus: Corpus,
    splits: dict[str, list[Example]],
    corrections: int,
    config: TrainConfig,
    metrics: dict[str, Any],
) -> str:
    """The card's Markdown. ``metrics`` is what metrics.json holds (``shared``: the real data used)."""
    labels: list[str] = metrics["labels"]
    counts = {name: class_counts(examples) for name, examples in splits.items()}
    rows = [f"| {c} | " + " | ".join(str(counts[s].get(c, 0)) for s in splits) + " |" for c in labels]
    totals = "| **total** | " + " | ".join(str(len(e)) for e in splits.values()) + " |"
    hyper = "\n".join(f"- {k}: {v}" for k, v in asdict(config).items() if k != "progress")
    val, cal, int8 = metrics["val"], metrics["calibration"], metrics["int8"]
    nll_after = cal["val_nll_after"]
    test = metrics.get("test")
    test_line = (
        f"- test: accuracy {test['accuracy']:.4f}, macro-F1 {test['macro_f1']:.4f}, {test['count']} documents"
        if test
        else "- test: no test split in the corpus"
    )
    kept, which = metrics.get("encoder_layers"), metrics.get("encoder_layers_kept")
    if which:
        layers = f"{kept} of its transformer layers (numbers {', '.join(str(n) for n in which)})"
    else:
        layers = f"its first {kept} transformer layers" if kept else "all its layers"
    alone = _alone_line(metrics.get("transformer_alone"), metrics.get("lexical"))
    tail = f", plus the last {config.tail_tokens}" if config.tail_tokens else ""
    return f"""# docpipe document classifier

Trained {datetime.now(UTC).isoformat(timespec="seconds")} on {metrics["device"]}.

## Base model
- {base.name}
- directory: {base.path}
- model.safetensors sha256: {base.sha256}

## Architecture
- the base encoder, {layers}; mean pooling over the tokens (as sentence-transformers read it;
  the checkpoint's [CLS] pooler is untrained and not used); dropout {config.dropout}; one linear layer
- input: the first {config.max_length} tokens of the extracted text{tail} (a mail's text starts with
  its subject)
{_lexical_lines(metrics.get("lexical"))}

## Training data
- corpus: {corpus.root.resolve()} (synthetic; its test split holds layout families and phrase
  templates that train and val never show)
- corrections added to train: {corrections}
- files that could not be read (left out): {len(corpus.failed)}
{_shared_lines(metrics.get("shared"))}

| category | {" | ".join(splits)} |
| --- | {" | ".join("---:" for _ in splits)} |
{chr(10).join(rows)}
{totals}

## Hyperparameters
{hyper}

## Results
- best epoch: {metrics["best_epoch"]} of {len(metrics["history"])} run
- validation: accuracy {val["accuracy"]:.4f}, macro-F1 {val["macro_f1"]:.4f}
{test_line}
- int8 (CPU, dynamic quantisation) of {int8.get("of", "the classifier")}, validation: macro-F1
  {int8["val_macro_f1"]:.4f} against {int8["fp32_val_macro_f1"]:.4f} in fp32
{alone}- temperature {cal["temperature"]:.3f} (of the transformer alone);
  validation NLL {cal["val_nll_before"]:.4f} -> {nll_after:.4f}
- validation expected calibration error {cal["val_ece_before"]:.4f} -> {cal["val_ece_after"]:.4f}
- training time {metrics["train_seconds"]} s, {metrics["seconds_per_step"]} s per step of {config.batch_size}

Labels, in output order: {", ".join(labels)}. Full figures in metrics.json.

## Notes and limits
- The synthetic val and test splits hold whole layout families and mail phrase templates (one
  scenario in one language) that training never shows: their figures measure generalisation to new
  wording, not recall of the templates. Documents (invoice, credit note, receipt, purchase order)
  carry their type in their first lines and score high; mails whose scenario is new in that
  language (an internal approval that talks about an invoice, phishing dressed as a payment
  reminder) are where the errors are. The base model is English-only, so what it learns in one
  language carries over little to the others; the lexical expert, where there is one, reads the
  words and their pieces in every language alike.
- The blend's weights, like the temperature, are fitted on synthetic validation mails: on real
  mail its confidence runs higher than its accuracy (measured on ../shared/data's test half).
- The model reads the text only: a mail's subject and body, not its sender or recipients.
- Confidence is calibrated on the synthetic validation split; on real documents, check the
  review threshold against `docpipe eval` on labelled real data.
- The pipeline runs the int8 variant on the CPU where its validation macro-F1 is within 0.005 of
  fp32's (metrics.json, `int8`).
"""


def _lexical_lines(lexical: dict[str, Any] | None) -> str:
    if not lexical:
        return "- no lexical expert: the transformer's probabilities are the classifier's"
    grams = ", ".join(f"{kind} {low}-{high} grams" for kind, low, high in lexical["ngrams"])
    return (
        f"- a lexical expert beside it: TF-IDF of {grams} ({lexical['features']} features) under a\n"
        "  linear SVM, fitted on the same training texts (models/lexical.py)\n"
        f"- probabilities: softmax({lexical['transformer_weight']:.3f} x transformer logits + "
        f"{lexical['lexical_weight']:.3f} x lexical scores),\n"
        "  both weights fitted on the validation split by NLL (models/blend.py)"
        + (
            "\n- the expert was then fitted again on train and validation together: the blend's"
            "\n  validation figures below are not held out, the test split's are"
            if lexical.get("refit_on_val")
            else ""
        )
    )


def _alone_line(alone: dict[str, Any] | None, lexical: dict[str, Any] | None) -> str:
    if not alone or not lexical:
        return ""
    test = f", test {alone['test_macro_f1']:.4f}" if "test_macro_f1" in alone else ""
    return (
        f"- the transformer alone: validation macro-F1 {alone['val_macro_f1']:.4f}{test}; "
        f"the lexical expert alone: validation {lexical['val_macro_f1_alone']:.4f};\n"
        f"  the blend with the expert fitted on train alone: validation {lexical['val_macro_f1_blend']:.4f}\n"
    )


def _shared_lines(shared: dict[str, Any] | None) -> str:
    if not shared:
        return "- real documents (../shared/data): none"
    per_class = ", ".join(f"{k} {v}" for k, v in sorted(shared["counts"].items()))
    return (
        f"- real documents added to train: {shared['count']} from {shared['path']} ({per_class}): per "
        f"category, the first {shared['fraction']:.0%} of its expected.jsonl rows ranked by the sha256 of "
        "the file name (listed in metrics.json). Report figures only on the rest: "
        f"`docpipe eval {shared['path']} --split test`."
    )
