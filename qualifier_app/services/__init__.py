"""Use cases: take primitives, check the caller's role, write audit rows, return plain DTOs."""
