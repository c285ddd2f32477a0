"""docpipe machine-learning models: classifier, training, evaluation, model registry."""
