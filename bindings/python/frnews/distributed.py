"""Coverage on a Dask cluster: the same clusters, stories and merged
quotations as one machine, with the work per article done in parallel.

What runs where (and what is shuffled):

1. **Records, on the workers.** ``records(bag)`` maps each ``(id, text)``
   of a ``dask.bag`` to its coverage record (parse, quotations, signature,
   story terms): the costly part, linear in the articles, with no exchange
   between workers. A worker holds one partition's texts and records.
2. **Candidates by band key, shuffled.** Each record is emitted once per
   LSH band as ``(band key, record)`` (the band and its 64-bit key in one int); ``groupby`` on the key brings a
   bucket's records to one worker (the shuffle: 16 copies of each record,
   about 1 KB each, or only the bands and the 256-byte signature if the
   records are trimmed before). Each bucket is walked in the canonical
   order, every member compared with the bucket's representatives so far
   (exactly the rule of ``frn_coverage_build``), and joins ``(member,
   representative)`` come out: linear in a bucket's copies.
3. **Components, on the client.** The joins (two ids each, linear in the
   articles) are gathered and merged with a union-find into the duplicate
   clusters.
4. **Stories and merged quotations, on the client.** The records are
   gathered and built by the C library, which gives the single-machine
   answer by construction (its work is linear once copies are clusters);
   :func:`coverage` checks that its duplicate clusters equal those of
   step 3.

Point it at a real cluster with ``coverage(bag, client=Client("tcp://scheduler:8786"))``.
"""

import functools
from typing import Any, FrozenSet, List, Optional, Sequence

from . import coverage as _coverage
from .article import parse

__all__ = ["records", "duplicate_clusters", "coverage"]


def _record_of(item):
    id, text = item
    return _coverage.coverage_record(id, parse(text))


def records(bag: Any) -> Any:
    """A bag of coverage records (bytes) from a bag of ``(id, text)``."""
    return bag.map(_record_of)


def _band_items(record):
    # One int per (band, key): a tuple key would reach groupby as a list
    # (unhashable) after the disk shuffle of Dask's local schedulers.
    return [((band << 64) | key, record)
            for band, key in enumerate(_coverage.record_band_keys(record))]


def _bucket_joins(bucket, threshold):
    """The joins of one bucket: members in canonical order, each compared
    with the representatives so far, joined to each it reaches."""
    (_key, members) = bucket
    members = sorted(members, key=functools.cmp_to_key(_coverage.compare_records))
    representatives, joins = [], []
    for member in members:
        matched = False
        for rep in representatives:
            if _coverage.record_similarity(member, rep) >= threshold:
                joins.append((_coverage.record_id(member), _coverage.record_id(rep)))
                matched = True
        if not matched:
            representatives.append(member)
    return joins


def _components(ids, joins):
    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in joins:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups = {}
    for i in ids:
        groups.setdefault(find(i), set()).add(i)
    return sorted((frozenset(g) for g in groups.values() if len(g) > 1), key=min)


def duplicate_clusters(record_bag: Any, ids: Sequence[str], threshold: float = 0.5,
                       client: Optional[Any] = None) -> List[FrozenSet[str]]:
    """The duplicate clusters (frozensets of ids, two or more each) of a bag
    of records, by the bucket rule on the cluster. Article ids must be
    unique."""
    joins = (record_bag.map(_band_items).flatten()
             .groupby(lambda item: item[0])
             .map(lambda group: (group[0], [record for _key, record in group[1]]))
             .map(_bucket_joins, threshold).flatten())
    joins = client.compute(joins).result() if client is not None else joins.compute()
    return _components(ids, joins)


def coverage(bag: Any, client: Optional[Any] = None, duplicate_threshold: float = 0.5,
             **thresholds: Any) -> "_coverage.Coverage":
    """Coverage of a bag of ``(id, text)``: records on the workers, the
    duplicate clusters from the shuffled band buckets, stories and merged
    quotations built on the client from the records. Returns a built
    :class:`frnews.Coverage` (records added in id order); raises
    AssertionError if the cluster's duplicate clusters differ from the
    build's (they never should: the rule is the same)."""
    record_bag = records(bag).persist() if client is None else client.persist(records(bag))
    gathered = client.compute(record_bag).result() if client is not None else record_bag.compute()
    gathered.sort(key=_coverage.record_id)
    ids = [_coverage.record_id(r) for r in gathered]
    if len(set(ids)) != len(ids):
        raise ValueError("article ids must be unique")
    clusters = duplicate_clusters(record_bag, ids, duplicate_threshold, client)
    built = _coverage.Coverage(duplicate_threshold=duplicate_threshold, **thresholds)
    for record in gathered:
        built.add_record(record)
    built.build()
    local = sorted((frozenset(c.ids) for c in built.duplicate_clusters), key=min)
    assert local == clusters, "the cluster's duplicate clusters differ from the build's"
    return built
