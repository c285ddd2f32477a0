"""The distributed runtime: Celery workers around Redis and PostgreSQL, and the routing relay.

A document travels as its id::

    submit ─► extract queue ─► infer queue ─► routes outbox ─► relay ─► docpipe:route:<queue>

- submit: store the bytes, commit the row, then queue the id on ``extract``;
- extract: read the blob, extract the text, stage it in Redis, queue the id on ``infer``;
- infer: classify a batch of staged texts in one call; per document fields, validation, route and
  one transaction with its records and its outbox row; then queue its attachments on ``extract``;
- relay: XADD the outbox rows to the streams, mark them published.

Modules: ``celery_app`` (configuration), ``tasks`` (thin tasks, retries, failures), ``steps`` (what
the tasks do, as plain functions), ``analysis`` (the stages after extraction), ``staging`` and
``codec`` (extractions waiting for the infer worker), ``relay`` (the outbox), ``submit`` (queueing
after commit), ``commands`` (what ``docpipe worker``/``relay`` call).
"""
