"""The demo world: a deterministic B2B market written in the raw contract's shape."""
