"""The understanding package's unit tests share the phrase suite's projects (tests/agent)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
