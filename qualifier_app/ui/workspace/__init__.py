"""The rep workspace: next lead, lead card, script, outcome, drafts."""
