<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../sidebar.py" line="+81"/>
        <source>Log in again</source>
        <extracomment>a card shows this much of an error message; the tooltip has it all</extracomment>
        <translation>Logg inn på nytt</translation>
    </message>
    <message>
        <source>● OK</source>
        <translation type="vanished">● OK</translation>
    </message>
    <message>
        <source>● Needs login</source>
        <translation type="vanished">● Må logge inn på nytt</translation>
    </message>
    <message>
        <source>● Error</source>
        <translation type="vanished">● Feil</translation>
    </message>
    <message>
        <source>● Last sync cancelled</source>
        <translation type="vanished">● Siste synkronisering ble avbrutt</translation>
    </message>
    <message>
        <source>● Not synced yet</source>
        <translation type="vanished">● Ikke synkronisert ennå</translation>
    </message>
    <message>
        <source>● Syncing… %1 of %2</source>
        <translation type="vanished">● Synkroniserer… %1 av %2</translation>
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
        <translation>Må logge inn på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync cancelled</source>
        <translation>Siste synkronisering ble avbrutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Ikke synkronisert ennå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing… %1 of %2</source>
        <translation>Synkroniserer… %1 av %2</translation>
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
        <translation>Sist synkronisert %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never synced</source>
        <translation>Aldri synkronisert</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../dialogs/account_form.py" line="+78"/>
        <source>Advanced settings</source>
        <translation>Avanserte innstillinger</translation>
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
        <translation>La stå tomt for å bruke leverandørens egen server.</translation>
    </message>
    <message>
        <location filename="../dialogs/field_row.py" line="+49"/>
        <source>(not set)</source>
        <translation>(ikke angitt)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
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
        <translation>Sertifikater (*.pem *.crt *.cer)</translation>
    </message>
</context>
<context>
    <name>AccountsSidebar</name>
    <message>
        <location filename="../sidebar.py" line="+31"/>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All accounts</source>
        <translation>Alle kontoer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No accounts yet. Add one to see its invoices.</source>
        <translation>Ingen kontoer ennå. Legg til en for å se fakturaene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account…</source>
        <translation>Legg til konto…</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../dialogs/add_account.py" line="+93"/>
        <location line="+53"/>
        <source>Add account</source>
        <translation>Legg til konto</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Provider</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No provider is installed.</source>
        <translation>Ingen leverandører er installert.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Still to fill in: {fields}.</source>
        <translation>Må fortsatt fylles ut: {fields}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>An account named “{name}” exists already.</source>
        <translation>Det finnes allerede en konto med navnet «{name}».</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <location filename="../dialogs/browser_signin.py" line="+70"/>
        <source>Sign in with browser…</source>
        <translation>Logg inn i nettleseren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not signed in yet.</source>
        <translation>Ikke logget inn ennå.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Waiting for the browser…</source>
        <translation>Venter på nettleseren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>If no browser window opened, open this address yourself:
{url}</source>
        <translation>Hvis det ikke åpnet seg et nettleservindu, kan du åpne denne adressen selv:
{url}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ Signed in.</source>
        <translation>✓ Logget inn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again…</source>
        <translation>Logg inn på nytt…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in cancelled.</source>
        <translation>Innloggingen ble avbrutt.</translation>
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
        <translation>Ingen ennå. Buckaroo kan ikke liste opp fakturaer: legg til dem som skal følges.</translation>
    </message>
</context>
<context>
    <name>ConnectID</name>
    <message>
        <location line="+27"/>
        <source>Sign-in</source>
        <translation>Innlogging</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole numbers separated by commas, e.g. 563457, 771204.</source>
        <translation>Heltall skilt med komma, f.eks. 563457, 771204.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A whole number of months from 1 to 600.</source>
        <translation>Et helt antall måneder fra 1 til 600.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in with the browser before saving the account.</source>
        <translation>Logg inn i nettleseren før du lagrer kontoen.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../dialogs/connection_test.py" line="+38"/>
        <source>Test connection</source>
        <translation>Test tilkoblingen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Testing the connection…</source>
        <translation>Tester tilkoblingen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>✓ Connected: {summary}</source>
        <translation>✓ Tilkoblet: {summary}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../detail_tables.py" line="+120"/>
        <source>Wholesale/unit</source>
        <translation>Engrospris/enhet</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>VAT rate</source>
        <translation>MVA-sats</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Enhetspris</translation>
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
        <translation>Vellykket</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Refundable</source>
        <translation>Kan tilbakebetales</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Refund</source>
        <translation>Tilbakebetaling</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Quantity</source>
        <translation>Antall</translation>
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
        <translation>Lenke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
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
        <translation>Kostpris/enhet</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="+83"/>
        <source>Select an invoice to see its lines, payments and more.</source>
        <extracomment>a short message for the status bar (e.g. a refused link)</extracomment>
        <translation>Velg en faktura for å se linjer, betalinger og mer.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Open PDF</source>
        <translation>Åpne PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open payment link</source>
        <translation>Åpne betalingslenke</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This link is not a web address, so it is not opened.</source>
        <translation>Denne lenken er ikke en nettadresse, så den åpnes ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider gave no link for this invoice.</source>
        <translation>Leverandøren oppga ingen lenke for denne fakturaen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused to open a link that is not a web address.</source>
        <translation>Nektet å åpne en lenke som ikke er en nettadresse.</translation>
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
        <translation>Forfallsdato</translation>
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
        <translation>MVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../detail_tables.py" line="-19"/>
        <location line="+20"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Utestående</translation>
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
        <translation>Vår referanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Deres referanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order reference</source>
        <translation>Ordrereferanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider&apos;s id</source>
        <translation>Leverandørens ID</translation>
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
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
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
        <translation>MVA %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total %1</source>
        <translation>Totalt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer reference %1</source>
        <translation>Kundereferanse %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Credit notes</source>
        <translation>Kreditnotaer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transactions</source>
        <translation>Transaksjoner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders</source>
        <translation>Purringer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider sent no lines or payments for this invoice.</source>
        <translation>Leverandøren sendte ingen linjer eller betalinger for denne fakturaen.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../dialogs/errors.py" line="+23"/>
        <source>Unexpected internal error ({name}); details are in the log file.</source>
        <translation>Uventet intern feil ({name}); detaljene står i loggfilen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: {reason}</source>
        <translation>Ikke lagret: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the system keyring is running and unlocked (the desktop may ask for its password), then save again.</source>
        <translation>Kontroller at systemets nøkkelring kjører og er låst opp (skrivebordet kan be om passordet til den), og lagre på nytt.</translation>
    </message>
    <message>
        <location filename="../app.py" line="+177"/>
        <source>Something went wrong ({kind}). The details are in the log file: {path}</source>
        <extracomment>the app icon, rendered from resources/icons/invoicedesk.svg by packaging/make_icons.py ``INVOICEDESK_STARTUP_REPORT=1`` prints one line on stdout once the main window first shows what the cache holds (&quot;startup: main window shown with N invoices&quot;); ``=quit`` also exits 0 right after. packaging/measure_start.py uses it to time a (frozen) cold start.</extracomment>
        <translation>Noe gikk galt ({kind}). Detaljene står i loggfilen: {path}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../export_view.py" line="+81"/>
        <source>There are no invoices in the view to export.</source>
        <extracomment>(parent, caption, directory, filter) -&gt; (path, chosen filter); QFileDialog.getSaveFileName</extracomment>
        <translation>Det er ingen fakturaer i visningen å eksportere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for regneark (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export invoices in view</source>
        <translation>Eksporter fakturaene i visningen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Exported %1 invoices to %2</source>
        <translation>Eksporterte %1 fakturaer til %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed: %1</source>
        <translation>Eksporten mislyktes: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../filter_bar.py" line="+48"/>
        <source>Search number, customer, description</source>
        <translation>Søk i nummer, kunde, beskrivelse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not paid)</source>
        <translation>Åpne (ikke betalt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Ubetalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Delvis betalt</translation>
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
        <translation>Alle leverandører og kontoer</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Any date</source>
        <translation>Alle datoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Egendefinert…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (all accounts)</source>
        <translation>%1 (alle kontoer)</translation>
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
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>VAT</source>
        <translation>MVA</translation>
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
        <translation>Forfallsdato</translation>
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
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../invoice_model.py" line="+376"/>
        <source>Telecom X has not given this invoice a number yet</source>
        <extracomment>the real value of a cell (Decimal, date, str) for sorting by callers the :class:`InvoiceRow` of a row roles a delegate asks for that this model never sets by row index, the rows the filter lets through (None: all, or not known)</extracomment>
        <translation>Telecom X har ikke gitt denne fakturaen et nummer ennå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: %1 outstanding</source>
        <translation>Forfalt: %1 utestående</translation>
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
        <translation>Tilbakestill kolonner</translation>
    </message>
</context>
<context>
    <name>KeyringSave</name>
    <message>
        <location filename="../dialogs/keyring_save.py" line="+169"/>
        <source>Saving to the keyring…</source>
        <extracomment>after this long without an answer the line says that the keyring may be waiting for the user</extracomment>
        <translation>Lagrer i nøkkelringen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Still waiting for the keyring… If the system asks you to unlock it, do so.</source>
        <translation>Venter fortsatt på nøkkelringen… Lås den opp hvis systemet ber om det.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_actions.py" line="+58"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the invoices in view as CSV, Excel or JSON (Ctrl+E)</source>
        <translation>Lagre fakturaene i visningen som CSV, Excel eller JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Fetch new and changed invoices from every account (F5)</source>
        <translation>Hent nye og endrede fakturaer fra alle kontoer (F5)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Clear search</source>
        <translation>Tøm søket</translation>
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
        <translation>&amp;Synkroniser</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Full sync (fetch everything again)</source>
        <translation>&amp;Full synkronisering (hent alt på nytt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Export view…</source>
        <translation>&amp;Eksporter visningen…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Avbryt synkronisering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Legg til konto…</translation>
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
        <translation>Denne fakturaen er ikke lenger lagret lokalt.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Could not read the invoice cache: %1</source>
        <translation>Kunne ikke lese de lokalt lagrede fakturaene: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The selected invoice is not in the filtered view.</source>
        <translation>Den valgte fakturaen er ikke med i den filtrerte visningen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected invoice is no longer in the cache.</source>
        <translation>Den valgte fakturaen finnes ikke lenger i hurtiglageret.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 invoices</source>
        <translation>%1 fakturaer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 invoices</source>
        <translation>%1 av %2 fakturaer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add an account first: File → Add account…</source>
        <translation>Legg til en konto først: Fil → Legg til konto…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sync finished: %1 new, %2 changed, %3 gone</source>
        <translation>Synkronisering ferdig: %1 nye, %2 endret, %3 borte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 account(s) need attention</source>
        <translation>%1 konto(er) trenger oppfølging</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Passwords cannot be stored safely</source>
        <translation>Passord kan ikke lagres trygt</translation>
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
            <numerusform>Importerte %n rad fra {name}</numerusform>
            <numerusform>Importerte %n rader fra {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Skipped %n bad line(s):</source>
        <translation>
            <numerusform>Hoppet over %n ugyldig linje:</numerusform>
            <numerusform>Hoppet over %n ugyldige linjer:</numerusform>
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
        <translation>Brukernavn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ID</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller ID</source>
        <translation>Forhandler-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee token</source>
        <translation>Ansatt-token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website key</source>
        <translation>Nettstedsnøkkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret key</source>
        <translation>Hemmelig nøkkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked invoices file (CSV)</source>
        <translation>Fil med fulgte fakturaer (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed answers</source>
        <translation>Signerte svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Klienthemmelighet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address</source>
        <translation>Innloggingsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token address</source>
        <translation>Token-adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in type</source>
        <translation>Innloggingstype</translation>
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
        <translation>Klientautentisering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months to fetch</source>
        <translation>Måneder som hentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>CA-sertifikatfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login e-mail</source>
        <translation>E-post for innlogging</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of your SendRegning account, e.g. 12345.</source>
        <translation>Nummeret på SendRegning-kontoen din, f.eks. 12345.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency of the amounts (Telecom X does not send one).</source>
        <translation>Valutaen for beløpene (Telecom X oppgir ingen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this customer&apos;s invoices (optional).</source>
        <translation>Bare fakturaene til denne kunden (valgfritt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices of this reseller&apos;s customers (optional).</source>
        <translation>Fakturaene til denne forhandlerens kunder (valgfritt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An employee token from Telecom X, instead of a username and password.</source>
        <translation>Et ansatt-token fra Telecom X, i stedet for brukernavn og passord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown in Buckaroo Plaza under Settings › Websites.</source>
        <translation>Står i Buckaroo Plaza under Settings › Websites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test uses Buckaroo&apos;s test environment.</source>
        <translation>Test bruker testmiljøet til Buckaroo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in Buckaroo Plaza under Settings › Secret key.</source>
        <translation>Står i Buckaroo Plaza under Settings › Secret key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file with the columns key, number and/or customer_id, read at every sync.</source>
        <translation>En CSV-fil med kolonnene key, number og/eller customer_id, som leses ved hver synkronisering.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether an unsigned answer from Buckaroo is refused.</source>
        <translation>Om et usignert svar fra Buckaroo skal avvises.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client ID ConnectID registered for invoicedesk.</source>
        <translation>Klient-ID-en som ConnectID har registrert for invoicedesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed for server-to-server sign-in; optional otherwise.</source>
        <translation>Trengs for server-til-server-innlogging; ellers valgfri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server-to-server: comma-separated customer numbers to fetch.</source>
        <translation>Server-til-server: kundenumrene som skal hentes, skilt med komma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated; empty for all products.</source>
        <translation>Skilt med komma; tomt for alle produkter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many months back invoices are fetched.</source>
        <translation>Hvor mange måneder bakover fakturaer hentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for servers with a certificate from your own authority.</source>
        <translation>Bare for servere med sertifikat fra deres egen sertifikatutsteder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail you log in to Telecom X with.</source>
        <translation>E-postadressen du logger inn i Telecom X med.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail you log in to SendRegning with.</source>
        <translation>E-postadressen du logger inn i SendRegning med.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal sign-in in the browser</source>
        <translation>Personlig innlogging i nettleseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server-to-server (client secret)</source>
        <translation>Server-til-server (klienthemmelighet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the form body</source>
        <translation>I skjemadataene (form body)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the query string</source>
        <translation>I spørrestrengen (query string)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when missing</source>
        <translation>Advar når det mangler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../i18n.py" line="+58"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
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
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>ReloginDialog</name>
    <message>
        <location filename="../dialogs/login.py" line="+64"/>
        <source>Log in again – {name}</source>
        <translation>Logg inn på nytt – {name}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Save</source>
        <extracomment>what a save cancelled halfway puts back (None: unreadable, so unknown)</extracomment>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{provider} no longer accepts the sign-in of “{name}”. Sign in again with the browser; the account is saved as soon as the sign-in succeeds.</source>
        <translation>{provider} godtar ikke lenger innloggingen for «{name}». Logg inn på nytt i nettleseren; kontoen lagres så snart innloggingen lykkes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{provider} refused the saved credentials of “{name}”. Enter them again.</source>
        <translation>{provider} avviste de lagrede påloggingsopplysningene for «{name}». Skriv dem inn på nytt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings.py" line="+30"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System default ({language})</source>
        <translation>Systemstandard ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new language is used from the next start of invoicedesk.</source>
        <translation>Det nye språket tas i bruk neste gang invoicedesk startes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../sync_status.py" line="+20"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Syncing 1 account…</source>
        <translation>Synkroniserer 1 konto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing %1 accounts…</source>
        <translation>Synkroniserer %1 kontoer…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>TelecomX</name>
    <message>
        <location filename="../dialogs/provider_extras.py" line="-127"/>
        <source>Username and password</source>
        <translation>Brukernavn og passord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee token</source>
        <translation>Ansatt-token</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in with</source>
        <translation>Logg inn med</translation>
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
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
    </message>
</context>
<context>
    <name>TrackedInvoices</name>
    <message>
        <location filename="../dialogs/tracked_invoices.py" line="+44"/>
        <source>Invoice key</source>
        <translation>Fakturanøkkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ID</source>
        <translation>Kunde-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracked Buckaroo invoices</source>
        <translation>Fulgte Buckaroo-fakturaer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buckaroo cannot list your invoices, so invoicedesk follows the ones named here. A customer ID follows all invoices of that customer.</source>
        <translation>Buckaroo kan ikke liste opp fakturaene dine, så invoicedesk følger dem som står her. En kunde-ID følger alle fakturaene til den kunden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Follow by</source>
        <translation>Følg etter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV…</source>
        <translation>Importer CSV…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Row {row}: {problem}</source>
        <translation>Rad {row}: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import tracked invoices</source>
        <translation>Importer fulgte fakturaer</translation>
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
        <translation>tom verdi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value cannot contain a comma</source>
        <translation>en verdi kan ikke inneholde komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” is not a Buckaroo invoice key</source>
        <translation>«{value}» er ikke en Buckaroo-fakturanøkkel</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} is not UTF-8 text; save it as “CSV UTF-8”.</source>
        <translation>{name} er ikke UTF-8-tekst; lagre filen som «CSV UTF-8».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read {name}: {reason}</source>
        <translation>Kan ikke lese {name}: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first line must name the columns: key, number and/or customer_id.</source>
        <translation>Første linje må angi kolonnene: key, number og/eller customer_id.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>more fields than the header has</source>
        <translation>flere felter enn overskriftslinjen har</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no invoice key, number or customer id</source>
        <translation>ingen fakturanøkkel, fakturanummer eller kunde-ID</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../dialogs/validation.py" line="+36"/>
        <source>Required.</source>
        <translation>Må fylles ut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter a web address starting with https:// (or http://).</source>
        <translation>Skriv inn en nettadresse som begynner med https:// (eller http://).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Dette ser ikke ut som en e-postadresse (navn@eksempel.no).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the account a name.</source>
        <translation>Gi kontoen et navn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use up to 64 letters, digits, spaces and . _ @ + - (no space at the start or end).</source>
        <translation>Bruk opptil 64 bokstaver, sifre, mellomrom og . _ @ + - (ikke mellomrom først eller sist).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An account with this name exists already.</source>
        <translation>Det finnes allerede en konto med dette navnet.</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <location filename="../banner.py" line="+21"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
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
        <translation>Delvis betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Ubetalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Forfalt</translation>
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
        <translation>Purring</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not yet numbered</source>
        <translation>ikke nummerert ennå</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
</TS>
