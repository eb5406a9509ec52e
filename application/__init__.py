"""Use cases: get → decide → save. Knows no HTTP and no SQL."""
