"""`python -m auditor` behaves exactly like the `service-auditor` command."""

import sys

from auditor.launch import main

if __name__ == "__main__":
    sys.exit(main())
