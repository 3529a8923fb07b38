"""Account dialogs: add an account, log in again, Buckaroo's tracked invoices."""
