"""CE funding: requests, budgets, tax treatment, subscriptions and sponsorships (docs/funding.md)."""
