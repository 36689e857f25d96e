"""CLIA competency assessment, as pure functions over plain values (no web framework).

- `vocabulary`: the six CLIA elements, assessment methods, complexities, specialties, positions
  and the reasons an assessment is done, each an id with a human name.
- `rules`: who may assess, per accreditor (CLIA baseline, CAP, The Joint Commission), read from
  sourced, dated TOML files in `cetrack/rules/competency/` and validated by a pydantic schema.
- `assessors`: whether a person may sign an assessment, with the reason when not.
- `schedule`: checkpoints (6 and 12 months in the first year, yearly after, before reporting
  after a method or instrument change, re-assessment after a failure) and the standing of one
  person on one test system at a date.
- `record`: whether an assessment's element results are complete, and its outcome.
"""
