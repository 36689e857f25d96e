"""Tests of the CE catalogue (model, files, synthetic generator, search)."""
