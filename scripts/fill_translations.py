"""Fill unfinished entries of a .ts file from a JSON dictionary {source: translation}.

Usage: python scripts/fill_translations.py translations/bamtrachnhiem_vi.ts new-strings.json
Handy when many new strings arrive at once; Qt Linguist does the same one by one.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, table: dict[str, str]) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or source not in table:
            continue
        if translation.get("type") == "unfinished" or not translation.text:
            translation.text = table[source]
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    ts_path, json_path = Path(sys.argv[1]), Path(sys.argv[2])
    table = json.loads(json_path.read_text(encoding="utf-8"))
    print(f"filled {fill(ts_path, table)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
