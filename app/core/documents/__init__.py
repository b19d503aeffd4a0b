"""Your documents: collections of files, extraction per format, chunks, the keyword and vector index, retrieval."""
