"""The demo world: a made-up district union, its branches with a year of data, their packets.

Benchmarks and first-time users try the app on it; ``bamtrachnhiem-cli demo`` and the
first-run wizard build it. Like ``cli/`` and ``gui/``, this package is a client of the
services (through ``bootstrap``): it writes nothing itself, every record goes through the
service a user's action would call, at the moment of the simulated year it happens.

- ``records``: what is asked for (``DemoSpec``) and what was built (``DemoWorld``), the
  fixed folder layout;
- ``vocabulary``: the Vietnamese names, places and texts the records are made of;
- ``world``: the district, the folder, the branches built in parallel;
- ``branch``: one branch's year;
- ``commendations``: the district's year-end round, decision and certificates
  (``run_commendations``, run by ``demo --full``).
- ``explore``: the world made ready to explore in the app (the district's packets merged,
  ``EXPLORE_STEPS`` for what later features add), and the marker that says it is a demo.
"""

from bamtrachnhiem.demo.explore import (
    DEMO_MARKER,
    EXPLORE_STEPS,
    demo_folder_of,
    is_demo_file,
    prepare_for_exploring,
)
from bamtrachnhiem.demo.records import (
    BRANCHES_DIR,
    DEFAULT_SEED,
    MAX_MEMBERS_PER_UNIT,
    MAX_UNITS,
    PACKETS_DIR,
    UPPER_DB,
    DemoBranch,
    DemoExport,
    DemoSpec,
    DemoWorld,
    demo_period,
)
from bamtrachnhiem.demo.vocabulary import UPPER_UNIT
from bamtrachnhiem.demo.world import build_world

__all__ = [
    "BRANCHES_DIR",
    "DEFAULT_SEED",
    "DEMO_MARKER",
    "EXPLORE_STEPS",
    "MAX_MEMBERS_PER_UNIT",
    "MAX_UNITS",
    "PACKETS_DIR",
    "UPPER_DB",
    "UPPER_UNIT",
    "DemoBranch",
    "DemoExport",
    "DemoSpec",
    "DemoWorld",
    "build_world",
    "demo_folder_of",
    "demo_period",
    "is_demo_file",
    "prepare_for_exploring",
]
