"""frnews.distributed on a real Dask LocalCluster of two worker processes:
the same duplicate clusters, stories and merged quotations as one machine."""

import os

import pytest

import frnews

# Under the sanitizer build the ASan runtime is preloaded into every
# process, Dask's workers and nanny included: that run checks the C code,
# the plain build runs the cluster.
pytestmark = pytest.mark.skipif("libasan" in os.environ.get("LD_PRELOAD", ""),
                                reason="a Dask cluster under the preloaded ASan runtime")

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
from frnews import distributed as frn_distributed  # noqa: E402


def _collection(sample_paths):
    """The five samples, and copies of two of them lightly edited."""
    items = [(path.stem[:3], path.read_text(encoding="utf-8")) for path in sample_paths]
    first, second = items[0][1], items[1][1]
    paragraphs = second.split("\n\n")
    items.append(("000-copy", first.replace("\u201c", '"').replace("\u201d", '"')))
    items.append(("001-cut", "\n\n".join(paragraphs[:5] + paragraphs[6:])))
    items.append(("001-copy", second))
    return items


def _describe(coverage):
    clusters = sorted(sorted(c.ids) for c in coverage.duplicate_clusters)
    stories = sorted(sorted(s.ids) for s in coverage.stories)
    quotes = sorted((q.speaker or "", q.text, tuple(sorted((s.id, s.start, s.variant) for s in q.sources)))
                    for q in coverage.quotes)
    return clusters, stories, quotes


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_two_worker_processes_give_the_single_machine_answer(client, sample_paths):
    items = _collection(sample_paths)
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2
    built = frn_distributed.coverage(dask_bag.from_sequence(items, npartitions=4), client=client)
    with frnews.Coverage() as local:
        for id, text in reversed(items):
            local.add(id, frnews.parse(text))
        local.build()
        assert _describe(built) == _describe(local)
    clusters, stories, quotes = _describe(built)
    assert ["000", "000-copy"] in clusters
    assert ["001", "001-copy", "001-cut"] in clusters
    assert len(stories) == 1


def test_band_buckets_alone_find_the_clusters(client, sample_paths):
    items = _collection(sample_paths)
    records = frn_distributed.records(dask_bag.from_sequence(items, npartitions=3))
    ids = sorted(id for id, _ in items)
    clusters = frn_distributed.duplicate_clusters(records, ids, client=client)
    assert frozenset({"000", "000-copy"}) in clusters
    assert frozenset({"001", "001-copy", "001-cut"}) in clusters


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_without_a_client_dask_local_schedulers_give_the_same_answer(sample_paths, scheduler):
    # Their groupby shuffles through partd, which gave tuple keys back as
    # lists: the band keys must survive it.
    import dask
    items = _collection(sample_paths)
    with dask.config.set(scheduler=scheduler):
        built = frn_distributed.coverage(dask_bag.from_sequence(items, npartitions=3))
    with frnews.Coverage() as local:
        for id, text in items:
            local.add(id, frnews.parse(text))
        local.build()
        assert _describe(built) == _describe(local)
    built.close()
