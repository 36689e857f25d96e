"""Allocation of credit to content-area minimums: optimal, not greedy."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from cetrack.core.allocation import Item, allocate


def greedy_covered(items: list[Item], minimums: list[int]) -> int:
    """The naive placement: each activity goes whole into the first area it fits."""
    room = list(minimums)
    for credit, _cap, fits in items:
        for area in fits:
            if room[area] > 0:
                room[area] -= min(credit, room[area])
                break
    return sum(m - r for m, r in zip(minimums, room, strict=True))


def test_a_two_topic_course_goes_where_it_is_needed():
    # Chemistry needs 2, hematology needs 2. A chemistry+hematology course (2) comes first,
    # then a chemistry-only course (2). Greedy puts the first into chemistry and leaves
    # hematology empty; the optimum puts it into hematology and meets both.
    chemistry, hematology = 0, 1
    items: list[Item] = [(200, -1, (chemistry, hematology)), (200, -1, (chemistry,))]
    minimums = [200, 200]
    assert greedy_covered(items, minimums) == 200
    result = allocate(items, minimums, [])
    assert result.covered == (200, 200)
    assert result.placed[0] == ((hematology, 200),)
    assert result.placed[1] == ((chemistry, 200),)


def test_credit_of_one_course_can_be_split_between_areas():
    items: list[Item] = [(300, -1, (0, 1))]
    result = allocate(items, [100, 200], [])
    assert result.covered == (100, 200)
    assert sorted(result.placed[0]) == [(0, 100), (1, 200)]


def test_a_cap_limits_what_capped_credit_can_fill():
    # Two academic courses of 15 points under a cap of 18: at most 18 reaches the areas.
    items: list[Item] = [(1500, 0, (0,)), (1500, 0, (1,))]
    result = allocate(items, [1500, 1500], [1800])
    assert sum(result.covered) == 1800


def brute_force(items: list[Item], minimums: list[int], cap_limits: list[int]) -> int:
    """Best total coverage over every split of each item's credit in steps of its whole units."""
    choices = []
    for credit, _cap, fits in items:
        units = credit // 100
        options = []
        for split in itertools.product(range(units + 1), repeat=len(fits)):
            if sum(split) <= units:
                options.append(tuple(zip(fits, (u * 100 for u in split), strict=True)))
        choices.append(options or [()])
    best = 0
    for combination in itertools.product(*choices):
        used_cap = [0] * len(cap_limits)
        filled = [0] * len(minimums)
        for (_credit, cap, _fits), placement in zip(items, combination, strict=True):
            for area, amount in placement:
                filled[area] += amount
                if cap >= 0:
                    used_cap[cap] += amount
        if any(u > limit for u, limit in zip(used_cap, cap_limits, strict=True)):
            continue
        best = max(best, sum(min(f, m) for f, m in zip(filled, minimums, strict=True)))
    return best


item_strategy = st.tuples(
    st.integers(1, 3).map(lambda units: units * 100),
    st.integers(-1, 0),
    st.sets(st.integers(0, 2), min_size=0, max_size=2).map(lambda s: tuple(sorted(s))),
)


@settings(max_examples=150, deadline=None)
@given(
    items=st.lists(item_strategy, min_size=1, max_size=4),
    minimums=st.lists(st.integers(1, 3).map(lambda u: u * 100), min_size=3, max_size=3),
    cap=st.integers(0, 4).map(lambda u: u * 100),
)
def test_allocation_equals_the_brute_force_optimum(items, minimums, cap):
    result = allocate(items, minimums, [cap])
    assert sum(result.covered) == brute_force(items, minimums, [cap])
    # What was placed is consistent with what is reported and never exceeds an item's credit.
    for (credit, _cap, fits), placed in zip(items, result.placed, strict=True):
        assert sum(amount for _, amount in placed) <= credit
        assert all(area in fits for area, _ in placed)
    for area, covered in enumerate(result.covered):
        placed_here = sum(a for p in result.placed for i, a in p if i == area)
        assert placed_here == covered <= minimums[area]
