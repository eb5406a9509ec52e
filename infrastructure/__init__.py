"""Settings, persistence selection, logging, tokens, the composition root and the CLI."""
