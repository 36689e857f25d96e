"""The cetrack library: rules, ledger, engine. Imports no web framework and prints nothing."""
