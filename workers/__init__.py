"""How docpipe runs: the CLI, per-process context, embedded runner, Celery, sources, relay."""
