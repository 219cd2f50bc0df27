"""``python -m followup_sync`` runs the same CLI as the ``followup-sync`` script."""

from followup_sync.cli import main

raise SystemExit(main())
