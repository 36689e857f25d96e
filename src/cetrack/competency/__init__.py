"""CLIA competency assessment for a laboratory's sites (see docs/competency.md)."""
