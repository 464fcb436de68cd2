"""Report ids never collide silently (#14). A file's name gives its id ('Báo cáo quý 1.md' and
'bao-cao-quy-1.txt' both give 'bao-cao-quy-1'). Rule:
- same content as the report holding the id: that id (re-indexing is "unchanged");
- from the command line, the same file name as that report (an edited copy): that id ("updated");
- `replace=True` (`index --replace`): that id, whatever it holds;
- otherwise (another file, or any upload with new content): the first free 'id-2', 'id-3'…
  An upload therefore never replaces a report: the user deletes the old one if the new is its successor."""
from __future__ import annotations

from .catalog import Catalog
from .models import Report


def assign(catalog: Catalog, report: Report, replace: bool = False, same_name_updates: bool = True) -> str | None:
    """Sets report.id to the id it may take; returns the id it was moved away from, if any."""
    wanted = report.id
    for n in range(1, 1000):
        rid = wanted if n == 1 else f"{wanted}-{n}"
        held = catalog.report_origin(rid)
        if held is None:
            break
        content_hash, source_name = held
        if content_hash == report.content_hash or (n == 1 and replace):
            break
        if same_name_updates and source_name == report.source_name:
            break
    else:  # a thousand files of one name: the last one is replaced rather than loop forever
        rid = f"{wanted}-999"
    report.id = rid
    return wanted if rid != wanted else None
