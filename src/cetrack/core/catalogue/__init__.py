"""The CE catalogue: things a person could do to earn credit, what they cost and what they give.

`model` holds the typed items, `files` reads and writes the CSV/JSON catalogue files (errors as
data), `synthetic` generates large labelled test catalogues and `search` filters items without the
engine. The format is documented in docs/catalogue.md.
"""
