#!/usr/bin/env python3
"""Coverage of a folder of articles on a Dask cluster.

    coverage_dask.py DIR [SCHEDULER]

Without SCHEDULER a LocalCluster of two worker processes is started; with
one (tcp://host:8786) the work goes to that cluster. Prints the stories,
the duplicate clusters and the quotations printed by more than one
article, with how each printing differs from the canonical text.
"""

import pathlib
import sys

import dask.bag
import distributed

from frnews import distributed as frn_distributed


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        print("usage: coverage_dask.py DIR [SCHEDULER]", file=sys.stderr)
        return 2
    items = [(path.stem, path.read_text(encoding="utf-8"))
             for path in sorted(pathlib.Path(argv[1]).glob("*.txt"))]
    cluster = None
    if len(argv) == 3:
        client = distributed.Client(argv[2])
    else:
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                           dashboard_address=None)
        client = distributed.Client(cluster)
    try:
        bag = dask.bag.from_sequence(items, npartitions=max(1, len(items) // 2))
        with frn_distributed.coverage(bag, client=client) as coverage:
            for story in coverage.stories:
                print("story:", " ".join(story.ids))
            for cluster_ in coverage.duplicate_clusters:
                print("copies of", cluster_.representative_id + ":", " ".join(cluster_.ids))
            for quote in coverage.quotes:
                if len(quote) > 1:
                    print(f"{quote.speaker}: {quote.text[:70]}")
                    for source in quote.sources:
                        print(f"    {source.id} {source.variant}"
                              + (f" {source.diff}" if source.diff else ""))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
