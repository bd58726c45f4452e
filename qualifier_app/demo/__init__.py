"""Demo data and its simulated history: uses services and persistence, never used by them."""
