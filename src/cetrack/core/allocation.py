"""Optimal allocation of activity credit to content-area minimums.

An activity whose topics fit several areas can be split between them (credit is divisible, in
hundredths), so the best allocation is a maximum flow:

    source ─► [cap node, limit] ─► activity group ─► area ─► sink (capacity = area minimum)

Maximising the flow minimises the total still missing across areas, so every minimum that can
be met is met. Placing each activity greedily in the first area it fits is wrong: a chemistry +
hematology course put into chemistry can leave hematology short while a chemistry-only course
sits unused (see tests/test_allocation.py).

Activities with the same cap and the same set of eligible areas are interchangeable, so the
graph is built over those groups; a ledger of 40 activities usually has a handful of them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

Item = tuple[int, int, tuple[int, ...]]
"""(credit in hundredths, cap index or -1, indices of the areas the item may fill)."""


@dataclass(frozen=True, slots=True)
class Allocation:
    covered: tuple[int, ...]  # per area, hundredths allocated (≤ the area minimum)
    placed: tuple[tuple[tuple[int, int], ...], ...]  # per item: ((area, hundredths), ...)


def allocate(
    items: Sequence[Item], minimums: Sequence[int], cap_limits: Sequence[int]
) -> Allocation:
    """Place item credit into areas so that the total covered (≤ each minimum) is maximal.

    Credit of a capped item can only be placed within its cap's limit, shared by all items
    under that cap.
    """
    areas = len(minimums)
    if not areas or not items:
        return Allocation((0,) * areas, tuple(() for _ in items))
    capped_sum = [0] * len(cap_limits)
    simple = True
    for credit, cap, fits in items:
        if len(fits) > 1:
            simple = False
        if cap >= 0:
            capped_sum[cap] += credit
    if any(total > cap_limits[c] for c, total in enumerate(capped_sum)):
        simple = False
    if simple:
        return _allocate_direct(items, minimums)
    return _allocate_flow(items, minimums, cap_limits)


def _allocate_direct(items: Sequence[Item], minimums: Sequence[int]) -> Allocation:
    """Each item fits at most one area and no cap binds: filling in order is optimal."""
    room = list(minimums)
    placed: list[tuple[tuple[int, int], ...]] = []
    for credit, _cap, fits in items:
        if fits and room[fits[0]] > 0:
            take = min(credit, room[fits[0]])
            room[fits[0]] -= take
            placed.append(((fits[0], take),))
        else:
            placed.append(())
    return Allocation(tuple(m - r for m, r in zip(minimums, room, strict=True)), tuple(placed))


def _allocate_flow(
    items: Sequence[Item], minimums: Sequence[int], cap_limits: Sequence[int]
) -> Allocation:
    groups: dict[tuple[int, tuple[int, ...]], list[int]] = {}
    for index, (_credit, cap, fits) in enumerate(items):
        if fits:
            groups.setdefault((cap, fits), []).append(index)
    keys = list(groups)
    # Nodes: 0 source, 1 sink, then caps, groups, areas.
    cap_base = 2
    group_base = cap_base + len(cap_limits)
    area_base = group_base + len(keys)
    size = area_base + len(minimums)
    graph = _Graph(size)
    for c, limit in enumerate(cap_limits):
        graph.add(0, cap_base + c, limit)
    for g, (cap, fits) in enumerate(keys):
        credit = sum(items[i][0] for i in groups[(cap, fits)])
        graph.add(0 if cap < 0 else cap_base + cap, group_base + g, credit)
        for area in fits:
            graph.add(group_base + g, area_base + area, credit)
    # Areas join the sink one at a time, in the rule file's order, each followed by augmenting
    # paths: flow already reaching the sink is never taken back, so the result is still a
    # maximum flow and, among maximum flows, fills earlier areas first. Contested credit thus
    # goes to the same area whatever else is added, and a met area stays met.
    for area, minimum in enumerate(minimums):
        graph.add(area_base + area, 1, minimum)
        graph.max_flow(0, 1)
    covered = tuple(graph.flow_on(area_base + a, 1) for a in range(len(minimums)))
    placed: list[list[tuple[int, int]]] = [[] for _ in items]
    for g, key in enumerate(keys):
        cap, fits = key
        members = iter(groups[key])
        index = next(members)
        left = items[index][0]
        for area in fits:
            amount = graph.flow_on(group_base + g, area_base + area)
            while amount > 0:
                take = min(amount, left)
                if take:
                    placed[index].append((area, take))
                amount -= take
                left -= take
                if left == 0:
                    index = next(members, -1)
                    if index < 0:
                        break
                    left = items[index][0]
    return Allocation(covered, tuple(tuple(p) for p in placed))


class _Graph:
    """Edmonds–Karp max flow on a small dense graph with integer capacities."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.capacity = [[0] * size for _ in range(size)]
        self.original = [[0] * size for _ in range(size)]
        self.neighbours: list[set[int]] = [set() for _ in range(size)]

    def add(self, source: int, target: int, capacity: int) -> None:
        self.capacity[source][target] += capacity
        self.original[source][target] += capacity
        self.neighbours[source].add(target)
        self.neighbours[target].add(source)

    def flow_on(self, source: int, target: int) -> int:
        return self.original[source][target] - self.capacity[source][target]

    def max_flow(self, source: int, sink: int) -> int:
        total = 0
        while True:
            parent = [-1] * self.size
            parent[source] = source
            queue = deque([source])
            while queue and parent[sink] < 0:
                node = queue.popleft()
                for nxt in self.neighbours[node]:
                    if parent[nxt] < 0 and self.capacity[node][nxt] > 0:
                        parent[nxt] = node
                        queue.append(nxt)
            if parent[sink] < 0:
                return total
            bottleneck = None
            node = sink
            while node != source:
                prev = parent[node]
                room = self.capacity[prev][node]
                bottleneck = room if bottleneck is None else min(bottleneck, room)
                node = prev
            assert bottleneck is not None
            node = sink
            while node != source:
                prev = parent[node]
                self.capacity[prev][node] -= bottleneck
                self.capacity[node][prev] += bottleneck
                node = prev
            total += bottleneck
