"""The synthetic training corpus: labelled invoices, credit notes, receipts, orders, letters and mails.

``generate_corpus(out_dir, count=..., seed=...)`` writes documents (born-digital PDFs, scans, text)
and .eml mails of every default category, with their ground truth in ``out_dir/labels.jsonl``.
"""

from models.synth.corpus import generate_corpus

__all__ = ["generate_corpus"]
