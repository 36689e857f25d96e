"""Hooks that keep the organisation side in step with a member's records (filled in below)."""
