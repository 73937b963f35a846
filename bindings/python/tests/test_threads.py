"""Threads: one context each, the GIL released, results as in serial."""

import threading

import frnews
from frnews import _context


def _summary(article):
    return (article.title, article.paragraphs, article.quotes)


def _run_in_threads(count, work):
    results = [None] * count
    failures = []
    start = threading.Barrier(count)

    def body(slot):
        try:
            start.wait()
            results[slot] = work(slot)
        except BaseException as error:  # reported by the main thread
            failures.append(error)

    threads = [threading.Thread(target=body, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures, failures
    return results


def test_concurrent_parses_match_serial_parses(sample_paths):
    texts = [path.read_text(encoding="utf-8") for path in sample_paths]
    serial = [_summary(frnews.parse(text)) for text in texts]

    def parse_all_rounds(slot):
        # Each thread walks the samples from a different start, three times.
        order = [(slot + i) % len(texts) for i in range(3 * len(texts))]
        return [(i, _summary(frnews.parse(texts[i]))) for i in order]

    for results in _run_in_threads(4, parse_all_rounds):
        for i, summary in results:
            assert summary == serial[i]


def test_each_thread_has_its_own_context():
    held = threading.Barrier(2)

    def context_address(slot):
        address = int(_context.current())
        held.wait()  # both threads alive: their contexts coexist
        return address

    first, second = _run_in_threads(2, context_address)
    assert first != second


def test_a_failure_in_one_thread_does_not_disturb_another(seed_text):
    expected = _summary(frnews.parse(seed_text))

    def work(slot):
        if slot % 2:
            try:
                frnews.parse(b"bad \xff bytes")
            except frnews.Utf8Error as error:
                return error.position
            return None
        return _summary(frnews.parse(seed_text))

    results = _run_in_threads(4, work)
    assert results[1] == results[3] == 4
    assert results[0] == results[2] == expected


def _wrapper_call_site(wrapper, function):
    """The lines of the generated wrapper around its call of `function`."""
    lines = wrapper.splitlines()
    calls = [i for i, line in enumerate(lines) if f"{function}(" in line and "result =" in line]
    assert len(calls) == 1, function
    return lines[calls[0] - 3:calls[0] + 4]


def test_long_calls_release_the_gil_and_short_ones_keep_it():
    # The shipped SWIG wrapper beside the tests in the source tree.
    import pathlib
    wrapper = (pathlib.Path(__file__).resolve().parent.parent / "frnews_wrap.c").read_text()
    assert "#define SWIG_PYTHON_THREADS" in wrapper
    for function in ("frn_article_parse", "frn_quote_list_extract", "frn_coverage_add",
                     "frn_coverage_add_record", "frn_coverage_build", "frn_coverage_query_new",
                     "frn_coverage_record_new", "frn_coverage_record_decode", "frn_store_open",
                     "frn_store_put", "frn_store_load", "frn_store_commit",
                     "frn_store_evict_before", "frn_store_save_results"):
        around = "\n".join(_wrapper_call_site(wrapper, function))
        assert "SWIG_PYTHON_THREAD_BEGIN_ALLOW" in around, function
        assert "SWIG_PYTHON_THREAD_END_ALLOW" in around, function
    around = "\n".join(_wrapper_call_site(wrapper, "frn_article_get_title"))
    assert "SWIG_PYTHON_THREAD_BEGIN_ALLOW" not in around


def test_coverages_built_in_threads_match_a_serial_build(sample_paths):
    texts = [path.read_text(encoding="utf-8") for path in sample_paths]

    def build(_slot):
        with frnews.Coverage() as coverage:
            for i, text in enumerate(texts):
                coverage.add(str(i), frnews.parse(text))
            coverage.build()
            return coverage.stories, coverage.quotes

    serial = build(0)
    assert serial[1], "the samples share quotations"
    for result in _run_in_threads(3, build):
        assert result == serial
