"""The Classify tab's Adapt page: compare prompting and trained classifiers on a labelled file, as a learning curve."""
