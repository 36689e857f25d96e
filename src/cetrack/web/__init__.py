"""The Django project: settings, URLs and the `cetrack serve` server. Apps: accounts, records, api."""
