"""The committee's published rules as pure functions (no database): one module per rule."""
