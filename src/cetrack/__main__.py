"""`python -m cetrack` runs the command line, as the `cetrack` script does."""

import sys

from cetrack.cli import main

sys.exit(main())
