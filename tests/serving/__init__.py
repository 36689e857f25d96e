"""A site for tests that drive a real `cetrack serve`: the production settings plus a few
deliberately slow pages (tests/serving/urls.py)."""
