"""Shared test helpers: databases built by the real migrations, and data factories."""
