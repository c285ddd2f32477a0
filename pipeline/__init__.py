"""docpipe's processing library: records, settings, stages, database schema, routing."""
