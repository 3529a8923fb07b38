<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../sidebar.py" line="+81"/>
        <source>Log in again</source>
        <extracomment>a card shows this much of an error message; the tooltip has it all</extracomment>
        <translation>Log ind igen</translation>
    </message>
    <message>
        <source>● OK</source>
        <translation type="vanished">● OK</translation>
    </message>
    <message>
        <source>● Needs login</source>
        <translation type="vanished">● Kræver nyt login</translation>
    </message>
    <message>
        <source>● Error</source>
        <translation type="vanished">● Fejl</translation>
    </message>
    <message>
        <source>● Last sync cancelled</source>
        <translation type="vanished">● Seneste synkronisering blev annulleret</translation>
    </message>
    <message>
        <source>● Not synced yet</source>
        <translation type="vanished">● Ikke synkroniseret endnu</translation>
    </message>
    <message>
        <source>● Syncing… %1 of %2</source>
        <translation type="vanished">● Synkroniserer… %1 af %2</translation>
    </message>
    <message>
        <source>● Syncing… %1</source>
        <translation type="vanished">● Synkroniserer… %1</translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation type="vanished">● Synkroniserer…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs login</source>
        <translation>Kræver nyt login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync cancelled</source>
        <translation>Seneste synkronisering blev annulleret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Ikke synkroniseret endnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing… %1 of %2</source>
        <translation>Synkroniserer… %1 af %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing… %1</source>
        <translation>Synkroniserer… %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last sync %1</source>
        <translation>Senest synkroniseret %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never synced</source>
        <translation>Aldrig synkroniseret</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../dialogs/account_form.py" line="+78"/>
        <source>Advanced settings</source>
        <translation>Avancerede indstillinger</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Account name</source>
        <translation>Kontonavn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to use the provider&apos;s own server.</source>
        <translation>Lad feltet stå tomt for at bruge udbyderens egen server.</translation>
    </message>
    <message>
        <location filename="../dialogs/field_row.py" line="+49"/>
        <source>(not set)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certifikater (*.pem *.crt *.cer)</translation>
    </message>
</context>
<context>
    <name>AccountsSidebar</name>
    <message>
        <location filename="../sidebar.py" line="+31"/>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All accounts</source>
        <translation>Alle konti</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No accounts yet. Add one to see its invoices.</source>
        <translation>Ingen konti endnu. Tilføj en for at se dens fakturaer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account…</source>
        <translation>Tilføj konto…</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../dialogs/add_account.py" line="+93"/>
        <location line="+53"/>
        <source>Add account</source>
        <translation>Tilføj konto</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Provider</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No provider is installed.</source>
        <translation>Der er ingen udbydere installeret.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Still to fill in: {fields}.</source>
        <translation>Skal stadig udfyldes: {fields}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An account named “{name}” exists already.</source>
        <translation>Der findes allerede en konto med navnet »{name}«.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <location filename="../dialogs/browser_signin.py" line="+70"/>
        <source>Sign in with browser…</source>
        <translation>Log ind i browseren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not signed in yet.</source>
        <translation>Ikke logget ind endnu.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Waiting for the browser…</source>
        <translation>Venter på browseren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>If no browser window opened, open this address yourself:
{url}</source>
        <translation>Hvis der ikke åbnede sig et browservindue, kan du selv åbne denne adresse:
{url}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ Signed in.</source>
        <translation>✓ Logget ind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again…</source>
        <translation>Log ind igen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in cancelled.</source>
        <translation>Login blev annulleret.</translation>
    </message>
</context>
<context>
    <name>Buckaroo</name>
    <message>
        <location filename="../dialogs/provider_extras.py" line="+106"/>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracked invoices</source>
        <translation>Fulgte fakturaer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None yet. Buckaroo cannot list invoices: add the ones to follow.</source>
        <translation>Ingen endnu. Buckaroo kan ikke vise en liste over fakturaer: tilføj dem, der skal følges.</translation>
    </message>
</context>
<context>
    <name>ConnectID</name>
    <message>
        <location line="+27"/>
        <source>Sign-in</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole numbers separated by commas, e.g. 563457, 771204.</source>
        <translation>Heltal adskilt af kommaer, f.eks. 563457, 771204.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A whole number of months from 1 to 600.</source>
        <translation>Et helt antal måneder fra 1 til 600.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with the browser before saving the account.</source>
        <translation>Log ind i browseren, før du gemmer kontoen.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../dialogs/connection_test.py" line="+38"/>
        <source>Test connection</source>
        <translation>Test forbindelsen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Testing the connection…</source>
        <translation>Tester forbindelsen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✓ Connected: {summary}</source>
        <translation>✓ Forbundet: {summary}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../detail_tables.py" line="+120"/>
        <source>Wholesale/unit</source>
        <translation>Engrospris/enhed</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Enhedspris</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+23"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Succeeded</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Refundable</source>
        <translation>Kan refunderes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Refund</source>
        <translation>Refusion</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+11"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+11"/>
        <location line="+24"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Cost/unit</source>
        <translation>Kostpris/enhed</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Amount</source>
        <translation>Beløb</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="+83"/>
        <source>Select an invoice to see its lines, payments and more.</source>
        <extracomment>a short message for the status bar (e.g. a refused link)</extracomment>
        <translation>Vælg en faktura for at se linjer, betalinger og mere.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Open PDF</source>
        <translation>Åbn PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open payment link</source>
        <translation>Åbn betalingslink</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This link is not a web address, so it is not opened.</source>
        <translation>Dette link er ikke en webadresse, så det åbnes ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider gave no link for this invoice.</source>
        <translation>Udbyderen har ikke angivet et link til denne faktura.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused to open a link that is not a web address.</source>
        <translation>Afviste at åbne et link, der ikke er en webadresse.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Issued</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../detail_tables.py" line="-2"/>
        <source>Due</source>
        <translation>Forfaldsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../detail_tables.py" line="-30"/>
        <location line="+20"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../detail_tables.py" line="-19"/>
        <location line="+20"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../detail_tables.py" line="-19"/>
        <location line="+20"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delivery address</source>
        <translation>Leveringsadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../detail_tables.py" line="-38"/>
        <location line="+35"/>
        <location line="+36"/>
        <source>Description</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls shown even when empty in every row takes the spare width</extracomment>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our reference</source>
        <translation>Vores reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Deres reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order reference</source>
        <translation>Ordrereference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID</source>
        <translation>KID-nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider&apos;s id</source>
        <translation>Udbyderens id</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer %1</source>
        <translation>Tilbud %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net %1</source>
        <translation>Netto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %1</source>
        <translation>Moms %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total %1</source>
        <translation>I alt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer reference %1</source>
        <translation>Kundereference %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Credit notes</source>
        <translation>Kreditnotaer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transactions</source>
        <translation>Transaktioner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders</source>
        <translation>Rykkere</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider sent no lines or payments for this invoice.</source>
        <translation>Udbyderen sendte ingen linjer eller betalinger for denne faktura.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../dialogs/errors.py" line="+23"/>
        <source>Unexpected internal error ({name}); details are in the log file.</source>
        <translation>Uventet intern fejl ({name}); detaljerne står i logfilen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: {reason}</source>
        <translation>Ikke gemt: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the system keyring is running and unlocked (the desktop may ask for its password), then save again.</source>
        <translation>Kontrollér, at systemets nøglering kører og er låst op (skrivebordet kan bede om adgangskoden til den), og gem igen.</translation>
    </message>
    <message>
        <location filename="../app.py" line="+177"/>
        <source>Something went wrong ({kind}). The details are in the log file: {path}</source>
        <extracomment>the app icon, rendered from resources/icons/invoicedesk.svg by packaging/make_icons.py ``INVOICEDESK_STARTUP_REPORT=1`` prints one line on stdout once the main window first shows what the cache holds (&quot;startup: main window shown with N invoices&quot;); ``=quit`` also exits 0 right after. packaging/measure_start.py uses it to time a (frozen) cold start.</extracomment>
        <translation>Noget gik galt ({kind}). Detaljerne står i logfilen: {path}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../export_view.py" line="+81"/>
        <source>There are no invoices in the view to export.</source>
        <extracomment>(parent, caption, directory, filter) -&gt; (path, chosen filter); QFileDialog.getSaveFileName</extracomment>
        <translation>Der er ingen fakturaer i visningen at eksportere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV til regneark (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export invoices in view</source>
        <translation>Eksportér fakturaerne i visningen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Exported %1 invoices to %2</source>
        <translation>Eksporterede %1 fakturaer til %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed: %1</source>
        <translation>Eksporten mislykkedes: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../filter_bar.py" line="+48"/>
        <source>Search number, customer, description</source>
        <translation>Søg i nummer, kunde, beskrivelse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not paid)</source>
        <translation>Åbne (ikke betalt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forfalden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Ubetalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Delvist betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+64"/>
        <source>All providers and accounts</source>
        <translation>Alle udbydere og konti</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Any date</source>
        <translation>Alle datoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Tilpasset…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (all accounts)</source>
        <translation>%1 (alle konti)</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../columns.py" line="+57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Due</source>
        <translation>Forfaldsdato</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Issued</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Provider</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls sensible first-run widths in pixels (the header state remembers the user&apos;s own)</extracomment>
        <translation>Udbyder</translation>
    </message>
    <message>
        <location filename="../invoice_model.py" line="+376"/>
        <source>Telecom X has not given this invoice a number yet</source>
        <extracomment>the real value of a cell (Decimal, date, str) for sorting by callers the :class:`InvoiceRow` of a row roles a delegate asks for that this model never sets by row index, the rows the filter lets through (None: all, or not known)</extracomment>
        <translation>Telecom X har endnu ikke givet denne faktura et nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: %1 outstanding</source>
        <translation>Forfalden: %1 udestående</translation>
    </message>
</context>
<context>
    <name>InvoiceTableView</name>
    <message>
        <location filename="../invoice_view.py" line="+117"/>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset columns</source>
        <translation>Nulstil kolonner</translation>
    </message>
</context>
<context>
    <name>KeyringSave</name>
    <message>
        <location filename="../dialogs/keyring_save.py" line="+169"/>
        <source>Saving to the keyring…</source>
        <extracomment>after this long without an answer the line says that the keyring may be waiting for the user</extracomment>
        <translation>Gemmer i nøgleringen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Still waiting for the keyring… If the system asks you to unlock it, do so.</source>
        <translation>Venter stadig på nøgleringen… Lås den op, hvis systemet beder om det.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_actions.py" line="+58"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the invoices in view as CSV, Excel or JSON (Ctrl+E)</source>
        <translation>Gem fakturaerne i visningen som CSV, Excel eller JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Fetch new and changed invoices from every account (F5)</source>
        <translation>Hent nye og ændrede fakturaer fra alle konti (F5)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Clear search</source>
        <translation>Ryd søgningen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+58"/>
        <source>&amp;Sync</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls</extracomment>
        <translation>&amp;Synkronisér</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Full sync (fetch everything again)</source>
        <translation>&amp;Fuld synkronisering (hent alt igen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Export view…</source>
        <translation>&amp;Eksportér visningen…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuller synkronisering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Tilføj konto…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="+72"/>
        <source>invoicedesk — demo</source>
        <extracomment>how often a running sync&apos;s progress is shown, at most emitted each time a fresh snapshot of the cache is on screen the first rows are painted and their search and totals made: start-up is over</extracomment>
        <translation>invoicedesk — demo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invoicedesk</source>
        <translation>invoicedesk</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>This invoice is no longer cached.</source>
        <translation>Denne faktura er ikke længere gemt lokalt.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Could not read the invoice cache: %1</source>
        <translation>Kunne ikke læse de lokalt gemte fakturaer: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The selected invoice is not in the filtered view.</source>
        <translation>Den valgte faktura er ikke med i den filtrerede visning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected invoice is no longer in the cache.</source>
        <translation>Den valgte faktura findes ikke længere i cachen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 invoices</source>
        <translation>%1 fakturaer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 invoices</source>
        <translation>%1 af %2 fakturaer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add an account first: File → Add account…</source>
        <translation>Tilføj først en konto: Filer → Tilføj konto…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sync finished: %1 new, %2 changed, %3 gone</source>
        <translation>Synkronisering færdig: %1 nye, %2 ændrede, %3 forsvundet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 account(s) need attention</source>
        <translation>%1 konto(er) kræver opmærksomhed</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Passwords cannot be stored safely</source>
        <translation>Adgangskoder kan ikke gemmes sikkert</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../dialogs/plurals.py" line="+15"/>
        <source>%n invoice(s) or customer(s) followed</source>
        <translation>
            <numerusform>%n faktura eller kunde følges</numerusform>
            <numerusform>%n fakturaer eller kunder følges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n row(s) from {name}</source>
        <translation>
            <numerusform>Importerede %n række fra {name}</numerusform>
            <numerusform>Importerede %n rækker fra {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Skipped %n bad line(s):</source>
        <translation>
            <numerusform>Sprang %n ugyldig linje over:</numerusform>
            <numerusform>Sprang %n ugyldige linjer over:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderFields</name>
    <message>
        <location filename="../dialogs/fields.py" line="+65"/>
        <source>Account number</source>
        <extracomment>typed visibly although kept in the keyring (a login name is not a password)</extracomment>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ID</source>
        <translation>Kunde-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller ID</source>
        <translation>Forhandler-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee token</source>
        <translation>Medarbejdertoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website key</source>
        <translation>Webstedsnøgle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret key</source>
        <translation>Hemmelig nøgle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked invoices file (CSV)</source>
        <translation>Fil med fulgte fakturaer (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed answers</source>
        <translation>Signerede svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Klient-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Klienthemmelighed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address</source>
        <translation>Login-adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token address</source>
        <translation>Token-adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in type</source>
        <translation>Logintype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer numbers</source>
        <translation>Kundenumre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product codes</source>
        <translation>Produktkoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client authentication</source>
        <translation>Klientgodkendelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months to fetch</source>
        <translation>Måneder, der hentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>CA-certifikatfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login e-mail</source>
        <translation>Login-e-mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of your SendRegning account, e.g. 12345.</source>
        <translation>Nummeret på din SendRegning-konto, f.eks. 12345.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency of the amounts (Telecom X does not send one).</source>
        <translation>Valutaen for beløbene (Telecom X angiver ingen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this customer&apos;s invoices (optional).</source>
        <translation>Kun denne kundes fakturaer (valgfrit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices of this reseller&apos;s customers (optional).</source>
        <translation>Fakturaer til denne forhandlers kunder (valgfrit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An employee token from Telecom X, instead of a username and password.</source>
        <translation>En medarbejdertoken fra Telecom X i stedet for brugernavn og adgangskode.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown in Buckaroo Plaza under Settings › Websites.</source>
        <translation>Findes i Buckaroo Plaza under Settings › Websites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test uses Buckaroo&apos;s test environment.</source>
        <translation>Test bruger Buckaroos testmiljø.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in Buckaroo Plaza under Settings › Secret key.</source>
        <translation>Findes i Buckaroo Plaza under Settings › Secret key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file with the columns key, number and/or customer_id, read at every sync.</source>
        <translation>En CSV-fil med kolonnerne key, number og/eller customer_id, som læses ved hver synkronisering.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether an unsigned answer from Buckaroo is refused.</source>
        <translation>Om et usigneret svar fra Buckaroo skal afvises.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client ID ConnectID registered for invoicedesk.</source>
        <translation>Det klient-id, som ConnectID har registreret for invoicedesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed for server-to-server sign-in; optional otherwise.</source>
        <translation>Kræves ved server-til-server-login; ellers valgfri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server-to-server: comma-separated customer numbers to fetch.</source>
        <translation>Server-til-server: de kundenumre, der skal hentes, adskilt af kommaer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated; empty for all products.</source>
        <translation>Adskilt af kommaer; tomt for alle produkter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many months back invoices are fetched.</source>
        <translation>Hvor mange måneder tilbage fakturaer hentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for servers with a certificate from your own authority.</source>
        <translation>Kun til servere med et certifikat fra jeres egen udsteder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail you log in to Telecom X with.</source>
        <translation>Den e-mailadresse, du logger ind på Telecom X med.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail you log in to SendRegning with.</source>
        <translation>Den e-mailadresse, du logger ind på SendRegning med.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal sign-in in the browser</source>
        <translation>Personligt login i browseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server-to-server (client secret)</source>
        <translation>Server-til-server (klienthemmelighed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the form body</source>
        <translation>I formulardataene (form body)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the query string</source>
        <translation>I forespørgselsstrengen (query string)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when missing</source>
        <translation>Advar, når den mangler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Påkrævet</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../i18n.py" line="+58"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Markér alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-20"/>
        <source>OK</source>
        <extracomment>code -&gt; the language&apos;s own name (shown untranslated, so everyone finds their language) Babel locale per UI language, for money and dates other language tags that mean one of ours (Norwegian in general and Nynorsk read Bokmål)</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Anvend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Afbryd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorér</translation>
    </message>
</context>
<context>
    <name>ReloginDialog</name>
    <message>
        <location filename="../dialogs/login.py" line="+64"/>
        <source>Log in again – {name}</source>
        <translation>Log ind igen – {name}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Save</source>
        <extracomment>what a save cancelled halfway puts back (None: unreadable, so unknown)</extracomment>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{provider} no longer accepts the sign-in of “{name}”. Sign in again with the browser; the account is saved as soon as the sign-in succeeds.</source>
        <translation>{provider} accepterer ikke længere login for »{name}«. Log ind igen i browseren; kontoen gemmes, så snart login lykkes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{provider} refused the saved credentials of “{name}”. Enter them again.</source>
        <translation>{provider} afviste de gemte loginoplysninger for »{name}«. Indtast dem igen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings.py" line="+30"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System default ({language})</source>
        <translation>Systemstandard ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language is used from the next start of invoicedesk.</source>
        <translation>Det nye sprog bruges, næste gang invoicedesk startes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../sync_status.py" line="+20"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Syncing 1 account…</source>
        <translation>Synkroniserer 1 konto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing %1 accounts…</source>
        <translation>Synkroniserer %1 konti…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>TelecomX</name>
    <message>
        <location filename="../dialogs/provider_extras.py" line="-127"/>
        <source>Username and password</source>
        <translation>Brugernavn og adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee token</source>
        <translation>Medarbejdertoken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in with</source>
        <translation>Log ind med</translation>
    </message>
</context>
<context>
    <name>TotalsStrip</name>
    <message>
        <location filename="../totals.py" line="+97"/>
        <source>No invoices in view</source>
        <translation>Ingen fakturaer i visningen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forfalden</translation>
    </message>
</context>
<context>
    <name>TrackedInvoices</name>
    <message>
        <location filename="../dialogs/tracked_invoices.py" line="+44"/>
        <source>Invoice key</source>
        <translation>Fakturanøgle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ID</source>
        <translation>Kunde-id</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracked Buckaroo invoices</source>
        <translation>Fulgte Buckaroo-fakturaer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buckaroo cannot list your invoices, so invoicedesk follows the ones named here. A customer ID follows all invoices of that customer.</source>
        <translation>Buckaroo kan ikke vise en liste over dine fakturaer, så invoicedesk følger dem, der står her. Et kunde-id følger alle den kundes fakturaer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Follow by</source>
        <translation>Følg efter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV…</source>
        <translation>Importér CSV…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Row {row}: {problem}</source>
        <translation>Række {row}: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import tracked invoices</source>
        <translation>Importér fulgte fakturaer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} new</source>
        <translation>{count} nye</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {number}: {problem}</source>
        <translation>linje {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../dialogs/tracked_list.py" line="+33"/>
        <source>empty value</source>
        <translation>tom værdi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value cannot contain a comma</source>
        <translation>en værdi må ikke indeholde komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” is not a Buckaroo invoice key</source>
        <translation>»{value}« er ikke en Buckaroo-fakturanøgle</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} is not UTF-8 text; save it as “CSV UTF-8”.</source>
        <translation>{name} er ikke UTF-8-tekst; gem filen som »CSV UTF-8«.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read {name}: {reason}</source>
        <translation>Kan ikke læse {name}: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first line must name the columns: key, number and/or customer_id.</source>
        <translation>Første linje skal angive kolonnerne: key, number og/eller customer_id.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>more fields than the header has</source>
        <translation>flere felter end overskriftslinjen har</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no invoice key, number or customer id</source>
        <translation>ingen fakturanøgle, fakturanummer eller kunde-id</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../dialogs/validation.py" line="+36"/>
        <source>Required.</source>
        <translation>Skal udfyldes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a web address starting with https:// (or http://).</source>
        <translation>Indtast en webadresse, der begynder med https:// (eller http://).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Det ligner ikke en e-mailadresse (navn@eksempel.dk).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the account a name.</source>
        <translation>Giv kontoen et navn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use up to 64 letters, digits, spaces and . _ @ + - (no space at the start or end).</source>
        <translation>Brug op til 64 bogstaver, cifre, mellemrum og . _ @ + - (ikke mellemrum først eller sidst).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An account with this name exists already.</source>
        <translation>Der findes allerede en konto med dette navn.</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <location filename="../banner.py" line="+21"/>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../formatting.py" line="+131"/>
        <source>Paid</source>
        <extracomment>app language -&gt; Babel locale how providers are named on screen CLDR &quot;currencySpacing&quot;, which Babel does not apply: a currency code written as letters gets a no-break space next to the digits (&quot;NOK&#xa0;1,234.50&quot;, not &quot;NOK1,234.50&quot;) amount pattern without currency sign; format_currency still applies the currency&apos;s digits</extracomment>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Delvist betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Ubetalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forfalden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Rykker</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not yet numbered</source>
        <translation>endnu ikke nummereret</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
</TS>
