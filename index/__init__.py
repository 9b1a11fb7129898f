"""files -> articles -> sentences/passages/claims -> Chroma."""
