"""Results as pandas DataFrames, for the tables people want.

pandas is imported only when a frame is asked for, so the package works
without it; asking then raises ImportError saying how to install it.
"""

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Tuple, Union

from .article import Article

if TYPE_CHECKING:  # pragma: no cover
    import pandas
    from .coverage import Coverage

__all__ = ["quotes_frame", "articles_frame"]

Articles = Union[Iterable[Article], Mapping[str, Article]]
"""Articles, as an iterable (named by their position) or a mapping from id."""

_PANDAS_MISSING = ("frnews: DataFrames need pandas, which is not installed "
                   "(Debian: apt-get install python3-pandas); the results themselves "
                   "work without it: see to_dict()")


def _pandas():
    try:
        import pandas
    except ImportError as error:
        raise ImportError(_PANDAS_MISSING) from error
    return pandas


def _named(articles: Articles) -> List[Tuple[Any, Article]]:
    if isinstance(articles, Mapping):
        return list(articles.items())
    return list(enumerate(articles))


def _frame(rows: List[Dict[str, Any]], columns: List[str]) -> "pandas.DataFrame":
    return _pandas().DataFrame(rows, columns=columns)


_QUOTE_COLUMNS = ["article", "title", "site", "published", "speaker", "text", "type",
                  "mention", "role", "cue", "confidence", "start", "end", "char_start",
                  "char_end"]


def quotes_frame(articles: Articles) -> "pandas.DataFrame":
    """One row per quotation of the articles, in article then text order:
    the article (its id for a mapping, else its position), its title, site
    and publication date, and the quotation's speaker, text, type, mention,
    role, cue, confidence and offsets (bytes and characters)."""
    rows = []
    for name, article in _named(articles):
        for quote in article.quotes:
            rows.append({"article": name, "title": article.title, "site": article.site,
                         "published": article.published,
                         **{column: getattr(quote, column) for column in _QUOTE_COLUMNS[4:]}})
    return _frame(rows, _QUOTE_COLUMNS)


_ARTICLE_COLUMNS = ["article", "title", "authors", "published", "modified", "site",
                    "language", "canonical_url", "section", "format", "paragraphs",
                    "quotes", "characters", "text"]


def articles_frame(articles: Articles) -> "pandas.DataFrame":
    """One row per article: its name (id or position), metadata, the
    number of paragraphs and quotations, the body's length in characters
    and the body text. Authors are one str joined by "; "."""
    rows = []
    for name, article in _named(articles):
        rows.append({"article": name, "title": article.title,
                     "authors": "; ".join(article.authors), "published": article.published,
                     "modified": article.modified, "site": article.site,
                     "language": article.language, "canonical_url": article.canonical_url,
                     "section": article.section, "format": article.format,
                     "paragraphs": len(article.paragraphs), "quotes": len(article.quotes),
                     "characters": len(article.text), "text": article.text})
    return _frame(rows, _ARTICLE_COLUMNS)


_SOURCE_COLUMNS = ["quote", "text", "speaker", "outlets", "article", "id", "published",
                   "is_first", "source_text", "source_speaker", "variant", "diff", "start",
                   "end", "char_start", "char_end"]


def coverage_quotes_frame(coverage: "Coverage") -> "pandas.DataFrame":
    """One row per printing of each merged quotation (Coverage.quotes_frame):
    the quotation's number, canonical text and speaker, how many articles
    printed it (``outlets``), then the printing's article (index and
    ``id``), publication date, whether it is the earliest dated printing
    (``is_first``), its own text and speaker, how it differs (``variant``,
    ``diff``) and its offsets in that article."""
    rows = []
    for number, quote in enumerate(coverage.quotes):
        outlets = len({source.article for source in quote.sources})
        for source in quote.sources:
            rows.append({"quote": number, "text": quote.text, "speaker": quote.speaker,
                         "outlets": outlets, "article": source.article, "id": source.id,
                         "published": source.published, "is_first": source is quote.first,
                         "source_text": source.text, "source_speaker": source.speaker,
                         "variant": source.variant, "diff": source.diff,
                         "start": source.start, "end": source.end,
                         "char_start": source.char_start, "char_end": source.char_end})
    return _frame(rows, _SOURCE_COLUMNS)


def coverage_stories_frame(coverage: "Coverage") -> "pandas.DataFrame":
    """One row per article of each story (Coverage.stories_frame): the
    story, the article's index and id, its duplicate cluster (or None) and
    whether it is that cluster's representative."""
    cluster_of, representatives = {}, set()
    for number, cluster in enumerate(coverage.duplicate_clusters):
        representatives.add(cluster.representative)
        for article in cluster.articles:
            cluster_of[article] = number
    rows = [{"story": number, "article": article, "id": id,
             "cluster": cluster_of.get(article), "representative": article in representatives}
            for number, story in enumerate(coverage.stories)
            for article, id in zip(story.articles, story.ids)]
    return _frame(rows, ["story", "article", "id", "cluster", "representative"])
