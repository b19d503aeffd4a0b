"""Adaptation: prompting, few-shot by similarity and classifiers trained on embeddings, compared on a person's labelled data."""
