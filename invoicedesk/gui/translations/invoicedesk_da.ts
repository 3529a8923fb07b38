<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../sidebar.py" line="+99"/>
        <source>Log in again</source>
        <extracomment>an account state&apos;s colour name in :mod:`invoicedesk.gui.theme` a card&apos;s left and right margin a card shows this much of an error message; the tooltip has it all the account menu, at this global position (right-click, the Menu key, Shift+F10) double-click: edit the account</extracomment>
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
        <location line="+6"/>
        <source>Syncing… %1</source>
        <translation>Synkroniserer… %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled: not synced, not counted</source>
        <translation>Deaktiveret: synkroniseres ikke, tælles ikke</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account %1, %2, %3</source>
        <translation>Konto %1, %2, %3</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location filename="../dialogs/account_form.py" line="+84"/>
        <source>Advanced settings</source>
        <extracomment>&quot;Edit account&quot;: every field, filled in from this account; secrets left empty are kept as they are (``secret_keys``: the ones the keyring holds for it)</extracomment>
        <translation>Avancerede indstillinger</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+10"/>
        <source>Unchanged (type to replace)</source>
        <translation>Uændret (skriv for at erstatte)</translation>
    </message>
    <message>
        <location filename="../dialogs/field_row.py" line="+61"/>
        <source>(not set)</source>
        <translation>(ikke angivet)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Browse…</source>
        <translation>Gennemse…</translation>
    </message>
    <message>
        <location line="+66"/>
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
    <name>AccountMenu</name>
    <message>
        <location filename="../account_menu.py" line="+90"/>
        <source>&amp;Edit…</source>
        <extracomment>the account list, keyring or cache changed: show them again sync these accounts now one line for the status bar the menu shown last, and how a menu is shown (tests replace it: an offscreen popup) how a failure is shown over the window (tests replace it) the account being removed in the pool (one at a time), and that pool (None: global) reads an account&apos;s secrets before Edit (or Log in again) opens, in the pool</extracomment>
        <translation>&amp;Rediger …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync this account</source>
        <translation>&amp;Synkroniser denne konto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nable</source>
        <translation>&amp;Aktiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an account in the sidebar first</source>
        <translation>Vælg først en konto i sidepanelet</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saved the account “{name}”.</source>
        <translation>Gemte kontoen »{name}«.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>Omdøbte »{old}« til »{new}«.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enabled “{name}”: it is synced and counted again.</source>
        <translation>Aktiverede »{name}«: den synkroniseres og tælles igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled “{name}”: kept, but not synced and not in the totals.</source>
        <translation>Deaktiverede »{name}«: beholdt, men synkroniseres ikke og tælles ikke med i totalerne.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the account “{name}”? Its settings, its password in the keyring and its {count} cached invoices are deleted from this computer. The invoices stay with the provider.</source>
        <translation>Fjern kontoen »{name}«? Indstillingerne, adgangskoden i nøgleringen og de {count} gemte fakturaer slettes fra denne computer. Fakturaerne bliver hos udbyderen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove account?</source>
        <translation>Fjern konto?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Removing “{name}”… If the system asks you to unlock the keyring, do so.</source>
        <translation>Fjerner »{name}« … Lås nøgleringen op, hvis systemet beder om det.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed “{name}”: its settings, its keyring entry and {count} cached invoices.</source>
        <translation>Fjernede »{name}«: indstillingerne, posten i nøgleringen og {count} gemte fakturaer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed “{name}”: its settings and {count} cached invoices.</source>
        <translation>Fjernede »{name}«: indstillingerne og {count} gemte fakturaer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{name}” was not removed; nothing was changed. {reason}</source>
        <translation>»{name}« blev ikke fjernet; intet blev ændret. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the system keyring is running and unlocked (the desktop may ask for its password), then remove the account again.</source>
        <translation>Kontrollér, at systemets nøglering kører og er låst op (skrivebordet kan bede om adgangskoden til den), og fjern kontoen igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account not removed</source>
        <translation>Kontoen blev ikke fjernet</translation>
    </message>
</context>
<context>
    <name>AccountsSidebar</name>
    <message>
        <location filename="../sidebar.py" line="+67"/>
        <source>Accounts</source>
        <extracomment>the view shows one provider&apos;s accounts (the filter bar&apos;s scope): their cards are lit</extracomment>
        <translation>Konti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All accounts</source>
        <translation>Alle konti</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location filename="../dialogs/add_account.py" line="+96"/>
        <location line="+56"/>
        <source>Add account</source>
        <translation>Tilføj konto</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+3"/>
        <source>Provider</source>
        <extracomment>nothing can be saved without a usable keyring: &quot;Add account&quot; stays disabled</extracomment>
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
        <location line="+58"/>
        <source>Still to fill in: {fields}.</source>
        <translation>Skal stadig udfyldes: {fields}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An account named “{name}” exists already.</source>
        <translation>Der findes allerede en konto med navnet »{name}«.</translation>
    </message>
</context>
<context>
    <name>AgingPanel</name>
    <message>
        <location filename="../aging_panel.py" line="+123"/>
        <source>Aging</source>
        <extracomment>one line&apos;s widgets: direction heading, currency, a button per bucket, outstanding (direction, currency, bucket) of the cell clicked (direction, currency, bucket) -&gt; its button, for tests and keyboard users the (direction, currency) lines shown and each line&apos;s outstanding label: a report of the same lines only changes texts (a sync&apos;s reloads), no widgets made or polished the widgets of each line and the headings, kept across layouts lines made ahead by :meth:`prepare`, not laid out yet</extracomment>
        <translation>Aldersfordeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing outstanding</source>
        <translation>Intet udestående</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%1, %2, %3: %4 in %n claim(s)</source>
        <translation>
            <numerusform>%1, %2, %3: %4 i %n krav</numerusform>
            <numerusform>%1, %2, %3: %4 i %n krav</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <location filename="../dialogs/browser_signin.py" line="+76"/>
        <source>Sign in with browser…</source>
        <extracomment>after this long without the browser coming back, the dialog says what may have happened</extracomment>
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
        <location line="+15"/>
        <source>If no browser window opened, open this address yourself:</source>
        <translation>Hvis der ikke åbnede sig et browservindue, kan du selv åbne denne adresse:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in address</source>
        <translation>Loginadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the sign-in address</source>
        <translation>Kopiér loginadressen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Waiting for the browser…</source>
        <translation>Venter på browseren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still waiting for the browser. If ConnectID showed an error page instead of coming back here, the client ID or the sign-in address may be wrong, or the client does not allow this app&apos;s return address: close that page, press Cancel and check the account&apos;s settings. Otherwise finish signing in there.</source>
        <translation>Venter stadig på browseren. Hvis ConnectID viste en fejlside i stedet for at vende tilbage hertil, kan klient-id&apos;et eller login-adressen være forkert, eller klienten tillader ikke denne apps returadresse: luk den side, tryk Annuller og tjek kontoens indstillinger. Ellers gør du login færdigt der.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>If no browser window opened, open this address yourself:
{url}</source>
        <translation type="vanished">Hvis der ikke åbnede sig et browservindue, kan du selv åbne denne adresse:
{url}</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../dialogs/provider_extras.py" line="+144"/>
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
    <name>ChangesModel</name>
    <message>
        <location filename="../changes_view.py" line="+146"/>
        <source>When</source>
        <extracomment>a change&apos;s colour name in :mod:`invoicedesk.gui.theme`</extracomment>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Hvad der ændrede sig</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location line="+66"/>
        <source>Account</source>
        <extracomment>the period chooser: key -&gt; days back (None: each account&apos;s latest sync) runs a read off the GUI thread and hands its result to a callback on the GUI thread the invoice of the selected change: (provider, account, id)</extracomment>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>All accounts</source>
        <translation>Alle konti</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest sync of each account</source>
        <translation>Seneste synkronisering pr. konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Seneste 7 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Seneste 90 dage</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+118"/>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>No changes in this period.</source>
        <translation>Ingen ændringer i denne periode.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing the newest %1 changes; choose an account or a shorter period for the others.</source>
        <translation>Viser de %1 nyeste ændringer; vælg en konto eller en kortere periode for at se resten.</translation>
    </message>
</context>
<context>
    <name>ConnectID</name>
    <message>
        <location filename="../dialogs/provider_extras.py" line="+29"/>
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
        <location line="+12"/>
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
        <location line="+14"/>
        <source>Connection test result</source>
        <translation>Resultat af forbindelsestesten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Testing the connection…</source>
        <translation>Tester forbindelsen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ {summary}</source>
        <translation>✓ {summary}</translation>
    </message>
    <message>
        <source>✓ Connected: {summary}</source>
        <translation type="vanished">✓ Forbundet: {summary}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../detail_tables.py" line="+123"/>
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
        <location line="+24"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Fee</source>
        <translation>Gebyr</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="-102"/>
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
        <location line="+6"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Debit</source>
        <translation>Debet</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+11"/>
        <location line="+25"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="-50"/>
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
        <location filename="../detail_pane.py" line="+112"/>
        <source>Select an invoice to see its lines, payments and more.</source>
        <extracomment>the invoice&apos;s change history, one line each, newest first (set by the window)</extracomment>
        <translation>Vælg en faktura for at se linjer, betalinger og mere.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Open PDF</source>
        <translation>Åbn PDF</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open payment link</source>
        <translation>Åbn betalingslink</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This link is not a web address, so it is not opened.</source>
        <translation>Dette link er ikke en webadresse, så det åbnes ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider gave no link for this invoice.</source>
        <translation>Udbyderen har ikke angivet et link til denne faktura.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>Refused to open a link that is not a web address.</source>
        <translation>Afviste at åbne et link, der ikke er en webadresse.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Issued</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Invoice details</source>
        <extracomment>from this width on, the facts stand beside the lines rather than above them the room one key-fact tile (date or amount) takes a short message for the status bar (e.g. a refused link)</extracomment>
        <translation>Fakturadetaljer</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+62"/>
        <source>The provider has no PDF of this invoice; use Save as PDF instead.</source>
        <translation>Udbyderen har ingen PDF af denne faktura; brug Gem som PDF i stedet.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Save as PDF…</source>
        <translation>Gem som PDF …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a PDF of this invoice from the cached data</source>
        <translation>Lav en PDF af denne faktura ud fra de gemte data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this invoice as PDF</source>
        <translation>Gem denne faktura som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Udskriv …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this invoice</source>
        <translation>Udskriv denne faktura</translation>
    </message>
    <message>
        <location line="+84"/>
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
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Dage forfalden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delivery address</source>
        <translation>Leveringsadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../detail_tables.py" line="-38"/>
        <location line="+35"/>
        <location line="+37"/>
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
        <location line="+25"/>
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
        <location line="+8"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider sent no lines or payments for this invoice.</source>
        <translation>Udbyderen sendte ingen linjer eller betalinger for denne faktura.</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <location filename="../document_errors.py" line="+28"/>
        <source>PDF not available</source>
        <translation>PDF&apos;en er ikke tilgængelig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not get the PDF of {title}.</source>
        <translation>Kunne ikke hente PDF&apos;en af {title}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again later or open the invoice on the provider&apos;s site. You can also save the invoice as PDF from the cached data.</source>
        <translation>Prøv igen senere, eller åbn fakturaen på udbyderens websted. Du kan også gemme fakturaen som PDF ud fra de gemte data.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not get the PDF of {title}: {reason}</source>
        <translation>Kunne ikke hente PDF&apos;en af {title}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can save the invoice as PDF from the cached data.</source>
        <translation>Du kan gemme fakturaen som PDF ud fra de gemte data.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF not saved</source>
        <translation>PDF&apos;en blev ikke gemt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save {path} ({reason}). Choose another folder, or free some space.</source>
        <translation>Kunne ikke gemme {path} ({reason}). Vælg en anden mappe, eller frigør plads.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../documents.py" line="+102"/>
        <source>The PDF of %1 is still being downloaded.</source>
        <translation>PDF&apos;en af %1 hentes stadig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Getting the PDF of %1…</source>
        <translation>Henter PDF&apos;en af %1 …</translation>
    </message>
    <message>
        <source>Could not get the PDF of %1: %2</source>
        <translation type="vanished">Kunne ikke hente PDF&apos;en af %1: %2</translation>
    </message>
    <message>
        <source>You can save the invoice as PDF from the cached data.</source>
        <translation type="vanished">Du kan gemme fakturaen som PDF ud fra de gemte data.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Opened %1.</source>
        <translation>Åbnede %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program to show PDFs was found. The file is kept at %1; open it from there or install a PDF viewer.</source>
        <translation>Der blev ikke fundet noget program, der viser PDF&apos;er. Filen ligger i %1; åbn den derfra, eller installer en PDF-læser.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save invoice as PDF</source>
        <translation>Gem faktura som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving %1 as PDF…</source>
        <translation>Gemmer %1 som PDF …</translation>
    </message>
    <message>
        <source>Could not save %1 (%2). Choose another folder, or free some space.</source>
        <translation type="vanished">Kunne ikke gemme %1 (%2). Vælg en anden mappe, eller frigør plads.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1.</source>
        <translation>Gemte %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Printing is not available here; save the invoice as PDF instead.</source>
        <translation>Udskrivning er ikke tilgængelig her; gem fakturaen som PDF i stedet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent %1 to the printer.</source>
        <translation>Sendte %1 til printeren.</translation>
    </message>
</context>
<context>
    <name>EditAccount</name>
    <message>
        <location filename="../dialogs/edit_account.py" line="+80"/>
        <source>The server or login of “{name}” changed, so its {count} cached invoices belong to another login. Drop them and fetch this login&apos;s invoices at the next sync?</source>
        <translation>Serveren eller login for »{name}« er ændret, så de {count} gemte fakturaer tilhører et andet login. Slet dem og hent dette logins fakturaer ved næste synkronisering?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop cached invoices?</source>
        <translation>Slet gemte fakturaer?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit account “{name}”</source>
        <extracomment>(new name, whether the login changed so the account should sync afresh)</extracomment>
        <translation>Rediger kontoen »{name}«</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+159"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Rename account</source>
        <translation>Omdøb konto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cached invoices and the password in the keyring move to the new name.</source>
        <translation>De gemte fakturaer og adgangskoden i nøgleringen flyttes til det nye navn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>New name</source>
        <translation>Nyt navn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../dialogs/errors.py" line="+18"/>
        <source>This login is already added as the account “{name}”. Adding it twice would count every invoice twice.</source>
        <translation>Dette login er allerede tilføjet som kontoen “{name}”. At tilføje det to gange ville tælle hver faktura to gange.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected internal error ({name}); details are in the log file.</source>
        <translation>Uventet intern fejl ({name}); detaljerne står i logfilen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: {reason}</source>
        <translation>Ikke gemt: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the system keyring is running and unlocked (the desktop may ask for its password), then save again.</source>
        <translation>Kontrollér, at systemets nøglering kører og er låst op (skrivebordet kan bede om adgangskoden til den), og gem igen.</translation>
    </message>
    <message>
        <location filename="../app.py" line="+184"/>
        <source>Something went wrong ({kind}). The details are in the log file: {path}</source>
        <extracomment>the app icon, rendered from resources/icons/invoicedesk.svg by packaging/make_icons.py ``INVOICEDESK_STARTUP_REPORT=1`` prints one line on stdout once the main window first shows what the cache holds (&quot;startup: main window shown with N invoices&quot;); ``=quit`` also exits 0 right after. packaging/measure_start.py uses it to time a (frozen) cold start.</extracomment>
        <translation>Noget gik galt ({kind}). Detaljerne står i logfilen: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="+56"/>
        <source>expected an amount, got a boolean ({value!r})</source>
        <extracomment>more decimals (or a larger exponent) than this is no amount: it only makes writing it out slow</extracomment>
        <translation>forventede et beløb, fik en sandhedsværdi ({value!r})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an amount, got an empty string</source>
        <translation>forventede et beløb, fik en tom tekst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an amount, got {value!r}</source>
        <translation>forventede et beløb, fik {value!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an amount, got {type}</source>
        <translation>forventede et beløb, fik {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a finite amount, got {value!r}</source>
        <translation>forventede et endeligt beløb, fik {value!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amount out of range: {value!r}</source>
        <translation>beløbet er uden for det gyldige område: {value!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amount has too many digits: {value!r}</source>
        <translation>beløbet har for mange cifre: {value!r}</translation>
    </message>
    <message>
        <location filename="../../domain/text.py" line="+83"/>
        <source>{first}; {rest}</source>
        <extracomment>the translation context of every template of the Qt-free layers</extracomment>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../providers/base.py" line="+124"/>
        <source>unknown option &apos;{key}&apos; for {name}</source>
        <extracomment>what the provider returned as ``SyncOutcome.cursor`` last time (None: first sync or --full) invoice id -&gt; payment state (&quot;paid&quot;, &quot;unpaid&quot;, ...) of what the cache holds for the account True when every invoice of the account was seen, so missing ones have disappeared problems that did not stop the sync (e.g. Buckaroo keys the provider does not know) persist changed secrets (refreshed OAuth tokens) to the keyring the app&apos;s language: &quot;en&quot;, &quot;nb&quot;, &quot;da&quot; or &quot;nl&quot; interactive login (ConnectID&apos;s browser flow); returns secrets to store requests in flight at once against this provider, per account</extracomment>
        <translation>ukendt indstilling »{key}« for {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} needs --option {key}=… ({label})</source>
        <translation>{name} kræver --option {key}=… ({label})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option {key} must be one of {choices}, not &apos;{value}&apos;</source>
        <translation>indstillingen {key} skal være en af {choices}, ikke »{value}«</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>invoice list</source>
        <extracomment>a UTF-16 surrogate, escaped (````) or as CESU-8 bytes: valid JSON, but not storable text what an answer is for, as the providers name it bare (&quot;the invoice list answer&quot;)</extracomment>
        <translation>fakturalisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>invoice</source>
        <translation>fakturaen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token</source>
        <translation>tokenet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token error</source>
        <translation>token-fejlen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lines</source>
        <extracomment>the parts of an answer the parsers expect, as they name them</extracomment>
        <translation>linjerne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoices</source>
        <translation>fakturaerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders</source>
        <translation>rykkerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invoice</source>
        <translation>en faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a SendRegning invoice</source>
        <translation>en SendRegning-faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the invoice items</source>
        <translation>fakturalinjerne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invoice item</source>
        <translation>en fakturalinje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invoice in the list</source>
        <translation>en faktura på listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reminder in the list</source>
        <translation>en rykker på listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login answer</source>
        <translation>login-svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token answer</source>
        <translation>token-svaret</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the {what} answer is not valid JSON (HTTP {status_code}, {size} bytes)</source>
        <translation>svaret på {what} er ikke gyldig JSON (HTTP {status_code}, {size} byte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../providers/http.py" line="+240"/>
        <source>The provider may be having problems; try again later.</source>
        <translation>Udbyderen har muligvis problemer; prøv igen senere.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the {what} answer is nested too deeply to read</source>
        <translation>svaret på {what} er indlejret for dybt til at kunne læses</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../providers/buckaroo.py" line="+393"/>
        <location filename="../../providers/pdf.py" line="+69"/>
        <location line="+50"/>
        <location filename="../../providers/telecomx_parse.py" line="+436"/>
        <source>Try again later.</source>
        <translation>Prøv igen senere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../providers/buckaroo_parse.py" line="+51"/>
        <source>expected an object for {what}, got {type}</source>
        <translation>forventede et objekt for {what}, fik {type}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../providers/buckaroo_parse.py" line="+13"/>
        <source>expected a list for {what}, got {type}</source>
        <translation>forventede en liste for {what}, fik {type}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value}: {exc}</source>
        <translation>{value}: {exc}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{value}: expected a date, got {type}</source>
        <translation>{value}: forventede en dato, fik {type}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value}: not a date: {value2!r}</source>
        <translation>{value}: ikke en dato: {value2!r}</translation>
    </message>
    <message>
        <location filename="../../providers/buckaroo.py" line="-308"/>
        <source>option environment must be live or test, not &apos;{environment}&apos;</source>
        <translation>indstillingen environment skal være live eller test, ikke »{environment}«</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>this Buckaroo account tracks no invoices</source>
        <translation>denne Buckaroo-konto følger ingen fakturaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add invoice_keys, invoice_numbers, customer_ids or a tracked_csv file in the account settings.</source>
        <translation>Tilføj invoice_keys, invoice_numbers, customer_ids eller en tracked_csv-fil i kontoindstillingerne.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the Buckaroo account has no website key</source>
        <translation>Buckaroo-kontoen har ingen webstedsnøgle (website key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --option website_key=… (Buckaroo Plaza: Settings &gt; Websites).</source>
        <translation>Tilføj --option website_key=… (Buckaroo Plaza: Settings &gt; Websites).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Buckaroo account has no secret key</source>
        <translation>Buckaroo-kontoen har ingen hemmelig nøgle (secret key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the secret key from Buckaroo Plaza (Settings &gt; Secret key).</source>
        <translation>Indtast den hemmelige nøgle fra Buckaroo Plaza (Settings &gt; Secret key).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Buckaroo does not know {what}</source>
        <translation>Buckaroo kender ikke {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key, or remove it from the account&apos;s tracked invoices.</source>
        <translation>Kontrollér nøglen, eller fjern den fra kontoens fulgte fakturaer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Buckaroo invoice {value} cannot be read: {problem}</source>
        <translation>Buckaroo-faktura {value} kan ikke læses: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report this to the invoicedesk developers with the invoice key.</source>
        <translation>Meld dette til udviklerne af invoicedesk, med fakturanøglen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Buckaroo rejected {what}: {join}</source>
        <translation>Buckaroo afviste {what}: {join}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the tracked invoice keys, numbers and customer ids.</source>
        <translation>Kontrollér de fulgte fakturanøgler, fakturanumre og kunde-id&apos;er.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Buckaroo answered {what} with an error: {message_}</source>
        <translation>Buckaroo svarede på {what} med en fejl: {message_}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later; if it persists, contact Buckaroo support.</source>
        <translation>Prøv igen senere; kontakt Buckaroos support, hvis det fortsætter.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Buckaroo refused the request&apos;s timestamp: check the computer&apos;s clock</source>
        <translation>Buckaroo afviste anmodningens tidsstempel: kontrollér computerens ur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the date, time and time zone correctly (automatic time is best), then sync again.</source>
        <translation>Indstil dato, klokkeslæt og tidszone korrekt (automatisk tid er bedst), og synkronisér igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buckaroo refused a repeated request{said}</source>
        <translation>Buckaroo afviste en gentaget anmodning{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync again; if it persists, check for a proxy that replays requests.</source>
        <translation>Synkronisér igen; hvis det fortsætter, så se efter en proxy, der afspiller anmodninger igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buckaroo refused the signature: check your website key and secret key</source>
        <translation>Buckaroo afviste signaturen: kontrollér webstedsnøglen og den hemmelige nøgle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check your secret key and the website key in Buckaroo Plaza and enter them again.</source>
        <translation>Kontrollér den hemmelige nøgle og webstedsnøglen i Buckaroo Plaza, og indtast dem igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buckaroo refused access to {what}{said}</source>
        <translation>Buckaroo nægtede adgang til {what}{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that Credit Management is enabled for this website key in Buckaroo Plaza.</source>
        <translation>Kontrollér, at Credit Management er slået til for denne webstedsnøgle i Buckaroo Plaza.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buckaroo does not know {what}{said}</source>
        <translation>Buckaroo kender ikke {what}{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s base URL and tracked invoices.</source>
        <translation>Kontrollér kontoens basis-URL og fulgte fakturaer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buckaroo had a server problem with {what}{said}</source>
        <translation>Buckaroo havde et serverproblem med {what}{said}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buckaroo rejected {what}{said}</source>
        <translation>Buckaroo afviste {what}{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s settings; if it persists, contact Buckaroo support.</source>
        <translation>Kontrollér kontoindstillingerne; kontakt Buckaroos support, hvis det fortsætter.</translation>
    </message>
    <message>
        <location filename="../../providers/buckaroo_hmac.py" line="+140"/>
        <source>Buckaroo&apos;s answer failed its signature check, so nothing from it was used</source>
        <extracomment>seconds a timestamp may differ from this computer&apos;s clock, both ways (requests and answers) nonce -&gt; timestamp of every signed answer in the skew window (bounded by it)</extracomment>
        <translation>Svaret fra Buckaroo bestod ikke signaturkontrollen, så intet fra det blev brugt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection may be tampered with; check the network (proxy, VPN) and the account&apos;s secret key, then sync again.</source>
        <translation>Der kan være pillet ved forbindelsen; kontrollér netværket (proxy, VPN) og kontoens hemmelige nøgle, og synkronisér igen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Buckaroo&apos;s answer is signed with a time {span} ahead of this computer&apos;s clock, so it may be a replayed answer and nothing from it was used</source>
        <translation>Svaret fra Buckaroo er signeret med et tidspunkt {span} foran denne computers ur, så det kan være et genafspillet svar, og intet fra det blev brugt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buckaroo&apos;s answer is signed with a time {span} behind this computer&apos;s clock, so it may be a replayed answer and nothing from it was used</source>
        <translation>Svaret fra Buckaroo er signeret med et tidspunkt {span} efter denne computers ur, så det kan være et genafspillet svar, og intet fra det blev brugt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the computer&apos;s date, time and time zone; if they are right, the connection may be tampered with (proxy, VPN).</source>
        <translation>Kontrollér computerens dato, klokkeslæt og tidszone; hvis de er rigtige, kan der være pillet ved forbindelsen (proxy, VPN).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Buckaroo&apos;s answer repeats the signature nonce of an earlier answer (a replayed answer), so nothing from it was used</source>
        <translation>Svaret fra Buckaroo gentager signatur-nonce fra et tidligere svar (et genafspillet svar), så intet fra det blev brugt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection may be tampered with; check the network (proxy, VPN), then sync again.</source>
        <translation>Der kan være pillet ved forbindelsen; kontrollér netværket (proxy, VPN), og synkronisér igen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Buckaroo&apos;s answer carries no signature, so it cannot be trusted</source>
        <translation>Svaret fra Buckaroo har ingen signatur, så det kan ikke stoles på</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection may be tampered with; check the network (proxy, VPN). Set require_response_signature=warn only if you trust this network.</source>
        <translation>Der kan være pillet ved forbindelsen; kontrollér netværket (proxy, VPN). Sæt kun require_response_signature=warn, hvis du stoler på dette netværk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count:.0f} days</source>
        <translation>{count:.0f} dage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count:.0f} hours</source>
        <translation>{count:.0f} timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:.0f} minutes</source>
        <translation>{count:.0f} minutter</translation>
    </message>
    <message>
        <location filename="../../providers/buckaroo_parse.py" line="+17"/>
        <location filename="../../providers/telecomx_parse.py" line="-386"/>
        <source>{what}: expected a date, got {type}</source>
        <extracomment>a line&apos;s net amount beyond this is not a real invoice line (and would overflow rounding)</extracomment>
        <translation>{what}: forventede en dato, fik {type}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what}: not a date: {text!r}</source>
        <translation>{what}: ikke en dato: {text!r}</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Buckaroo sent invoice {value} without its key</source>
        <translation>Buckaroo sendte faktura {value} uden dens nøgle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} has no currency</source>
        <translation>{what} har ingen valuta</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>{where}: {key!r} is not a Buckaroo invoice key</source>
        <extracomment>the observed payment text: &quot;Factuur &lt;invoice number&gt; - &lt;debtor name&gt;&quot;</extracomment>
        <translation>{where}: {key!r} er ikke en Buckaroo-fakturanøgle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice key is 32 letters and digits, as shown in Buckaroo Plaza.</source>
        <translation>En fakturanøgle består af 32 bogstaver og cifre, som Buckaroo Plaza viser den.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the tracked-invoices file {name} does not exist</source>
        <translation>filen med fulgte fakturaer {name} findes ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path in the account&apos;s tracked_csv option.</source>
        <translation>Kontrollér stien i kontoens indstilling tracked_csv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tracked-invoices file {name} is not UTF-8 text</source>
        <translation>filen med fulgte fakturaer {name} er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as CSV UTF-8 from your spreadsheet program.</source>
        <translation>Gem den som CSV UTF-8 fra dit regnearksprogram.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the tracked-invoices file {name}: {problem}</source>
        <translation>kan ikke læse filen med fulgte fakturaer {name}: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the tracked-invoices file {name} is empty</source>
        <translation>filen med fulgte fakturaer {name} er tom</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} line {line_no}: the header names none of key, number, customer_id</source>
        <translation>{name} linje {line_no}: overskriftsrækken nævner ingen af key, number, customer_id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put a header row such as &apos;key,number,customer_id&apos; at the top.</source>
        <translation>Indsæt en overskriftsrække som »key,number,customer_id« øverst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} line {line_no}: {count} fields, but the header has {count2}</source>
        <translation>{name} linje {line_no}: {count} felter, men overskriftsrækken har {count2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check for an extra separator or quote on that line.</source>
        <translation>Se efter et ekstra skilletegn eller anførselstegn på den linje.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} line {line_no}: no invoice key, number or customer id</source>
        <translation>{name} linje {line_no}: ingen fakturanøgle, fakturanummer eller kunde-id</translation>
    </message>
    <message>
        <location filename="../../providers/connectid.py" line="+119"/>
        <source>ConnectID refused the sign-in of account &apos;{account}&apos; ({said})</source>
        <extracomment>invoices per details batch handed to the sink detail batches queued ahead of the one being parsed and stored the newest window ends this far after today (invoices may be dated ahead) how far before the window to look for the invoices of reminders inside it</extracomment>
        <translation>ConnectID afviste login for kontoen »{account}« ({said})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ConnectID refused access to {what}: {said}</source>
        <translation>ConnectID nægtede adgang til {what}: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs a user sign-in; check the account&apos;s mode option and the client&apos;s rights.</source>
        <translation>Dette kræver login som bruger; kontrollér kontoens indstilling mode og klientens rettigheder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This needs client access to the customer; check the account&apos;s mode option and the client&apos;s rights.</source>
        <translation>Dette kræver klientadgang til kunden; kontrollér kontoens indstilling mode og klientens rettigheder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ConnectID does not know {what}: {said}</source>
        <translation>ConnectID kender ikke {what}: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s base URL and options.</source>
        <translation>Kontrollér kontoens basis-URL og indstillinger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ConnectID had a server problem with {what}: {said}</source>
        <translation>ConnectID havde et serverproblem med {what}: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../providers/http.py" line="+69"/>
        <source>Try the sync again later.</source>
        <translation>Prøv synkroniseringen igen senere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ConnectID rejected the request for {what}: {said}</source>
        <translation>ConnectID afviste anmodningen om {what}: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s options; if it persists, report it.</source>
        <translation>Kontrollér kontoens indstillinger; meld det, hvis det fortsætter.</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>ConnectID does not know customer number {customer}</source>
        <translation>ConnectID kender ikke kundenummer {customer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the customer_numbers option of account &apos;{account}&apos;.</source>
        <translation>Kontrollér indstillingen customer_numbers for kontoen »{account}«.</translation>
    </message>
    <message>
        <location filename="../../providers/connectid_auth.py" line="+145"/>
        <source>ConnectID account &apos;{account}&apos;: {message_}</source>
        <extracomment>refresh this many seconds before the access token&apos;s expiry</extracomment>
        <translation>ConnectID-kontoen »{account}«: {message_}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client id is missing</source>
        <translation>klient-id&apos;et mangler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it with --option client_id=….</source>
        <translation>Tilføj det med --option client_id=….</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mode must be user or client, not &apos;{mode}&apos;</source>
        <translation>mode skal være user eller client, ikke »{mode}«</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use --option mode=user.</source>
        <translation>Brug --option mode=user.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>client_auth must be basic, form or query</source>
        <translation>client_auth skal være basic, form eller query</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use --option client_auth=basic.</source>
        <translation>Brug --option client_auth=basic.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pkce must be yes or no</source>
        <translation>pkce skal være yes eller no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use --option pkce=yes.</source>
        <translation>Brug --option pkce=yes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>window_months must be a whole number of months (1-600)</source>
        <translation>window_months skal være et helt antal måneder (1-600)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use for example --option window_months=24.</source>
        <translation>Brug for eksempel --option window_months=24.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer_numbers must be whole numbers separated by commas</source>
        <translation>customer_numbers skal være heltal adskilt af kommaer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use for example --option customer_numbers=563457,771204.</source>
        <translation>Brug for eksempel --option customer_numbers=563457,771204.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a product code is at most 12 characters</source>
        <translation>en produktkode er på højst 12 tegn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the products option.</source>
        <translation>Kontrollér indstillingen products.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client mode needs the customer numbers</source>
        <translation>klienttilstand kræver kundenumrene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --option customer_numbers=… (comma-separated).</source>
        <translation>Tilføj --option customer_numbers=… (kommasepareret).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client mode needs the client secret</source>
        <translation>klienttilstand kræver klienthemmeligheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it as the secret {{&quot;client_secret&quot;: &quot;…&quot;}}.</source>
        <translation>Gem den som hemmeligheden {{&quot;client_secret&quot;: &quot;…&quot;}}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in again with `invoicedesk accounts login {account}`.</source>
        <translation>Log ind igen med `invoicedesk accounts login {account}`.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ConnectID refused the client id or client secret of account &apos;{account}&apos;</source>
        <translation>ConnectID afviste klient-id&apos;et eller klienthemmeligheden for kontoen »{account}«</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the client_id option and the client_secret, then sign in again with `invoicedesk accounts login {account}`.</source>
        <translation>Kontrollér indstillingen client_id og client_secret, og log ind igen med `invoicedesk accounts login {account}`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the ConnectID sign-in of account &apos;{account}&apos; could not be renewed</source>
        <translation>ConnectID-login for kontoen »{account}« kunne ikke fornyes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ConnectID sign-in of account &apos;{account}&apos; could not be completed</source>
        <translation>ConnectID-login for kontoen »{account}« kunne ikke gennemføres</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>ConnectID account &apos;{account}&apos; is not signed in</source>
        <translation>ConnectID-kontoen »{account}« er ikke logget ind</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>ConnectID refused to complete the sign-in: {problem}</source>
        <translation>ConnectID ville ikke gennemføre login: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run `invoicedesk accounts login {account}` again.</source>
        <translation>Kør `invoicedesk accounts login {account}` igen.</translation>
    </message>
    <message>
        <location filename="../../providers/connectid_parse.py" line="+69"/>
        <source>{what}: invoiceCurrency is not a currency code: {value!r}</source>
        <translation>{what}: invoiceCurrency er ikke en valutakode: {value!r}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{what}: the invoice lines are not a list</source>
        <translation>{what}: fakturalinjerne er ikke en liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}: line {n} is not an object</source>
        <translation>{what}: linje {n} er ikke et objekt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{what}: invoiceOfferInfo is not a list</source>
        <translation>{what}: invoiceOfferInfo er ikke en liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}: offer {n} is not an object</source>
        <translation>{what}: tilbud {n} er ikke et objekt</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>ConnectID invoice {shown} has no invoiceId or companyCode</source>
        <translation>ConnectID-faktura {shown} har ingen invoiceId eller companyCode</translation>
    </message>
    <message>
        <location filename="../../providers/connectid_reminders.py" line="+150"/>
        <source>ConnectID invoice {shown} has no invoiceNumber or companyCode</source>
        <translation>ConnectID-faktura {shown} har ingen invoiceNumber eller companyCode</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a ConnectID reminder of invoice {value} has no reminderNumber</source>
        <translation>en ConnectID-rykker for faktura {value} har ingen reminderNumber</translation>
    </message>
    <message>
        <location filename="../../providers/connectid_wire.py" line="+86"/>
        <location line="+42"/>
        <source>{what}: {key} is not a date</source>
        <extracomment>list amounts carry no currency; the details&apos; ``invoiceCurrency`` is presumably NOK when absent the company of an invoice known only from reminders that name none</extracomment>
        <translation>{what}: {key} er ikke en dato</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{what}: {key} is not a date ({text}...)</source>
        <translation>{what}: {key} er ikke en dato ({text}...)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what}: {key} is not a date ({value})</source>
        <translation>{what}: {key} er ikke en dato ({value})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what}: {key} is not a date ({number})</source>
        <translation>{what}: {key} er ikke en dato ({number})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}: {key} is not a date: {value!r}</source>
        <translation>{what}: {key} er ikke en dato: {value!r}</translation>
    </message>
    <message>
        <location filename="../../providers/errors.py" line="+57"/>
        <source>HTTP {status}: {message}</source>
        <translation>HTTP {status}: {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{message} {hint}</source>
        <translation>{message} {hint}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{message}. {hint}</source>
        <translation>{message}. {hint}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <location filename="../../providers/http.py" line="-144"/>
        <source>the provider sent an invalid link ({exc})</source>
        <extracomment>a Retry-After longer than this is not waited for: the sync stops with a clear message the largest answer read (bytes); the largest real ones are a few MB seconds one attempt may take from connecting to the last byte of the answer (status line, headers and body), however steadily a slow server drips it (``timeout`` bounds only each wait for the next bytes); kept at the socket by :mod:`~.deadline`</extracomment>
        <translation>udbyderen sendte et ugyldigt link ({exc})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the answer from {host} is larger than {size} ({announced} announced), so it was not read</source>
        <translation>svaret fra {host} er større end {size} ({announced} annonceret), så det blev ikke læst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer from {host} is larger than {size}, so it was not read</source>
        <translation>svaret fra {host} er større end {size}, så det blev ikke læst</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{host} took more than {deadline:g} s to send its answer, so it was given up</source>
        <translation>{host} brugte mere end {deadline:g} s på at sende sit svar, så det blev opgivet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the internet connection; if it is fine, the provider is having problems: try again later.</source>
        <translation>Kontrollér internetforbindelsen; hvis den er i orden, har udbyderen problemer: prøv igen senere.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no answer within {timeout:g} s</source>
        <translation>intet svar inden for {timeout:g} s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not connect securely to {host}: {what}</source>
        <translation>kunne ikke oprette sikker forbindelse til {host}: {what}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the provider asks us to wait {wait:.0f} s before trying again</source>
        <translation>udbyderen beder os vente {wait:.0f} s, før vi prøver igen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try the sync again in a few minutes.</source>
        <translation>Prøv synkroniseringen igen om et par minutter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not reach {host} after {attempts} attempts: {last_problem}</source>
        <translation>kunne ikke nå {host} efter {attempts} forsøg: {last_problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the internet connection and the account&apos;s base URL, then sync again.</source>
        <translation>Kontrollér internetforbindelsen og kontoens basis-URL, og synkronisér igen.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the secure (TLS) connection could not be set up ({detail})</source>
        <translation>den sikre (TLS-)forbindelse kunne ikke oprettes ({detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection refused or host not found</source>
        <translation>forbindelsen blev afvist, eller værten blev ikke fundet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection broke off mid-answer</source>
        <translation>forbindelsen blev afbrudt midt i svaret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection was reset</source>
        <translation>forbindelsen blev nulstillet</translation>
    </message>
    <message>
        <location filename="../../providers/http_errors.py" line="+13"/>
        <source>the provider stayed busy (too many requests) after 1 attempt</source>
        <translation>udbyderen var stadig optaget (for mange anmodninger) efter 1 forsøg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the provider stayed busy (too many requests) after {attempts} attempts</source>
        <translation>udbyderen var stadig optaget (for mange anmodninger) efter {attempts} forsøg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the provider stayed unavailable after 1 attempt</source>
        <translation>udbyderen var stadig utilgængelig efter 1 forsøg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provider stayed unavailable after {attempts} attempts</source>
        <translation>udbyderen var stadig utilgængelig efter {attempts} forsøg</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer from {host} was lost ({problem}); the {method} was not sent again, since the server may already have carried it out</source>
        <translation>svaret fra {host} gik tabt ({problem}); {method} blev ikke sendt igen, da serveren måske allerede har udført den</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the internet connection, then try again.</source>
        <translation>Kontrollér internetforbindelsen, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../providers/oauth.py" line="+162"/>
        <source>the {provider} token answer has no access token</source>
        <extracomment>epoch seconds, None when the server gave no ``expires_in`` style to retry with when the first one gets ``invalid_client`` (None: no retry)</extracomment>
        <translation>token-svaret fra {provider} har intet adgangstoken</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the {provider} sign-in server refused the request: {reason}</source>
        <translation>login-serveren hos {provider} afviste anmodningen: {reason}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>could not open the web browser for the {provider} sign-in</source>
        <translation>kunne ikke åbne webbrowseren til login hos {provider}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run {login_command} with --no-browser and open the printed address yourself.</source>
        <translation>Kør {login_command} med --no-browser, og åbn selv den adresse, der udskrives.</translation>
    </message>
    <message>
        <location filename="../../providers/oauth_loopback.py" line="+220"/>
        <source>no sign-in from {provider} arrived within {timeout:g} seconds; {refused} answer(s) that did not belong to this login (state mismatch) were refused</source>
        <extracomment>requests for the redirect path with a wrong or missing state, ignored</extracomment>
        <translation>intet login fra {provider} kom inden for {timeout:g} sekunder; {refused} svar, der ikke hørte til dette login (state passede ikke), blev afvist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was stored; start the login again.</source>
        <translation>Intet blev gemt; start login forfra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no sign-in arrived from {provider} within {timeout:g} seconds</source>
        <translation>intet login fra {provider} kom inden for {timeout:g} sekunder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the login again and finish signing in in the browser.</source>
        <translation>Start login forfra, og gør det færdigt i browseren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the sign-in at {provider} was cancelled or access was refused</source>
        <translation>login hos {provider} blev annulleret, eller adgang blev nægtet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the login again and approve access for invoicedesk.</source>
        <translation>Start login forfra, og godkend adgang for invoicedesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{provider} sent the browser back without an authorization code</source>
        <translation>{provider} sendte browseren tilbage uden godkendelseskode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the login again.</source>
        <translation>Start login forfra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{provider} refused the sign-in: {error_}{detail}</source>
        <translation>{provider} afviste login: {error_}{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the client id and the authorize URL of the account, then log in again.</source>
        <translation>Kontrollér kontoens klient-id og autoriserings-URL, og log ind igen.</translation>
    </message>
    <message>
        <location filename="../../providers/pdf.py" line="-75"/>
        <source>{provider}&apos;s PDF link is not a web address, so it was not fetched</source>
        <extracomment>redirects followed at most (each hop is checked for its origin again)</extracomment>
        <translation>PDF-linket fra {provider} er ikke en webadresse, så det blev ikke hentet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync the account; if the link stays wrong, the provider must fix it.</source>
        <translation>Synkronisér kontoen; hvis linket stadig er forkert, skal udbyderen rette det.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{provider}&apos;s PDF link redirected more than {MAX_REDIRECTS} times, so it was given up</source>
        <translation>PDF-linket fra {provider} omdirigerede mere end {MAX_REDIRECTS} gange, så det blev opgivet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{provider} refused the account&apos;s login for the PDF (HTTP {status_})</source>
        <translation>{provider} afviste kontoens login til PDF&apos;en (HTTP {status_})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the account&apos;s login in Accounts, then try again.</source>
        <translation>Kontrollér kontoens login under Konti, og prøv igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} refused the PDF download (HTTP {status_}){elsewhere}</source>
        <translation>{where} afviste download af PDF&apos;en (HTTP {status_}){elsewhere}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the invoice at the provider&apos;s website instead.</source>
        <translation>Åbn fakturaen på udbyderens websted i stedet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{provider} no longer has this PDF ({where} answered HTTP {status_})</source>
        <translation>{provider} har ikke længere denne PDF ({where} svarede HTTP {status_})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync the account to get a fresh link, then try again.</source>
        <translation>Synkronisér kontoen for at få et nyt link, og prøv igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{provider} answered HTTP {status_} for the PDF</source>
        <translation>{provider} svarede HTTP {status_} for PDF&apos;en</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{provider} sent something that is not a PDF ({kind}, {count} bytes), so it was not kept</source>
        <translation>{provider} sendte noget, der ikke er en PDF ({kind}, {count} byte), så det blev ikke gemt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again later, or open the invoice at the provider&apos;s website.</source>
        <translation>Prøv igen senere, eller åbn fakturaen på udbyderens websted.</translation>
    </message>
    <message>
        <location filename="../../providers/places.py" line="+14"/>
        <source>{what}, line {n}</source>
        <extracomment>a place: words a parser built (old style) or a Text</extracomment>
        <translation>{what}, linje {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}, offer {n}</source>
        <translation>{what}, tilbud {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}, reminder {n}</source>
        <translation>{what}, rykker {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} refund {n}</source>
        <translation>{what}, tilbagebetaling {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} transaction {n}</source>
        <translation>{what}, transaktion {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} credit note {n}</source>
        <translation>{what}, kreditnota {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} agency update {n}</source>
        <translation>{what}, inkassoopdatering {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} amount</source>
        <extracomment>fields named in words rather than by their wire name</extracomment>
        <translation>{what}, beløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} VAT</source>
        <translation>{what}, moms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} VAT rate</source>
        <translation>{what}, momssats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} paid amount</source>
        <translation>{what}, betalt beløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} status</source>
        <translation>{what}, status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} date</source>
        <translation>{what}, dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} refunds</source>
        <translation>{what}, tilbagebetalinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} transactions</source>
        <translation>{what}, transaktioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} credit notes</source>
        <translation>{what}, kreditnotaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} agency updates</source>
        <translation>{what}, inkassoopdateringer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{provider} invoice {id}</source>
        <translation>{provider}-faktura {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../providers/subjects.py" line="+32"/>
        <source>invoice {id}</source>
        <translation>faktura {id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} {field}</source>
        <translation>{what} {field}</translation>
    </message>
    <message>
        <location filename="../../providers/sendregning.py" line="+92"/>
        <source>the SendRegning account has no login e-mail or password stored</source>
        <extracomment>how far back (by invoice date) an incremental sync re-reads the paid list</extracomment>
        <translation>SendRegning-kontoen har ingen gemt login-e-mail eller adgangskode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the account again with both secrets.</source>
        <translation>Tilføj kontoen igen med begge hemmeligheder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the originator id must be SendRegning&apos;s account number (digits), not &apos;{originator}&apos;</source>
        <translation>afsender-id&apos;et (originator id) skal være dit kontonummer hos SendRegning (cifre), ikke »{originator}«</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find it in SendRegning under Innstillinger.</source>
        <translation>Du finder det i SendRegning under Innstillinger.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SendRegning refused the login e-mail, password or originator id</source>
        <translation>SendRegning afviste login-e-mailen, adgangskoden eller afsender-id&apos;et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check them and log in again (for the CLI: remove and add the account).</source>
        <translation>Kontrollér dem, og log ind igen (på kommandolinjen: fjern kontoen, og tilføj den igen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SendRegning denied access: {value}</source>
        <translation>SendRegning nægtede adgang: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the account owner to give this login access to invoices.</source>
        <translation>Bed kontoejeren om at give dette login adgang til fakturaer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SendRegning answered: {detail}</source>
        <translation>SendRegning svarede: {detail}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SendRegning sent the same invoices again on page {count} of {path}, so the list was not read to its end</source>
        <translation>SendRegning sendte de samme fakturaer igen på side {count} af {path}, så listen blev ikke læst til ende</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SendRegning&apos;s next-page link points to another server ({origin}); it was not followed, so the list was not read to its end</source>
        <translation>Linket til næste side fra SendRegning peger på en anden server ({origin}); det blev ikke fulgt, så listen blev ikke læst til ende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the account&apos;s base URL; nothing was marked as removed.</source>
        <translation>Kontrollér kontoens basis-URL; intet blev markeret som fjernet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SendRegning&apos;s next-page link points back to a page already read (after {count} pages of {path})</source>
        <translation>Linket til næste side fra SendRegning peger tilbage på en side, der allerede er læst (efter {count} sider af {path})</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>SendRegning sent an invoice without a number</source>
        <translation>SendRegning sendte en faktura uden nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice {number}: {problem}</source>
        <translation>faktura {number}: {problem}</translation>
    </message>
    <message>
        <location line="+86"/>
        <location filename="../../providers/telecomx.py" line="+160"/>
        <location line="+74"/>
        <source>Try again later; nothing was marked as removed.</source>
        <translation>Prøv igen senere; intet blev markeret som fjernet.</translation>
    </message>
    <message>
        <location filename="../../providers/subjects.py" line="-20"/>
        <location line="+1"/>
        <source>the invoice list</source>
        <translation>fakturalisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login</source>
        <translation>login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the invoice lookup</source>
        <translation>fakturaopslaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection test</source>
        <translation>forbindelsestesten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the invoice list for product {id}</source>
        <translation>fakturalisten for produkt {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the invoices of customer {id}</source>
        <translation>fakturaerne for kunde {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the details of invoice {id}</source>
        <translation>detaljerne for faktura {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice key {id}</source>
        <translation>fakturanøgle {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer {id}</source>
        <translation>kunde {id}</translation>
    </message>
    <message>
        <location filename="../../providers/telecomx.py" line="-94"/>
        <source>Telecom X listed an invoice without an id at position {offset}</source>
        <extracomment>invoices per batch handed to the sink (one transaction each) new logins after 401s, with no request succeeding in between, before giving up a bound for a list that gives no total (20,000 pages of up to 500 invoices) the login was refused (a changed password): no thread logs in again with it</extracomment>
        <translation>Telecom X listede en faktura uden id på position {offset}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please report this to the invoicedesk developers.</source>
        <translation>Meld venligst dette til udviklerne af invoicedesk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Telecom X answered the invoice list at offset {offset} with only invoices it had already sent, so the list cannot be read to its end</source>
        <translation>Telecom X besvarede fakturalisten fra position {offset} med kun fakturaer, den allerede havde sendt, så listen kan ikke læses til ende</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Telecom X&apos;s invoice list gave no total and did not end after {MAX_PAGES_WITHOUT_TOTAL} pages, so reading stopped there</source>
        <translation>Fakturalisten fra Telecom X angav intet samlet antal og sluttede ikke efter {MAX_PAGES_WITHOUT_TOTAL} sider, så læsningen stoppede dér</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the invoice list&apos;s total is not a whole number</source>
        <translation>det samlede antal i fakturalisten er ikke et heltal</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Telecom X kept refusing {what} with new login tokens</source>
        <translation>Telecom X blev ved med at afvise {what} med nye login-tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <location line="+13"/>
        <location filename="../../providers/telecomx_parse.py" line="+314"/>
        <source>Check the username and password (or token) and log in again.</source>
        <translation>Kontrollér brugernavnet og adgangskoden (eller tokenet), og log ind igen.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Telecom X no longer accepts the stored employee token</source>
        <translation>Telecom X accepterer ikke længere det gemte medarbejdertoken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a new employee token in Telecom X (or store a username and password) and log in again.</source>
        <translation>Opret et nyt medarbejdertoken i Telecom X (eller gem brugernavn og adgangskode), og log ind igen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Telecom X refused every request after {MAX_RENEWALS} new logins in a row</source>
        <translation>Telecom X afviste alle anmodninger efter {MAX_RENEWALS} nye login i træk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Telecom X refused the new login token as well</source>
        <translation>Telecom X afviste også det nye login-token</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Telecom X accepted the login but sent no token</source>
        <translation>Telecom X accepterede login, men sendte intet token</translation>
    </message>
    <message>
        <location filename="../../providers/telecomx_parse.py" line="-296"/>
        <source>{what}: not a date: {value!r}</source>
        <translation>{what}: ikke en dato: {value!r}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invoiceNumber: unexpected {type}</source>
        <translation>invoiceNumber: uventet {type}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invoiceNumber: not an invoice number: {value}</source>
        <translation>invoiceNumber: ikke et fakturanummer: {value}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{what}: expected an object, got {type}</source>
        <translation>{what}: forventede et objekt, fik {type}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what}: units x unitPrice is out of range</source>
        <translation>{what}: units x unitPrice er uden for det gyldige område</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Telecom X sent an invoice without an id (_id)</source>
        <translation>Telecom X sendte en faktura uden id (_id)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Telecom X invoice {oid} could not be read: {problem}</source>
        <translation>Telecom X-faktura {oid} kunne ikke læses: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please report this invoice to the invoicedesk developers.</source>
        <translation>Meld venligst denne faktura til udviklerne af invoicedesk.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>paid: expected true or false, got {paid!r}</source>
        <translation>paid: forventede true eller false, fik {paid!r}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> (Telecom X says: {said})</source>
        <translation> (Telecom X siger: {said})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this Telecom X user logs in with two-factor authentication, which invoicedesk cannot answer</source>
        <translation>denne Telecom X-bruger logger ind med totrinsgodkendelse, som invoicedesk ikke kan besvare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create an employee token in Telecom X and store it as the account&apos;s token.</source>
        <translation>Opret et medarbejdertoken i Telecom X, og gem det som kontoens token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Telecom X refused the username or password</source>
        <translation>Telecom X afviste brugernavnet eller adgangskoden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the username and password in the account settings and log in again.</source>
        <translation>Kontrollér brugernavnet og adgangskoden i kontoindstillingerne, og log ind igen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this Telecom X user is not allowed to log in{said}</source>
        <translation>denne Telecom X-bruger må ikke logge ind{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your Telecom X administrator to enable the user, or use another login.</source>
        <translation>Bed din Telecom X-administrator om at aktivere brugeren, eller brug et andet login.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Telecom X asks for a new login{said}</source>
        <translation>Telecom X beder om et nyt login{said}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Telecom X has blocked this computer&apos;s IP address</source>
        <translation>Telecom X har blokeret denne computers IP-adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Telecom X support to lift the block.</source>
        <translation>Kontakt Telecom X&apos; support for at få blokeringen ophævet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (access level {level})</source>
        <translation> (adgangsniveau {level})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this Telecom X login{who} may not see {subject}</source>
        <translation>dette Telecom X-login{who} har ikke adgang til {subject}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a reseller or admin login, and check the account&apos;s customer and reseller options.</source>
        <translation>Brug et forhandler- eller administratorlogin, og kontrollér kontoens indstillinger customer og reseller.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Telecom X no longer has {what}</source>
        <translation>Telecom X har ikke længere {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have been deleted meanwhile; sync again.</source>
        <translation>Den kan være blevet slettet i mellemtiden; synkronisér igen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telecom X did not find {subject}</source>
        <translation>Telecom X fandt ikke {subject}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s base URL and its customer and reseller options.</source>
        <translation>Kontrollér kontoens basis-URL og indstillingerne customer og reseller.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Telecom X rejected the request for {subject}{said}</source>
        <translation>Telecom X afviste anmodningen om {subject}{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s options; if they are right, please report this to the invoicedesk developers.</source>
        <translation>Kontrollér kontoens indstillinger; hvis de er rigtige, så meld venligst dette til udviklerne af invoicedesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Telecom X had an internal error while answering for {subject}</source>
        <translation>Telecom X fik en intern fejl under besvarelsen af {subject}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again later; if it persists, contact Telecom X support.</source>
        <translation>Prøv igen senere; kontakt Telecom X&apos; support, hvis det fortsætter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Telecom X answered the request for {subject} unexpectedly{said}</source>
        <translation>Telecom X besvarede anmodningen om {subject} uventet{said}</translation>
    </message>
    <message>
        <location filename="../../providers/telecomx_settings.py" line="+34"/>
        <source>the Telecom X account needs both a username and a password</source>
        <extracomment>username, password, stored token</extracomment>
        <translation>Telecom X-kontoen skal have både brugernavn og adgangskode</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Store {{&quot;username&quot;: ..., &quot;password&quot;: ...}} or an employee {{&quot;token&quot;: ...}}.</source>
        <translation>Gem {{&quot;username&quot;: ..., &quot;password&quot;: ...}} eller et medarbejdertoken {{&quot;token&quot;: ...}}.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the Telecom X account has no login: neither username and password nor token</source>
        <translation>Telecom X-kontoen har intet login: hverken brugernavn og adgangskode eller token</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the currency option must be a three-letter code such as DKK, not &apos;{currency}&apos;</source>
        <translation>indstillingen currency skal være en kode på tre bogstaver, f.eks. DKK, ikke »{currency}«</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the account&apos;s currency option.</source>
        <translation>Ret kontoens indstilling currency.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {key} option must be a Telecom X id of 24 characters 0-9/a-f</source>
        <translation>indstillingen {key} skal være et Telecom X-id på 24 tegn 0-9/a-f</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the {key} id from Telecom X into the account&apos;s options.</source>
        <translation>Kopiér {key}-id&apos;et fra Telecom X ind i kontoens indstillinger.</translation>
    </message>
    <message>
        <location filename="../../providers/tls.py" line="+40"/>
        <source>the ca_file option names {ca_file}, which cannot be read as a CA certificate ({reason})</source>
        <translation>indstillingen ca_file peger på {ca_file}, som ikke kan læses som et CA-certifikat ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point ca_file at the certificate authority&apos;s PEM file, or remove the option.</source>
        <translation>Lad ca_file pege på certifikatudstederens PEM-fil, eller fjern indstillingen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server uses a private certificate authority, set the account&apos;s ca_file option to that CA&apos;s certificate (PEM). Also check the computer&apos;s date and time, and any proxy or antivirus that intercepts HTTPS.</source>
        <translation>Hvis serveren bruger en privat certifikatudsteder, så sæt kontoens indstilling ca_file til denne udsteders certifikat (PEM). Kontrollér også computerens dato og klokkeslæt og eventuelle proxyer eller antivirusprogrammer, der opfanger HTTPS.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server&apos;s certificate is for another host name ({detail})</source>
        <translation>serverens certifikat gælder et andet værtsnavn ({detail})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the account&apos;s base URL: it must name the host the certificate was made for.</source>
        <translation>Kontrollér kontoens basis-URL: den skal angive den vært, certifikatet er lavet til.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server&apos;s certificate is not valid at this date and time ({detail})</source>
        <translation>serverens certifikat er ikke gyldigt på denne dato og dette klokkeslæt ({detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the computer&apos;s date, time and time zone; if they are right, the server&apos;s certificate has expired.</source>
        <translation>Kontrollér computerens dato, klokkeslæt og tidszone; hvis de er rigtige, er serverens certifikat udløbet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s certificate is not trusted ({detail})</source>
        <translation>serverens certifikat er ikke betroet ({detail})</translation>
    </message>
    <message>
        <location filename="../../storage/accounts.py" line="+40"/>
        <source>{shown_name} is not a usable account name: use 1-64 letters, digits, spaces, . _ @ + -</source>
        <extracomment>a disabled account is kept (settings, secrets, cache) but not synced, not in totals</extracomment>
        <translation>{shown_name} kan ikke bruges som kontonavn: brug 1-64 bogstaver, cifre, mellemrum, . _ @ + -</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the account list {path}: {exc}. Fix the file or move it away to start afresh.</source>
        <translation>kan ikke læse kontolisten {path}: {exc}. Ret filen, eller flyt den væk for at begynde forfra.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>account #{value} in {path} lacks a name or provider; fix the file</source>
        <translation>konto nr. {value} i {path} mangler navn eller udbyder; ret filen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no account named &apos;{name}&apos; (accounts: {known})</source>
        <translation>ingen konto med navnet »{name}« (konti: {known})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an account named &apos;{name}&apos; exists already; remove it first or pick another name</source>
        <translation>der findes allerede en konto med navnet »{name}«; fjern den først, eller vælg et andet navn</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <location filename="../../sync/account_admin.py" line="+89"/>
        <source>no account named &apos;{name}&apos;</source>
        <extracomment>the account&apos;s secrets after the edit (None: unchanged) another login or server: the cached invoices are someone else&apos;s and must go cached invoices that would be dropped</extracomment>
        <translation>ingen konto med navnet »{name}«</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an account named &apos;{name}&apos; exists already; pick another name</source>
        <translation>der findes allerede en konto med navnet »{name}«; vælg et andet navn</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the account list {path} stayed locked by another invoicedesk for 30 s; try again when it has finished</source>
        <translation>kontolisten {path} var låst af en anden invoicedesk i 30 s; prøv igen, når den er færdig</translation>
    </message>
    <message>
        <location filename="../../storage/cache_errors.py" line="+28"/>
        <source>the disk holding the invoice cache {path} is full, so the sync could not store what it fetched. Free some space and sync again; nothing stored before was lost.</source>
        <translation>disken med fakturacachen {path} er fuld, så synkroniseringen kunne ikke gemme det, den hentede. Frigør noget plads, og synkronisér igen; intet, der var gemt i forvejen, gik tabt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the invoice cache {path} is read-only for this user, so it cannot be written. Make the file and its folder writable (or use another --profile-dir).</source>
        <translation>fakturacachen {path} er skrivebeskyttet for denne bruger, så den kan ikke skrives. Gør filen og dens mappe skrivbare (eller brug en anden --profile-dir).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the invoice cache {path} stayed locked by another invoicedesk (a sync or the app). Wait for it to finish and try again.</source>
        <translation>fakturacachen {path} var låst af en anden invoicedesk (en synkronisering eller appen). Vent, til den er færdig, og prøv igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the invoice cache {path} is damaged ({text}). It holds only copies of provider data: move it away and sync again to rebuild it.</source>
        <translation>fakturacachen {path} er beskadiget ({text}). Den indeholder kun kopier af udbyderdata: flyt den væk, og synkronisér igen for at genopbygge den.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the invoice cache {path} cannot be opened ({text}). Check that its folder exists and that this user may read and write it.</source>
        <translation>fakturacachen {path} kan ikke åbnes ({text}). Kontrollér, at mappen findes, og at denne bruger må læse og skrive i den.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the invoice cache {path} could not be read or written ({text}): a disk problem (full, removed or failing). Check the disk and try again.</source>
        <translation>fakturacachen {path} kunne ikke læses eller skrives ({text}): et diskproblem (fuld, fjernet eller defekt). Kontrollér disken, og prøv igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the invoice cache {path} failed ({text}). If this persists, move it away and sync again to rebuild it (it holds only copies of provider data).</source>
        <translation>fakturacachen {path} fejlede ({text}). Hvis det fortsætter, så flyt den væk, og synkronisér igen for at genopbygge den (den indeholder kun kopier af udbyderdata).</translation>
    </message>
    <message>
        <location filename="../../storage/cache_schema.py" line="+91"/>
        <source>the cache {path} was written by a newer invoicedesk (schema {version}); update invoicedesk or use another --profile-dir</source>
        <translation>cachen {path} blev skrevet af en nyere invoicedesk (skema {version}); opdatér invoicedesk, eller brug en anden --profile-dir</translation>
    </message>
    <message>
        <location filename="../../storage/documents.py" line="+76"/>
        <source>could not keep the PDF in {root} ({reason}); free some space or check the folder&apos;s permissions, then try again</source>
        <translation>kunne ikke gemme PDF&apos;en i {root} ({reason}); frigør noget plads, eller kontrollér mappens rettigheder, og prøv igen</translation>
    </message>
    <message>
        <location filename="../../storage/secrets.py" line="+49"/>
        <source>no usable keyring: invoicedesk keeps passwords and tokens only in the system keyring, and {reason}. {remedy}</source>
        <translation>ingen brugbar nøglering: invoicedesk gemmer kun adgangskoder og tokens i systemets nøglering, og {reason}. {remedy}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>see &apos;Headless Linux&apos; in the README</source>
        <translation>se »Headless Linux« i README</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the only keyring found (keyrings.alt) stores secrets in plain text</source>
        <translation>den eneste nøglering, der blev fundet (keyrings.alt), gemmer hemmeligheder i klartekst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uninstall keyrings.alt and use the desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC).</source>
        <translation>Afinstallér keyrings.alt, og brug skrivebordets nøglering (GNOME Keyring, KWallet, KeePassXC).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the configured keyring {reason}</source>
        <translation>den konfigurerede nøglering: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the PYTHON_KEYRING_BACKEND variable and keyring&apos;s configuration file.</source>
        <translation>Kontrollér variablen PYTHON_KEYRING_BACKEND og keyrings konfigurationsfil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system keyring could not be used ({reason})</source>
        <translation>systemets nøglering kunne ikke bruges ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to the computer&apos;s user account normally and try again.</source>
        <translation>Log ind på computerens brugerkonto på normal vis, og prøv igen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no keyring service is running in this session (there is no D-Bus session)</source>
        <translation>ingen nøgleringstjeneste kører i denne session (der er ingen D-Bus-session)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to a desktop session, or in a plain shell start one with {session} and, inside it, {start} ({readme}).</source>
        <translation>Log ind i en skrivebordssession, eller start en i en almindelig skal med {session} og, inde i den, {start} ({readme}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install one (e.g. {install}), then sign in to a desktop session, or in a plain shell start one with {session} and, inside it, {start} ({readme}).</source>
        <translation>Installér en (f.eks. {install}), og log derefter ind i en skrivebordssession, eller start en i en almindelig skal med {session} og, inde i den, {start} ({readme}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no keyring service is running in this session (nothing answers for the Secret Service on D-Bus)</source>
        <translation>ingen nøgleringstjeneste kører i denne session (intet svarer for Secret Service på D-Bus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start one: {start} ({readme}), or sign in to a desktop session.</source>
        <translation>Start en: {start} ({readme}), eller log ind i en skrivebordssession.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install one (e.g. {install}), then start one: {start} ({readme}), or sign in to a desktop session.</source>
        <translation>Installér en (f.eks. {install}), og start den derefter: {start} ({readme}), eller log ind i en skrivebordssession.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the keyring could not be read: {exc}</source>
        <translation>nøgleringen kunne ikke læses: {exc}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the keyring entry for &apos;{account}&apos; is damaged; add the account again</source>
        <translation>posten i nøgleringen for »{account}« er beskadiget; tilføj kontoen igen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the keyring refused to store the secrets for &apos;{account}&apos;: {exc}</source>
        <translation>nøgleringen nægtede at gemme hemmelighederne for »{account}«: {exc}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the keyring could not delete &apos;{account}&apos;: {exc}</source>
        <translation>nøgleringen kunne ikke slette »{account}«: {exc}</translation>
    </message>
    <message>
        <location filename="../../sync/documents.py" line="+39"/>
        <source>the provider gave no PDF for this invoice</source>
        <translation>udbyderen gav ingen PDF til denne faktura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the account &apos;{account}&apos; is no longer set up, so its PDF cannot be fetched</source>
        <translation>kontoen »{account}« er ikke længere oprettet, så dens PDF kan ikke hentes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} offers no PDF download</source>
        <translation>{display_name} tilbyder ikke download af PDF</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="+95"/>
        <source>unexpected internal error ({name}); details are in the log file</source>
        <extracomment>options every account may carry besides its provider&apos;s own what the sync found, per change kind (see :func:`invoicedesk.domain.changes.digest`) ``message`` as a translatable Text (the window shows this one)</extracomment>
        <translation>uventet intern fejl ({name}); detaljerne står i logfilen</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Fix the account&apos;s options.</source>
        <translation>Ret kontoens indstillinger.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>a sync of this account is running</source>
        <translation>en synkronisering af denne konto er i gang</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>sync cancelled; everything fetched so far is kept</source>
        <translation>synkroniseringen blev annulleret; alt, der er hentet indtil nu, er bevaret</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{count} invoices fetched</source>
        <translation>{count} fakturaer hentet</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the direction option is &apos;{get}&apos;</source>
        <translation>indstillingen direction er »{get}«</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use --option direction=receivable or direction=payable.</source>
        <translation>Brug --option direction=receivable eller direction=payable.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown provider &apos;{provider}&apos;; choose one of: {known}</source>
        <translation>ukendt udbyder »{provider}«; vælg en af: {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account and add it again with a known provider.</source>
        <translation>Fjern kontoen, og tilføj den igen med en kendt udbyder.</translation>
    </message>
    <message>
        <location filename="../../sync/process.py" line="+235"/>
        <source>the sync of this account stopped unexpectedly (exit code {code}); everything fetched before is kept. Sync again; if it happens again, the log file has the details</source>
        <extracomment>how long a cancelled child may take beyond one request&apos;s timeouts before it is terminated (it checks for cancel between requests, so a slow request in flight runs to its end) how much lower the children&apos;s CPU priority is than the window&apos;s (Unix) how long the child waits for the parent to store renewed secrets</extracomment>
        <translation>synkroniseringen af denne konto stoppede uventet (afslutningskode {code}); alt, der var hentet før, er bevaret. Synkronisér igen; sker det igen, står detaljerne i logfilen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the window closed</source>
        <translation>vinduet blev lukket</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the keyring did not answer in time</source>
        <translation>nøgleringen svarede ikke i tide</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../export_view.py" line="+164"/>
        <source>There are no invoices in the view to export.</source>
        <translation>Der er ingen fakturaer i visningen at eksportere.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV til regneark (*.csv)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Replace file?</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls (parent, existing file) -&gt; may it be replaced?</extracomment>
        <translation>Erstat filen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export invoices in view</source>
        <translation>Eksportér fakturaerne i visningen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing exported; %1 was kept.</source>
        <translation>Intet eksporteret; %1 blev bevaret.</translation>
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
    <name>ExportLabels</name>
    <message>
        <location filename="../export_labels.py" line="+24"/>
        <source>ID</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminder fees</source>
        <translation>Rykkergebyrer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../fact_labels.py" line="+21"/>
        <source>Credits invoice</source>
        <translation>Krediterer faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Ordredato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date</source>
        <translation>Leveringsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder date</source>
        <translation>Rykkerdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Udstedt af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Fakturanummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period invoice</source>
        <translation>Periodefaktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to customer</source>
        <translation>Sendt til kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal at wholesale</source>
        <translation>Subtotal til engrospris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT at wholesale</source>
        <translation>Moms til engrospris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal at cost</source>
        <translation>Subtotal til kostpris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT at cost</source>
        <translation>Moms til kostpris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit management</source>
        <translation>Kreditstyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit management status</source>
        <translation>Status for kreditstyring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection running</source>
        <translation>Inkasso i gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders sent</source>
        <translation>Rykkere sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest reminder level</source>
        <translation>Højeste rykkerniveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection agency status</source>
        <translation>Status hos inkassobureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next collection step</source>
        <translation>Næste inkassotrin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Status ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited VAT</source>
        <translation>Krediteret moms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surcharge</source>
        <translation>Tillæg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test invoice</source>
        <translation>Testfaktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection agency update</source>
        <translation>Besked fra inkassobureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>Kundenummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer identification</source>
        <translation>Kundeidentifikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative offers</source>
        <translation>Alternative tilbud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice type</source>
        <translation>Fakturatype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Betalingsmåde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice status</source>
        <translation>Fakturastatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment status</source>
        <translation>Betalingsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment date</source>
        <translation>Betalingsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known only from reminder</source>
        <translation>Kendt kun fra rykker</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder invoice</source>
        <translation>Rykkerfaktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final invoice</source>
        <translation>Sidste faktura før inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid</source>
        <translation>Ikke betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Delvist betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced</source>
        <translation>Faktureret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent to the agency</source>
        <translation>Ikke sendt til inkassobureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the agency</source>
        <translation>Sendt til inkassobureau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>code %1</source>
        <translation>kode %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search number, customer, description</source>
        <translation type="vanished">Søg i nummer, kunde, beskrivelse</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="+80"/>
        <source>Search invoices</source>
        <translation>Søg i fakturaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search number, customer, KID, org. number, reference, amount</source>
        <translation>Søg i nummer, kunde, betalings-id, CVR-nr., reference, beløb</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+1"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed to you and you owe</source>
        <translation>Til gode og skyldig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show every claim again</source>
        <translation>Vis alle krav igen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Providers and accounts</source>
        <translation>Udbydere og konti</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+111"/>
        <source>All providers and accounts</source>
        <translation>Alle konti</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Date preset</source>
        <translation>Datoudvalg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which date</source>
        <translation>Hvilken dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by issue date</source>
        <translation>efter fakturadato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by due date</source>
        <translation>efter forfaldsdato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“From” is after “To”: no date range applied</source>
        <translation>»Fra« er efter »Til«: ingen datoafgrænsning brugt</translation>
    </message>
    <message>
        <location filename="../presets.py" line="+15"/>
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
        <source>This quarter (VAT DK, NL)</source>
        <translation>Dette kvartal (moms DK, NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter (VAT DK, NL)</source>
        <translation>Sidste kvartal (moms DK, NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Seneste 90 dage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This VAT term (NO, two months)</source>
        <translation>Denne momstermin (NO, to måneder)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous VAT term (NO)</source>
        <translation>Forrige momstermin (NO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This VAT half-year (DK)</source>
        <translation>Dette momshalvår (DK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous VAT half-year (DK)</source>
        <translation>Forrige momshalvår (DK)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due this week</source>
        <translation>Forfalder i denne uge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in the next 14 days</source>
        <translation>Forfalder inden for 14 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue more than 30 days</source>
        <translation>Forfalden i mere end 30 dage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom…</source>
        <translation>Tilpasset…</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="+69"/>
        <source>Aging: %1 · %2 · %3 ✕</source>
        <translation>Aldersfordeling: %1 · %2 · %3 ✕</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (all accounts)</source>
        <translation>%1 (alle konti)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../first_run.py" line="+30"/>
        <source>Your SendRegning login e-mail, password and account number.</source>
        <translation>Din SendRegning-login-e-mail, adgangskode og kontonummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Telecom X username and password, or an employee token.</source>
        <translation>Dit Telecom X-brugernavn og din adgangskode, eller et medarbejdertoken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The website key and secret key from Buckaroo Plaza.</source>
        <translation>Webstedsnøglen og den hemmelige nøgle fra Buckaroo Plaza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client ID from MediaConnect; you sign in in the browser.</source>
        <translation>Klient-id&apos;et fra MediaConnect; du logger ind i browseren.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Welcome to invoicedesk</source>
        <extracomment>add an account of this provider</extracomment>
        <translation>Velkommen til invoicedesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the accounts you send or receive invoices with, and every invoice shows in one table: amounts, VAT, due dates and what is still owed.</source>
        <translation>Tilføj de konti, du sender eller modtager fakturaer med, så vises alle fakturaer i én tabel: beløb, moms, forfaldsdatoer og hvad der stadig skyldes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add an account</source>
        <translation>Tilføj en konto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a {provider} account</source>
        <translation>Tilføj en {provider}-konto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Just looking?</source>
        <translation>Vil du bare kigge?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Prøv demoen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a second window with made-up invoices from built-in test servers. Nothing of it is kept, and your own settings are not touched.</source>
        <translation>Åbner et ekstra vindue med opdigtede fakturaer fra indbyggede testservere. Intet af det gemmes, og dine egne indstillinger røres ikke.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo is starting…</source>
        <translation>Demoen starter …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passwords, keys and tokens are kept only in your system&apos;s keyring ({name}), never in a file of invoicedesk&apos;s. Invoices are cached on this computer so the app works offline.</source>
        <translation>Adgangskoder, nøgler og tokens gemmes kun i systemets nøglering ({name}), aldrig i en fil fra invoicedesk. Fakturaer gemmes på denne computer, så appen virker uden net.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoicedesk keeps passwords only in the system keyring, and none usable was found ({name}): see the warning above before adding an account.</source>
        <translation>invoicedesk gemmer kun adgangskoder i systemets nøglering, og ingen brugbar blev fundet ({name}): se advarslen ovenfor, før du tilføjer en konto.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <location filename="../invoice_document.py" line="+80"/>
        <source>Made by invoicedesk from the data last synced from %1; not the provider&apos;s own document.</source>
        <translation>Lavet af invoicedesk ud fra de data, der sidst blev synkroniseret fra %1; ikke udbyderens eget dokument.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Issued</source>
        <translation>Udstedt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Due</source>
        <translation>Forfald</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Description</source>
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
        <translation>Jeres reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order reference</source>
        <translation>Ordrereference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits invoice</source>
        <translation>Krediterer faktura</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organisation number %1</source>
        <translation>CVR-nummer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer number %1</source>
        <translation>Kundenummer %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seller</source>
        <translation>Sælger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>Leveringsadresse</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>VAT rate</source>
        <translation>Momssats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>VAT</source>
        <translation>Moms</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>VAT summary</source>
        <translation>Momsoversigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fees</source>
        <translation>Gebyrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Totals</source>
        <translation>Totaler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link</source>
        <translation>Betalingslink</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment details</source>
        <translation>Betalingsoplysninger</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <location filename="../columns.py" line="+68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Dage forfalden</translation>
    </message>
    <message>
        <location line="-4"/>
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
        <location line="-2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Provider</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls right-aligned like amounts sensible first-run widths in pixels (the header state remembers the user&apos;s own)</extracomment>
        <translation>Udbyder</translation>
    </message>
    <message>
        <location filename="../invoice_model.py" line="+446"/>
        <source>Telecom X has not given this invoice a number yet</source>
        <extracomment>the real value of a cell (Decimal, date, str) for sorting by callers the :class:`InvoiceRow` of a row roles a delegate asks for that this model never sets an incremental update (:meth:`apply_update`) starts, took its steps of one pass, is done changes whenever the visible rows are made anew (a table, filter or sort) by row index, the rows the filter lets through (None: all, or not known)</extracomment>
        <translation>Telecom X har endnu ikke givet denne faktura et nummer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Overdue by %n day(s): %1 outstanding</source>
        <translation>
            <numerusform>Forfalden med %n dag: %1 udestående</numerusform>
            <numerusform>Forfalden med %n dage: %1 udestående</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A draft: not sent or not numbered yet; it counts in no total</source>
        <translation>En kladde: ikke sendt eller ikke nummereret endnu; den tælles ikke med i nogen sum</translation>
    </message>
    <message>
        <source>Overdue: %1 outstanding</source>
        <translation type="vanished">Forfalden: %1 udestående</translation>
    </message>
</context>
<context>
    <name>InvoiceTableView</name>
    <message>
        <location filename="../invoice_view.py" line="+25"/>
        <source>Invoices</source>
        <extracomment>whether the saved header is the fitted default (the customer column takes the spare width)</extracomment>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoice columns</source>
        <translation>Fakturakolonner</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Columns</source>
        <extracomment>while rows go in and out above it, the invoice at the top stays at the top</extracomment>
        <translation>Kolonner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset columns</source>
        <translation>Nulstil kolonner</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../keyboard.py" line="+86"/>
        <source>Next pane</source>
        <translation>Næste rude</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous pane</source>
        <translation>Forrige rude</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open PDF</source>
        <translation>Åbn PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open payment link</source>
        <translation>Åbn betalingslink</translation>
    </message>
</context>
<context>
    <name>KeyringHelp</name>
    <message>
        <source>No usable keyring: invoicedesk keeps passwords and tokens only in the system keyring.</source>
        <translation type="vanished">Ingen brugbar nøglering: invoicedesk gemmer adgangskoder og tokens kun i systemets nøglering.</translation>
    </message>
    <message>
        <source>The only keyring found (keyrings.alt) stores secrets in plain text. Uninstall keyrings.alt and use the desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC).</source>
        <translation type="vanished">Den eneste nøglering, der blev fundet (keyrings.alt), gemmer hemmeligheder i klartekst. Afinstallér keyrings.alt, og brug skrivebordets nøglering (GNOME Keyring, KWallet, KeePassXC).</translation>
    </message>
    <message>
        <source>The configured keyring could not be loaded ({detail}). Check the PYTHON_KEYRING_BACKEND variable and keyring&apos;s configuration file.</source>
        <translation type="vanished">Den indstillede nøglering kunne ikke indlæses ({detail}). Tjek variablen PYTHON_KEYRING_BACKEND og konfigurationsfilen til keyring.</translation>
    </message>
    <message>
        <source>The system keyring could not be used ({detail}). Sign in to the computer&apos;s user account normally and try again.</source>
        <translation type="vanished">Systemets nøglering kunne ikke bruges ({detail}). Log ind på computerens brugerkonto på normal vis, og prøv igen.</translation>
    </message>
    <message>
        <source>No keyring service is running in this session (there is no D-Bus session). Sign in to a desktop session, or in a plain shell start one with `{session}` and, inside it, `{unlock}` (see &apos;Headless Linux&apos; in the README).</source>
        <translation type="vanished">Der kører ingen nøgleringstjeneste i denne session (der er ingen D-Bus-session). Log ind i en skrivebordssession, eller start en i en almindelig skal med `{session}` og, inde i den, `{unlock}` (se »Headless Linux« i README).</translation>
    </message>
    <message>
        <source>No keyring service is running in this session (nothing answers for the Secret Service on D-Bus). Start one: `{unlock}` (see &apos;Headless Linux&apos; in the README), or sign in to a desktop session.</source>
        <translation type="vanished">Der kører ingen nøgleringstjeneste i denne session (intet svarer for Secret Service på D-Bus). Start en: `{unlock}` (se »Headless Linux« i README), eller log ind i en skrivebordssession.</translation>
    </message>
    <message>
        <source>First install one, e.g. `{install}`.</source>
        <translation type="vanished">Installér først en, f.eks. `{install}`.</translation>
    </message>
</context>
<context>
    <name>KeyringSave</name>
    <message>
        <location filename="../dialogs/keyring_save.py" line="+170"/>
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
    <name>LanguageSwitch</name>
    <message>
        <source>The new language is used as soon as the sync or export running now ends.</source>
        <extracomment>the new language waits for the sync or export running now</extracomment>
        <translation type="vanished">Det nye sprog tages i brug, så snart den synkronisering eller eksport, der kører nu, er færdig.</translation>
    </message>
    <message>
        <location filename="../language_switch.py" line="+133"/>
        <source>The new language is used as soon as the sync, export or download running now has ended.</source>
        <extracomment>the new language waits for what runs now (a sync, an export, a dialog)</extracomment>
        <translation>Det nye sprog tages i brug, så snart den synkronisering, eksport eller download, der kører nu, er færdig.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_actions.py" line="+59"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aging panel</source>
        <translation>&amp;Aldersfordeling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide what is outstanding by days past due (Ctrl+G)</source>
        <translation>Vis eller skjul udestående efter dage forfalden (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the invoices in view as CSV, Excel or JSON (Ctrl+E)</source>
        <translation>Gem fakturaerne i visningen som CSV, Excel eller JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect another SendRegning, Telecom X, Buckaroo or ConnectID account (Ctrl+N)</source>
        <translation>Forbind endnu en konto hos SendRegning, Telecom X, Buckaroo eller ConnectID (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Main toolbar</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Fetch new and changed invoices from every account (F5)</source>
        <translation>Hent nye og ændrede fakturaer fra alle konti (F5)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Clear search</source>
        <translation>Ryd søgningen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+71"/>
        <source>&amp;Sync</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls</extracomment>
        <translation>&amp;Synkronisér</translation>
    </message>
    <message>
        <location line="-59"/>
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
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Export view…</source>
        <translation>&amp;Eksportér visningen…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Columns</source>
        <translation>&amp;Kolonner</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuller synkronisering</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Tilføj konto…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="+93"/>
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
        <location line="+69"/>
        <source>Invoices and changes</source>
        <translation>Fakturaer og ændringer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Fakturaer</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This invoice is no longer cached.</source>
        <translation>Denne faktura er ikke længere gemt lokalt.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Could not read the invoice cache: %1</source>
        <translation>Kunne ikke læse de lokalt gemte fakturaer: %1</translation>
    </message>
    <message>
        <location filename="../table_update.py" line="+81"/>
        <source>No invoice matches the filters. Widen them to see invoices.</source>
        <translation>Ingen faktura passer til filtrene. Udvid dem for at se fakturaer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected invoice is not in the filtered view.</source>
        <translation>Den valgte faktura er ikke med i den filtrerede visning.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected invoice is no longer in the cache.</source>
        <translation>Den valgte faktura findes ikke længere i cachen.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="+56"/>
        <source>%1 invoices</source>
        <translation>%1 fakturaer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 invoices</source>
        <translation>%1 af %2 fakturaer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add an account first: File → Add account…</source>
        <translation>Tilføj først en konto: Filer → Tilføj konto…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="+87"/>
        <source>Sync cancelled; everything fetched so far is kept</source>
        <translation>Synkronisering annulleret; alt hentet indtil nu beholdes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync finished: %1 new, %2 changed, %3 gone</source>
        <translation>Synkronisering færdig: %1 nye, %2 ændrede, %3 forsvundet</translation>
    </message>
    <message>
        <source>%1 account(s) need attention</source>
        <translation type="vanished">%1 konto(er) kræver opmærksomhed</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="+70"/>
        <source>Passwords cannot be stored safely</source>
        <translation>Adgangskoder kan ikke gemmes sikkert</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../notice.py" line="+25"/>
        <source>OK</source>
        <extracomment>shows (heading, text) to the user over ``parent``; tests may replace it</extracomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OutstandingNote</name>
    <message>
        <location filename="../outstanding_note.py" line="+29"/>
        <source>credited %1</source>
        <translation>krediteret %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the provider&apos;s own balance is %1</source>
        <translation>udbyderens egen saldo er %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reminder fees %1 are owed too</source>
        <translation>rykkergebyr %1 skyldes også</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outstanding %1 is not Total − Paid (%2): %3.</source>
        <translation>Udestående %1 er ikke I alt − Betalt (%2): %3.</translation>
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
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account(s) to look at</source>
        <translation>
            <numerusform>%n konto skal tjekkes</numerusform>
            <numerusform>%n konti skal tjekkes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) need attention</source>
        <translation type="vanished">
            <numerusform>%n konto kræver opmærksomhed</numerusform>
            <numerusform>%n konti kræver opmærksomhed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) selected</source>
        <translation>
            <numerusform>%n række valgt</numerusform>
            <numerusform>%n rækker valgt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Kopierede %n række</numerusform>
            <numerusform>Kopierede %n rækker</numerusform>
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
        <location line="+1"/>
        <source>Direction</source>
        <translation>Retning</translation>
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
        <location line="+3"/>
        <source>Whether these are invoices you sent (owed to you) or bills you received (you owe). Not set: ConnectID personal sign-in is bills you received, everything else invoices you sent.</source>
        <translation>Om det er fakturaer, du har sendt (du har til gode), eller regninger, du har modtaget (du skylder). Ikke valgt: ConnectID med personligt login er regninger, du har modtaget, alt andet fakturaer, du har sendt.</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <message>
        <location line="+1"/>
        <source>Owed to you (invoices you sent)</source>
        <translation>Du har til gode (fakturaer, du har sendt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You owe (bills you received)</source>
        <translation>Du skylder (regninger, du har modtaget)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../i18n.py" line="+48"/>
        <source>&amp;Look in:</source>
        <extracomment>code -&gt; the language&apos;s own name (shown untranslated, so everyone finds their language) code -&gt; the locale Qt&apos;s widgets use (the same as gui/formatting.py&apos;s Babel locales) other language tags that mean one of ours (Norwegian in general and Nynorsk read Bokmål)</extracomment>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Gentag</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="vanished">K&amp;lip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="vanished">&amp;Indsæt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Slet</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="vanished">Markér alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="vanished">OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="vanished">Gem</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Åbn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Luk</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="vanished">Anvend</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="vanished">Nulstil</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">Hjælp</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Kassér</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="vanished">&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="vanished">&amp;Nej</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="vanished">Afbryd</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="vanished">Prøv igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="vanished">Ignorér</translation>
    </message>
</context>
<context>
    <name>ReloginDialog</name>
    <message>
        <location filename="../dialogs/login.py" line="+70"/>
        <source>Log in again – {name}</source>
        <translation>Log ind igen – {name}</translation>
    </message>
    <message>
        <location line="+54"/>
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
    <name>RowActions</name>
    <message>
        <location filename="../row_actions.py" line="+80"/>
        <source>&amp;Copy</source>
        <extracomment>the menu shown last, and how a menu is shown (tests replace it)</extracomment>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy number</source>
        <translation>Kopiér nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open PDF</source>
        <translation>Åbn PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open payment link</source>
        <translation>Åbn betalingslink</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show in account</source>
        <translation>Vis i kontoen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export selection…</source>
        <translation>Eksportér markeringen …</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <location filename="../saved_views.py" line="+99"/>
        <location line="+4"/>
        <source>Saved views</source>
        <extracomment>asks for a name (title, label, current text); None when cancelled the state of the view the user chose</extracomment>
        <translation>Gemte visninger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the current filters as a view…</source>
        <translation>Gem de aktuelle filtre som en visning …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the view…</source>
        <translation>Omdøb visningen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the view</source>
        <translation>Slet visningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the view up</source>
        <translation>Flyt visningen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the view down</source>
        <translation>Flyt visningen ned</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save view</source>
        <translation>Gem visning</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Name of the view:</source>
        <translation>Navn på visningen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename view</source>
        <translation>Omdøb visning</translation>
    </message>
</context>
<context>
    <name>SecretsReader</name>
    <message>
        <location filename="../secrets_reader.py" line="+58"/>
        <source>Reading “{name}” from the keyring… If the system asks you to unlock the keyring, do so.</source>
        <extracomment>the pool the reads run in (None: the global one) the account being read, if any</extracomment>
        <translation>Læser »{name}« fra nøgleringen … Lås nøgleringen op, hvis systemet beder om det.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read “{name}” from the keyring: {reason}</source>
        <translation>Kunne ikke læse »{name}« fra nøgleringen: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings.py" line="+35"/>
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
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when I ask (F5)</source>
        <translation>Kun når jeg beder om det (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sync automatically every</source>
        <translation>Synkroniser automatisk hvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me when a sync finds payments or overdue claims</source>
        <translation>Giv besked, når en synkronisering finder betalinger eller forfaldne krav</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing the window keeps invoicedesk in the tray</source>
        <translation>Når vinduet lukkes, bliver invoicedesk i systembakken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The window switches to the new language when you press OK.</source>
        <translation>Vinduet skifter til det nye sprog, når du trykker OK.</translation>
    </message>
    <message>
        <source>A new language is used from the next start of invoicedesk.</source>
        <translation type="vanished">Det nye sprog bruges, næste gang invoicedesk startes.</translation>
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
        <location filename="../sync_status.py" line="-65"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Syncing 1 account…</source>
        <extracomment>accounts in this round of syncs and how many still run (the bar while no total is known)</extracomment>
        <translation>Synkroniserer 1 konto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing %1 accounts…</source>
        <translation>Synkroniserer %1 konti…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>TelecomX</name>
    <message>
        <location filename="../dialogs/provider_extras.py" line="-135"/>
        <source>Username and password</source>
        <translation>Brugernavn og adgangskode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee token</source>
        <translation>Medarbejdertoken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in with</source>
        <translation>Log ind med</translation>
    </message>
</context>
<context>
    <name>TotalsStrip</name>
    <message>
        <source>No invoices in view</source>
        <translation type="vanished">Ingen fakturaer i visningen</translation>
    </message>
    <message>
        <location filename="../totals.py" line="+156"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="vanished">Fakturaer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="vanished">I alt</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Nothing outstanding in view</source>
        <extracomment>each line&apos;s labels by (direction, currency), and the headings: kept across layouts lines made ahead by :meth:`prepare`, not laid out yet</extracomment>
        <translation>Intet udestående i visningen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open claims</source>
        <translation>Åbne krav</translation>
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
        <location filename="../dialogs/tracked_invoices.py" line="+45"/>
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
        <location line="+64"/>
        <source>Follow by</source>
        <translation>Følg efter</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+85"/>
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
        <location filename="../dialogs/validation.py" line="+19"/>
        <location line="+23"/>
        <source>Required.</source>
        <translation>Skal udfyldes.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Enter a web address starting with https:// (or http://).</source>
        <translation>Indtast en webadresse, der begynder med https:// (eller http://).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Det ligner ikke en e-mailadresse (navn@eksempel.dk).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits only, e.g. 12345.</source>
        <translation>Kun cifre, f.eks. 12345.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A three-letter currency code, e.g. DKK, NOK or EUR.</source>
        <translation>En valutakode på tre bogstaver, f.eks. DKK, NOK eller EUR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number above 0.</source>
        <translation>Et helt tal over 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file.</source>
        <translation>Filen findes ikke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Pick one of the choices.</source>
        <translation>Vælg en af mulighederne.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Give the account a name.</source>
        <translation>Giv kontoen et navn.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Use up to 64 letters, digits, spaces and . _ @ + - (no space at the start or end).</source>
        <translation>Brug op til 64 bogstaver, cifre, mellemrum og . _ @ + - (ikke mellemrum først eller sidst).</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>changes</name>
    <message>
        <location filename="../changes_view.py" line="-256"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part-paid</source>
        <translation>Delvist betalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Krediteret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amended</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone</source>
        <translation>Forsvundet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now overdue</source>
        <translation>Nu forfalden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outstanding</source>
        <translation>Udestående</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid amount</source>
        <translation>Betalt beløb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes</source>
        <translation>Kreditnotaer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Forfaldsdato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>Fakturadato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our reference</source>
        <translation>Vores reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Jeres reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../formatting.py" line="+167"/>
        <source>Paid</source>
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
        <location line="+8"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Kreditnota</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="vanished">Rykker</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Overdue · partly paid</source>
        <extracomment>app language -&gt; Babel locale how providers are named on screen CLDR &quot;currencySpacing&quot;, which Babel does not apply: a currency code written as letters gets a no-break space next to the digits (&quot;NOK&#xa0;1,234.50&quot;, not &quot;NOK1,234.50&quot;) amount pattern without currency sign; its &quot;0.00&quot; becomes the currency&apos;s own digits</extracomment>
        <translation>Forfalden · delbetalt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due today · partly paid</source>
        <translation>Forfalder i dag · delbetalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Forfalder i dag</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payable</source>
        <translation>Kreditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivable</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet due</source>
        <translation>Ikke forfalden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–30 days</source>
        <translation>1–30 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days</source>
        <translation>Over 90 dage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You owe</source>
        <translation>Du skylder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed to you</source>
        <translation>Du har til gode</translation>
    </message>
    <message>
        <location line="+4"/>
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
<context>
    <name>tray</name>
    <message>
        <location filename="../tray.py" line="+56"/>
        <source>%1 overdue %2</source>
        <translation>%1 forfaldne %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 due this week</source>
        <translation>%1 forfalder i denne uge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owed to you: nothing overdue</source>
        <translation>Tilgodehavende: intet forfaldent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed to you: %1</source>
        <translation>Tilgodehavende: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 paid or credited</source>
        <translation>%1 betalt eller krediteret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now overdue</source>
        <translation>%1 nu forfaldne</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sync now</source>
        <translation>Synkroniser nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show invoicedesk</source>
        <translation>Vis invoicedesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>invoicedesk: what the sync found</source>
        <translation>invoicedesk: det fandt synkroniseringen</translation>
    </message>
</context>
</TS>
