"""Check calls after a handoff: the policy, the check calls due, what customers say, and
what it does to partners (domain/check_calls.py)."""
