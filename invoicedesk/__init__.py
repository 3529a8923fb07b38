"""invoicedesk: every invoice from SendRegning, Telecom X, Buckaroo and ConnectID in one table."""

__version__ = "0.1.0"
APP_NAME = "invoicedesk"
