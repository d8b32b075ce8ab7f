"""``python -m bamtrachnhiem.cli``: the same command line as ``bamtrachnhiem-cli``."""

import sys

from bamtrachnhiem.cli.main import main

sys.exit(main())
