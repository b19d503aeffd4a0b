"""The Documents tab: collections and their files, indexing, search and the retrieval check."""
