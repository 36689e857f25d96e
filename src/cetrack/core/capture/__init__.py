"""Capture: certificates, scans, transcripts and badges into draft activities."""
