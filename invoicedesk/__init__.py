"""invoicedesk: every invoice from SendRegning, Telecom X, Buckaroo and ConnectID in one table."""

# The one source of the version: pyproject.toml, the PyInstaller spec, the .deb and the Windows
# installer all read it from here.
__version__ = "0.1.0"
APP_NAME = "invoicedesk"
#: The reverse-DNS application id: the .desktop file, the AppStream metainfo, the icon names, the
#: macOS bundle identifier and Qt's desktop file name (the Wayland app id) all use it.
APP_ID = "no.invoicedesk.InvoiceDesk"
