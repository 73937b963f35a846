"""What every result value shares: a plain-data form for JSON and pandas."""

import dataclasses
from typing import Any, Dict


def plain(value: Any) -> Any:
    """value as JSON-ready data: dataclasses become dicts, tuples lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.to_dict() if hasattr(value, "to_dict") else {
            field.name: plain(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


class Value:
    """Mixin of the frozen dataclass results: :meth:`to_dict`."""

    def to_dict(self) -> Dict[str, Any]:
        """The fields as a dict of plain data (str, int, float, None, lists
        and dicts), ready for ``json.dumps`` or a DataFrame row."""
        return {field.name: plain(getattr(self, field.name))
                for field in dataclasses.fields(self)}


def shorten(text: Any, width: int = 60) -> str:
    """repr of a str cut to about width characters, for readable reprs."""
    if isinstance(text, str) and len(text) > width:
        text = text[:width - 1] + "\u2026"
    return repr(text)
