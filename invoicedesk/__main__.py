from invoicedesk.cli import main

raise SystemExit(main())
