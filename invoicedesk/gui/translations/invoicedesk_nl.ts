<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../sidebar.py" line="+99"/>
        <source>Log in again</source>
        <extracomment>an account state&apos;s colour name in :mod:`invoicedesk.gui.theme` a card&apos;s left and right margin a card shows this much of an error message; the tooltip has it all the account menu, at this global position (right-click, the Menu key, Shift+F10) double-click: edit the account</extracomment>
        <translation>Opnieuw inloggen</translation>
    </message>
    <message>
        <source>● OK</source>
        <translation type="vanished">● OK</translation>
    </message>
    <message>
        <source>● Needs login</source>
        <translation type="vanished">● Opnieuw inloggen nodig</translation>
    </message>
    <message>
        <source>● Error</source>
        <translation type="vanished">● Fout</translation>
    </message>
    <message>
        <source>● Last sync cancelled</source>
        <translation type="vanished">● Laatste synchronisatie geannuleerd</translation>
    </message>
    <message>
        <source>● Not synced yet</source>
        <translation type="vanished">● Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>● Syncing… %1 of %2</source>
        <translation type="vanished">● Synchroniseren… %1 van %2</translation>
    </message>
    <message>
        <source>● Syncing… %1</source>
        <translation type="vanished">● Synchroniseren… %1</translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation type="vanished">● Synchroniseren…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs login</source>
        <translation>Opnieuw inloggen nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync cancelled</source>
        <translation>Laatste synchronisatie geannuleerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing… %1 of %2</source>
        <translation>Synchroniseren… %1 van %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing… %1</source>
        <translation>Synchroniseren… %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled: not synced, not counted</source>
        <translation>Uitgeschakeld: niet gesynchroniseerd, niet meegeteld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account %1, %2, %3</source>
        <translation>Account %1, %2, %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last sync %1</source>
        <translation>Laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never synced</source>
        <translation>Nooit gesynchroniseerd</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../dialogs/account_form.py" line="+84"/>
        <source>Advanced settings</source>
        <extracomment>&quot;Edit account&quot;: every field, filled in from this account; secrets left empty are kept as they are (``secret_keys``: the ones the keyring holds for it)</extracomment>
        <translation>Geavanceerde instellingen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty to use the provider&apos;s own server.</source>
        <translation>Laat leeg om de eigen server van de aanbieder te gebruiken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unchanged (type to replace)</source>
        <translation>Ongewijzigd (typ om te vervangen)</translation>
    </message>
    <message>
        <location filename="../dialogs/field_row.py" line="+61"/>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-bestanden (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificaten (*.pem *.crt *.cer)</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../account_menu.py" line="+90"/>
        <source>&amp;Edit…</source>
        <extracomment>the account list, keyring or cache changed: show them again sync these accounts now one line for the status bar the menu shown last, and how a menu is shown (tests replace it: an offscreen popup) how a failure is shown over the window (tests replace it) the account being removed in the pool (one at a time), and that pool (None: global) reads an account&apos;s secrets before Edit (or Log in again) opens, in the pool</extracomment>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Naam wijzigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync this account</source>
        <translation>&amp;Dit account synchroniseren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;nable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A&amp;ccount</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select an account in the sidebar first</source>
        <translation>Kies eerst een account in de zijbalk</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Saved the account “{name}”.</source>
        <translation>Account ‘{name}’ opgeslagen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Renamed “{old}” to “{new}”.</source>
        <translation>‘{old}’ hernoemd naar ‘{new}’.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enabled “{name}”: it is synced and counted again.</source>
        <translation>‘{name}’ ingeschakeld: wordt weer gesynchroniseerd en meegeteld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disabled “{name}”: kept, but not synced and not in the totals.</source>
        <translation>‘{name}’ uitgeschakeld: bewaard, maar niet gesynchroniseerd en niet in de totalen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the account “{name}”? Its settings, its password in the keyring and its {count} cached invoices are deleted from this computer. The invoices stay with the provider.</source>
        <translation>Account ‘{name}’ verwijderen? De instellingen, het wachtwoord in de sleutelbos en de {count} bewaarde facturen worden van deze computer verwijderd. De facturen blijven bij de aanbieder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove account?</source>
        <translation>Account verwijderen?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Removing “{name}”… If the system asks you to unlock the keyring, do so.</source>
        <translation>‘{name}’ wordt verwijderd… Ontgrendel de sleutelbos als het systeem daarom vraagt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Removed “{name}”: its settings, its keyring entry and {count} cached invoices.</source>
        <translation>‘{name}’ verwijderd: de instellingen, de sleutelbositem en {count} bewaarde facturen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed “{name}”: its settings and {count} cached invoices.</source>
        <translation>‘{name}’ verwijderd: de instellingen en {count} bewaarde facturen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{name}” was not removed; nothing was changed. {reason}</source>
        <translation>‘{name}’ is niet verwijderd; er is niets gewijzigd. {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the system keyring is running and unlocked (the desktop may ask for its password), then remove the account again.</source>
        <translation>Controleer of de sleutelbos van het systeem actief en ontgrendeld is (het bureaublad kan om het wachtwoord ervan vragen) en verwijder het account daarna opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account not removed</source>
        <translation>Account niet verwijderd</translation>
    </message>
</context>
<context>
    <name>AccountsSidebar</name>
    <message>
        <location filename="../sidebar.py" line="+67"/>
        <source>Accounts</source>
        <extracomment>the view shows one provider&apos;s accounts (the filter bar&apos;s scope): their cards are lit</extracomment>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All accounts</source>
        <translation>Alle accounts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No accounts yet. Add one to see its invoices.</source>
        <translation>Nog geen accounts. Voeg er een toe om de facturen te zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add account…</source>
        <translation>Account toevoegen…</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../dialogs/add_account.py" line="+96"/>
        <location line="+56"/>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+3"/>
        <source>Provider</source>
        <extracomment>nothing can be saved without a usable keyring: &quot;Add account&quot; stays disabled</extracomment>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No provider is installed.</source>
        <translation>Er is geen aanbieder geïnstalleerd.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Still to fill in: {fields}.</source>
        <translation>Nog in te vullen: {fields}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An account named “{name}” exists already.</source>
        <translation>Er bestaat al een account met de naam ‘{name}’.</translation>
    </message>
</context>
<context>
    <name>AgingPanel</name>
    <message>
        <location filename="../aging_panel.py" line="+123"/>
        <source>Aging</source>
        <extracomment>one line&apos;s widgets: direction heading, currency, a button per bucket, outstanding (direction, currency, bucket) of the cell clicked (direction, currency, bucket) -&gt; its button, for tests and keyboard users the (direction, currency) lines shown and each line&apos;s outstanding label: a report of the same lines only changes texts (a sync&apos;s reloads), no widgets made or polished the widgets of each line and the headings, kept across layouts lines made ahead by :meth:`prepare`, not laid out yet</extracomment>
        <translation>Ouderdom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing outstanding</source>
        <translation>Niets openstaand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding</source>
        <translation>Openstaand</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%1, %2, %3: %4 in %n claim(s)</source>
        <translation>
            <numerusform>%1, %2, %3: %4 in %n vordering</numerusform>
            <numerusform>%1, %2, %3: %4 in %n vorderingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <location filename="../dialogs/browser_signin.py" line="+76"/>
        <source>Sign in with browser…</source>
        <extracomment>after this long without the browser coming back, the dialog says what may have happened</extracomment>
        <translation>Inloggen via de browser…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not signed in yet.</source>
        <translation>Nog niet ingelogd.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If no browser window opened, open this address yourself:</source>
        <translation>Als er geen browservenster is geopend, open dan zelf dit adres:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign-in address</source>
        <translation>Inlogadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the sign-in address</source>
        <translation>Het inlogadres kopiëren</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Waiting for the browser…</source>
        <translation>Wachten op de browser…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Still waiting for the browser. If ConnectID showed an error page instead of coming back here, the client ID or the sign-in address may be wrong, or the client does not allow this app&apos;s return address: close that page, press Cancel and check the account&apos;s settings. Otherwise finish signing in there.</source>
        <translation>Nog steeds aan het wachten op de browser. Als ConnectID een foutpagina toonde in plaats van hierheen terug te keren, kan de client-ID of het aanmeldadres onjuist zijn, of staat de client het terugkeeradres van deze app niet toe: sluit die pagina, druk op Annuleren en controleer de instellingen van het account. Rond anders daar het aanmelden af.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message>
        <source>If no browser window opened, open this address yourself:
{url}</source>
        <translation type="vanished">Als er geen browservenster is geopend, open dan zelf dit adres:
{url}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>✓ Signed in.</source>
        <translation>✓ Ingelogd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again…</source>
        <translation>Opnieuw inloggen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in cancelled.</source>
        <translation>Inloggen geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Buckaroo</name>
    <message>
        <location filename="../dialogs/provider_extras.py" line="+144"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracked invoices</source>
        <translation>Gevolgde facturen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None yet. Buckaroo cannot list invoices: add the ones to follow.</source>
        <translation>Nog geen. Buckaroo kan geen facturen opsommen: voeg de facturen toe die u wilt volgen.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../changes_view.py" line="+146"/>
        <source>When</source>
        <extracomment>a change&apos;s colour name in :mod:`invoicedesk.gui.theme`</extracomment>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Wat er veranderde</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location line="+66"/>
        <source>Account</source>
        <extracomment>the period chooser: key -&gt; days back (None: each account&apos;s latest sync) runs a read off the GUI thread and hands its result to a callback on the GUI thread the invoice of the selected change: (provider, account, id)</extracomment>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>All accounts</source>
        <translation>Alle accounts</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest sync of each account</source>
        <translation>Laatste synchronisatie per account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+118"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>No changes in this period.</source>
        <translation>Geen wijzigingen in deze periode.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing the newest %1 changes; choose an account or a shorter period for the others.</source>
        <translation>De nieuwste %1 wijzigingen worden getoond; kies een account of een kortere periode voor de rest.</translation>
    </message>
</context>
<context>
    <name>ConnectID</name>
    <message>
        <location filename="../dialogs/provider_extras.py" line="+29"/>
        <source>Sign-in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole numbers separated by commas, e.g. 563457, 771204.</source>
        <translation>Gehele getallen gescheiden door komma&apos;s, bijv. 563457, 771204.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A whole number of months from 1 to 600.</source>
        <translation>Een geheel aantal maanden van 1 tot en met 600.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in with the browser before saving the account.</source>
        <translation>Log in via de browser voordat u het account opslaat.</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../dialogs/connection_test.py" line="+38"/>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection test result</source>
        <translation>Resultaat van de verbindingstest</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Testing the connection…</source>
        <translation>Verbinding wordt getest…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ {summary}</source>
        <translation>✓ {summary}</translation>
    </message>
    <message>
        <source>✓ Connected: {summary}</source>
        <translation type="vanished">✓ Verbonden: {summary}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../detail_tables.py" line="+123"/>
        <source>Wholesale/unit</source>
        <translation>Groothandelsprijs/eenheid</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>VAT rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Stukprijs</translation>
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
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Succeeded</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Refundable</source>
        <translation>Terug te betalen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Refund</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Quantity</source>
        <translation>Aantal</translation>
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
        <translation>Mislukt</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Discount</source>
        <translation>Korting</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Cost/unit</source>
        <translation>Kostprijs/eenheid</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <location filename="../detail_pane.py" line="+112"/>
        <source>Select an invoice to see its lines, payments and more.</source>
        <extracomment>the invoice&apos;s change history, one line each, newest first (set by the window)</extracomment>
        <translation>Selecteer een factuur om de regels, betalingen en meer te zien.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open payment link</source>
        <translation>Betaallink openen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This link is not a web address, so it is not opened.</source>
        <translation>Deze link is geen webadres en wordt daarom niet geopend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider gave no link for this invoice.</source>
        <translation>De aanbieder heeft geen link voor deze factuur gegeven.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+17"/>
        <source>Refused to open a link that is not a web address.</source>
        <translation>Geweigerd een link te openen die geen webadres is.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Issued</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Invoice details</source>
        <extracomment>from this width on, the facts stand beside the lines rather than above them the room one key-fact tile (date or amount) takes a short message for the status bar (e.g. a refused link)</extracomment>
        <translation>Factuurgegevens</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+62"/>
        <source>The provider has no PDF of this invoice; use Save as PDF instead.</source>
        <translation>De aanbieder heeft geen PDF van deze factuur; gebruik in plaats daarvan Opslaan als PDF.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a PDF of this invoice from the cached data</source>
        <translation>Maak een PDF van deze factuur uit de opgeslagen gegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this invoice as PDF</source>
        <translation>Deze factuur opslaan als PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this invoice</source>
        <translation>Deze factuur afdrukken</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../detail_tables.py" line="-2"/>
        <source>Due</source>
        <translation>Vervaldatum</translation>
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
        <translation>Btw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../detail_tables.py" line="-19"/>
        <location line="+20"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Dagen achterstallig</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delivery address</source>
        <translation>Afleveradres</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../detail_tables.py" line="-38"/>
        <location line="+35"/>
        <location line="+37"/>
        <source>Description</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls shown even when empty in every row takes the spare width</extracomment>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our reference</source>
        <translation>Onze referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Uw referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order reference</source>
        <translation>Orderreferentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KID</source>
        <translation>Betalingskenmerk (KID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider&apos;s id</source>
        <translation>ID bij de aanbieder</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer %1</source>
        <translation>Aanbod %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net %1</source>
        <translation>Netto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %1</source>
        <translation>Btw %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total %1</source>
        <translation>Totaal %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer reference %1</source>
        <translation>Klantreferentie %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Credit notes</source>
        <translation>Creditnota&apos;s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transactions</source>
        <translation>Transacties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The provider sent no lines or payments for this invoice.</source>
        <translation>De aanbieder heeft geen regels of betalingen voor deze factuur gestuurd.</translation>
    </message>
</context>
<context>
    <name>DocumentErrors</name>
    <message>
        <location filename="../document_errors.py" line="+28"/>
        <source>PDF not available</source>
        <translation>PDF niet beschikbaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not get the PDF of {title}.</source>
        <translation>Kon de PDF van {title} niet ophalen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again later or open the invoice on the provider&apos;s site. You can also save the invoice as PDF from the cached data.</source>
        <translation>Probeer het later opnieuw of open de factuur op de site van de aanbieder. U kunt de factuur ook als PDF opslaan uit de opgeslagen gegevens.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not get the PDF of {title}: {reason}</source>
        <translation>Kon de PDF van {title} niet ophalen: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can save the invoice as PDF from the cached data.</source>
        <translation>U kunt de factuur als PDF opslaan uit de opgeslagen gegevens.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF not saved</source>
        <translation>PDF niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save {path} ({reason}). Choose another folder, or free some space.</source>
        <translation>Kon {path} niet opslaan ({reason}). Kies een andere map, of maak ruimte vrij.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../documents.py" line="+102"/>
        <source>The PDF of %1 is still being downloaded.</source>
        <translation>De PDF van %1 wordt nog gedownload.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Getting the PDF of %1…</source>
        <translation>De PDF van %1 ophalen…</translation>
    </message>
    <message>
        <source>Could not get the PDF of %1: %2</source>
        <translation type="vanished">Kon de PDF van %1 niet ophalen: %2</translation>
    </message>
    <message>
        <source>You can save the invoice as PDF from the cached data.</source>
        <translation type="vanished">U kunt de factuur als PDF opslaan uit de opgeslagen gegevens.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Opened %1.</source>
        <translation>%1 geopend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No program to show PDFs was found. The file is kept at %1; open it from there or install a PDF viewer.</source>
        <translation>Er is geen programma gevonden dat PDF&apos;s toont. Het bestand staat in %1; open het daar, of installeer een PDF-viewer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save invoice as PDF</source>
        <translation>Factuur opslaan als PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving %1 as PDF…</source>
        <translation>%1 wordt als PDF opgeslagen…</translation>
    </message>
    <message>
        <source>Could not save %1 (%2). Choose another folder, or free some space.</source>
        <translation type="vanished">Kon %1 niet opslaan (%2). Kies een andere map, of maak ruimte vrij.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Printing is not available here; save the invoice as PDF instead.</source>
        <translation>Afdrukken is hier niet beschikbaar; sla de factuur in plaats daarvan op als PDF.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent %1 to the printer.</source>
        <translation>%1 naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>EditAccount</name>
    <message>
        <location filename="../dialogs/edit_account.py" line="+80"/>
        <source>The server or login of “{name}” changed, so its {count} cached invoices belong to another login. Drop them and fetch this login&apos;s invoices at the next sync?</source>
        <translation>De server of login van ‘{name}’ is gewijzigd, dus de {count} bewaarde facturen horen bij een andere login. Verwijderen en bij de volgende synchronisatie de facturen van deze login ophalen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drop cached invoices?</source>
        <translation>Bewaarde facturen verwijderen?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit account “{name}”</source>
        <extracomment>(new name, whether the login changed so the account should sync afresh)</extracomment>
        <translation>Account ‘{name}’ bewerken</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+159"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Rename account</source>
        <translation>Account hernoemen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cached invoices and the password in the keyring move to the new name.</source>
        <translation>De bewaarde facturen en het wachtwoord in de sleutelbos gaan mee naar de nieuwe naam.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>New name</source>
        <translation>Nieuwe naam</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../dialogs/errors.py" line="+18"/>
        <source>This login is already added as the account “{name}”. Adding it twice would count every invoice twice.</source>
        <translation>Deze aanmelding is al toegevoegd als het account “{name}”. Twee keer toevoegen zou elke factuur dubbel tellen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected internal error ({name}); details are in the log file.</source>
        <translation>Onverwachte interne fout ({name}); de details staan in het logbestand.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the system keyring is running and unlocked (the desktop may ask for its password), then save again.</source>
        <translation>Controleer of de sleutelbos van het systeem actief en ontgrendeld is (het bureaublad kan om het wachtwoord ervan vragen) en sla daarna opnieuw op.</translation>
    </message>
    <message>
        <location filename="../app.py" line="+184"/>
        <source>Something went wrong ({kind}). The details are in the log file: {path}</source>
        <extracomment>the app icon, rendered from resources/icons/invoicedesk.svg by packaging/make_icons.py ``INVOICEDESK_STARTUP_REPORT=1`` prints one line on stdout once the main window first shows what the cache holds (&quot;startup: main window shown with N invoices&quot;); ``=quit`` also exits 0 right after. packaging/measure_start.py uses it to time a (frozen) cold start.</extracomment>
        <translation>Er ging iets mis ({kind}). De details staan in het logbestand: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/money.py" line="+56"/>
        <source>expected an amount, got a boolean ({value!r})</source>
        <extracomment>more decimals (or a larger exponent) than this is no amount: it only makes writing it out slow</extracomment>
        <translation>verwachtte een bedrag, kreeg een booleaanse waarde ({value!r})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected an amount, got an empty string</source>
        <translation>verwachtte een bedrag, kreeg een lege tekst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an amount, got {value!r}</source>
        <translation>verwachtte een bedrag, kreeg {value!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an amount, got {type}</source>
        <translation>verwachtte een bedrag, kreeg {type}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a finite amount, got {value!r}</source>
        <translation>verwachtte een eindig bedrag, kreeg {value!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amount out of range: {value!r}</source>
        <translation>bedrag buiten bereik: {value!r}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amount has too many digits: {value!r}</source>
        <translation>bedrag heeft te veel cijfers: {value!r}</translation>
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
        <translation>onbekende optie &apos;{key}&apos; voor {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} needs --option {key}=… ({label})</source>
        <translation>{name} heeft --option {key}=… nodig ({label})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option {key} must be one of {choices}, not &apos;{value}&apos;</source>
        <translation>de optie {key} moet een van {choices} zijn, niet &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>invoice list</source>
        <extracomment>a UTF-16 surrogate, escaped (````) or as CESU-8 bytes: valid JSON, but not storable text what an answer is for, as the providers name it bare (&quot;the invoice list answer&quot;)</extracomment>
        <translation>de factuurlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>invoice</source>
        <translation>de factuur</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>login</source>
        <translation>de aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token</source>
        <translation>het token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token error</source>
        <translation>de tokenfout</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lines</source>
        <extracomment>the parts of an answer the parsers expect, as they name them</extracomment>
        <translation>de regels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoices</source>
        <translation>de facturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reminders</source>
        <translation>de herinneringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invoice</source>
        <translation>een factuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a SendRegning invoice</source>
        <translation>een SendRegning-factuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the invoice items</source>
        <translation>de factuurregels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invoice item</source>
        <translation>een factuurregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an invoice in the list</source>
        <translation>een factuur in de lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reminder in the list</source>
        <translation>een herinnering in de lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login answer</source>
        <translation>het aanmeldantwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token answer</source>
        <translation>het tokenantwoord</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the {what} answer is not valid JSON (HTTP {status_code}, {size} bytes)</source>
        <translation>het antwoord op {what} is geen geldige JSON (HTTP {status_code}, {size} bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../providers/http.py" line="+240"/>
        <source>The provider may be having problems; try again later.</source>
        <translation>De provider heeft mogelijk problemen; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the {what} answer is nested too deeply to read</source>
        <translation>het antwoord op {what} is te diep genest om te lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../providers/buckaroo.py" line="+393"/>
        <location filename="../../providers/pdf.py" line="+69"/>
        <location line="+50"/>
        <location filename="../../providers/telecomx_parse.py" line="+436"/>
        <source>Try again later.</source>
        <translation>Probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../providers/buckaroo_parse.py" line="+51"/>
        <source>expected an object for {what}, got {type}</source>
        <translation>verwachtte een object voor {what}, kreeg {type}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../providers/buckaroo_parse.py" line="+13"/>
        <source>expected a list for {what}, got {type}</source>
        <translation>verwachtte een lijst voor {what}, kreeg {type}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{value}: {exc}</source>
        <translation>{value}: {exc}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{value}: expected a date, got {type}</source>
        <translation>{value}: verwachtte een datum, kreeg {type}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value}: not a date: {value2!r}</source>
        <translation>{value}: geen datum: {value2!r}</translation>
    </message>
    <message>
        <location filename="../../providers/buckaroo.py" line="-308"/>
        <source>option environment must be live or test, not &apos;{environment}&apos;</source>
        <translation>de optie environment moet live of test zijn, niet &apos;{environment}&apos;</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>this Buckaroo account tracks no invoices</source>
        <translation>dit Buckaroo-account volgt geen facturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add invoice_keys, invoice_numbers, customer_ids or a tracked_csv file in the account settings.</source>
        <translation>Voeg invoice_keys, invoice_numbers, customer_ids of een tracked_csv-bestand toe in de accountinstellingen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the Buckaroo account has no website key</source>
        <translation>het Buckaroo-account heeft geen websitesleutel (website key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --option website_key=… (Buckaroo Plaza: Settings &gt; Websites).</source>
        <translation>Voeg --option website_key=… toe (Buckaroo Plaza: Settings &gt; Websites).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Buckaroo account has no secret key</source>
        <translation>het Buckaroo-account heeft geen geheime sleutel (secret key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the secret key from Buckaroo Plaza (Settings &gt; Secret key).</source>
        <translation>Voer de geheime sleutel uit Buckaroo Plaza in (Settings &gt; Secret key).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Buckaroo does not know {what}</source>
        <translation>Buckaroo kent {what} niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the key, or remove it from the account&apos;s tracked invoices.</source>
        <translation>Controleer de sleutel, of verwijder hem uit de gevolgde facturen van het account.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Buckaroo invoice {value} cannot be read: {problem}</source>
        <translation>Buckaroo-factuur {value} kan niet worden gelezen: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report this to the invoicedesk developers with the invoice key.</source>
        <translation>Meld dit aan de ontwikkelaars van invoicedesk, met de factuursleutel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Buckaroo rejected {what}: {join}</source>
        <translation>Buckaroo weigerde {what}: {join}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the tracked invoice keys, numbers and customer ids.</source>
        <translation>Controleer de gevolgde factuursleutels, factuurnummers en klant-id&apos;s.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Buckaroo answered {what} with an error: {message_}</source>
        <translation>Buckaroo beantwoordde {what} met een fout: {message_}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later; if it persists, contact Buckaroo support.</source>
        <translation>Probeer het later opnieuw; neem contact op met Buckaroo-support als het aanhoudt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Buckaroo refused the request&apos;s timestamp: check the computer&apos;s clock</source>
        <translation>Buckaroo weigerde het tijdstempel van het verzoek: controleer de klok van de computer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the date, time and time zone correctly (automatic time is best), then sync again.</source>
        <translation>Stel datum, tijd en tijdzone goed in (automatische tijd is het best) en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Buckaroo refused a repeated request{said}</source>
        <translation>Buckaroo weigerde een herhaald verzoek{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync again; if it persists, check for a proxy that replays requests.</source>
        <translation>Synchroniseer opnieuw; controleer bij aanhouden of een proxy verzoeken herhaalt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buckaroo refused the signature: check your website key and secret key</source>
        <translation>Buckaroo weigerde de handtekening: controleer de websitesleutel en de geheime sleutel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check your secret key and the website key in Buckaroo Plaza and enter them again.</source>
        <translation>Controleer de geheime sleutel en de websitesleutel in Buckaroo Plaza en voer ze opnieuw in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buckaroo refused access to {what}{said}</source>
        <translation>Buckaroo weigerde toegang tot {what}{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that Credit Management is enabled for this website key in Buckaroo Plaza.</source>
        <translation>Controleer of Credit Management voor deze websitesleutel is ingeschakeld in Buckaroo Plaza.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buckaroo does not know {what}{said}</source>
        <translation>Buckaroo kent {what} niet{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s base URL and tracked invoices.</source>
        <translation>Controleer de basis-URL en de gevolgde facturen van het account.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buckaroo had a server problem with {what}{said}</source>
        <translation>Buckaroo had een serverprobleem met {what}{said}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buckaroo rejected {what}{said}</source>
        <translation>Buckaroo weigerde {what}{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s settings; if it persists, contact Buckaroo support.</source>
        <translation>Controleer de accountinstellingen; neem contact op met Buckaroo-support als het aanhoudt.</translation>
    </message>
    <message>
        <location filename="../../providers/buckaroo_hmac.py" line="+140"/>
        <source>Buckaroo&apos;s answer failed its signature check, so nothing from it was used</source>
        <extracomment>seconds a timestamp may differ from this computer&apos;s clock, both ways (requests and answers) nonce -&gt; timestamp of every signed answer in the skew window (bounded by it)</extracomment>
        <translation>Het antwoord van Buckaroo kwam niet door de handtekeningcontrole, dus er is niets van gebruikt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection may be tampered with; check the network (proxy, VPN) and the account&apos;s secret key, then sync again.</source>
        <translation>Er is mogelijk met de verbinding geknoeid; controleer het netwerk (proxy, VPN) en de geheime sleutel van het account en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Buckaroo&apos;s answer is signed with a time {span} ahead of this computer&apos;s clock, so it may be a replayed answer and nothing from it was used</source>
        <translation>Het antwoord van Buckaroo is ondertekend met een tijd die {span} voorloopt op de klok van deze computer; het kan een herhaald antwoord zijn, dus er is niets van gebruikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buckaroo&apos;s answer is signed with a time {span} behind this computer&apos;s clock, so it may be a replayed answer and nothing from it was used</source>
        <translation>Het antwoord van Buckaroo is ondertekend met een tijd die {span} achterloopt op de klok van deze computer; het kan een herhaald antwoord zijn, dus er is niets van gebruikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the computer&apos;s date, time and time zone; if they are right, the connection may be tampered with (proxy, VPN).</source>
        <translation>Controleer datum, tijd en tijdzone van de computer; kloppen die, dan is er mogelijk met de verbinding geknoeid (proxy, VPN).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Buckaroo&apos;s answer repeats the signature nonce of an earlier answer (a replayed answer), so nothing from it was used</source>
        <translation>Het antwoord van Buckaroo herhaalt de handtekening-nonce van een eerder antwoord (een herhaald antwoord), dus er is niets van gebruikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection may be tampered with; check the network (proxy, VPN), then sync again.</source>
        <translation>Er is mogelijk met de verbinding geknoeid; controleer het netwerk (proxy, VPN) en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Buckaroo&apos;s answer carries no signature, so it cannot be trusted</source>
        <translation>Het antwoord van Buckaroo heeft geen handtekening, dus het is niet te vertrouwen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection may be tampered with; check the network (proxy, VPN). Set require_response_signature=warn only if you trust this network.</source>
        <translation>Er is mogelijk met de verbinding geknoeid; controleer het netwerk (proxy, VPN). Zet require_response_signature=warn alleen als u dit netwerk vertrouwt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count:.0f} days</source>
        <translation>{count:.0f} dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count:.0f} hours</source>
        <translation>{count:.0f} uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:.0f} minutes</source>
        <translation>{count:.0f} minuten</translation>
    </message>
    <message>
        <location filename="../../providers/buckaroo_parse.py" line="+17"/>
        <location filename="../../providers/telecomx_parse.py" line="-386"/>
        <source>{what}: expected a date, got {type}</source>
        <extracomment>a line&apos;s net amount beyond this is not a real invoice line (and would overflow rounding)</extracomment>
        <translation>{what}: verwachtte een datum, kreeg {type}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what}: not a date: {text!r}</source>
        <translation>{what}: geen datum: {text!r}</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Buckaroo sent invoice {value} without its key</source>
        <translation>Buckaroo stuurde factuur {value} zonder sleutel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} has no currency</source>
        <translation>{what} heeft geen valuta</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>{where}: {key!r} is not a Buckaroo invoice key</source>
        <extracomment>the observed payment text: &quot;Factuur &lt;invoice number&gt; - &lt;debtor name&gt;&quot;</extracomment>
        <translation>{where}: {key!r} is geen Buckaroo-factuursleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice key is 32 letters and digits, as shown in Buckaroo Plaza.</source>
        <translation>Een factuursleutel bestaat uit 32 letters en cijfers, zoals Buckaroo Plaza hem toont.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the tracked-invoices file {name} does not exist</source>
        <translation>het bestand met gevolgde facturen {name} bestaat niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path in the account&apos;s tracked_csv option.</source>
        <translation>Controleer het pad in de optie tracked_csv van het account.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tracked-invoices file {name} is not UTF-8 text</source>
        <translation>het bestand met gevolgde facturen {name} is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save it as CSV UTF-8 from your spreadsheet program.</source>
        <translation>Sla het op als CSV UTF-8 vanuit uw spreadsheetprogramma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the tracked-invoices file {name}: {problem}</source>
        <translation>kan het bestand met gevolgde facturen {name} niet lezen: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the tracked-invoices file {name} is empty</source>
        <translation>het bestand met gevolgde facturen {name} is leeg</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} line {line_no}: the header names none of key, number, customer_id</source>
        <translation>{name} regel {line_no}: de kopregel noemt geen van key, number, customer_id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put a header row such as &apos;key,number,customer_id&apos; at the top.</source>
        <translation>Zet bovenaan een kopregel zoals &apos;key,number,customer_id&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} line {line_no}: {count} fields, but the header has {count2}</source>
        <translation>{name} regel {line_no}: {count} velden, maar de kopregel heeft er {count2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check for an extra separator or quote on that line.</source>
        <translation>Controleer die regel op een extra scheidingsteken of aanhalingsteken.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} line {line_no}: no invoice key, number or customer id</source>
        <translation>{name} regel {line_no}: geen factuursleutel, factuurnummer of klant-id</translation>
    </message>
    <message>
        <location filename="../../providers/connectid.py" line="+119"/>
        <source>ConnectID refused the sign-in of account &apos;{account}&apos; ({said})</source>
        <extracomment>invoices per details batch handed to the sink detail batches queued ahead of the one being parsed and stored the newest window ends this far after today (invoices may be dated ahead) how far before the window to look for the invoices of reminders inside it</extracomment>
        <translation>ConnectID weigerde de aanmelding van account &apos;{account}&apos; ({said})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ConnectID refused access to {what}: {said}</source>
        <translation>ConnectID weigerde toegang tot {what}: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs a user sign-in; check the account&apos;s mode option and the client&apos;s rights.</source>
        <translation>Hiervoor is aanmelden als gebruiker nodig; controleer de optie mode van het account en de rechten van de client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This needs client access to the customer; check the account&apos;s mode option and the client&apos;s rights.</source>
        <translation>Hiervoor is clienttoegang tot de klant nodig; controleer de optie mode van het account en de rechten van de client.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ConnectID does not know {what}: {said}</source>
        <translation>ConnectID kent {what} niet: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s base URL and options.</source>
        <translation>Controleer de basis-URL en de opties van het account.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ConnectID had a server problem with {what}: {said}</source>
        <translation>ConnectID had een serverprobleem met {what}: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../providers/http.py" line="+69"/>
        <source>Try the sync again later.</source>
        <translation>Probeer de synchronisatie later opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ConnectID rejected the request for {what}: {said}</source>
        <translation>ConnectID weigerde het verzoek om {what}: {said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s options; if it persists, report it.</source>
        <translation>Controleer de opties van het account; meld het als het aanhoudt.</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>ConnectID does not know customer number {customer}</source>
        <translation>ConnectID kent klantnummer {customer} niet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the customer_numbers option of account &apos;{account}&apos;.</source>
        <translation>Controleer de optie customer_numbers van account &apos;{account}&apos;.</translation>
    </message>
    <message>
        <location filename="../../providers/connectid_auth.py" line="+145"/>
        <source>ConnectID account &apos;{account}&apos;: {message_}</source>
        <extracomment>refresh this many seconds before the access token&apos;s expiry</extracomment>
        <translation>ConnectID-account &apos;{account}&apos;: {message_}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client id is missing</source>
        <translation>de client-id ontbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add it with --option client_id=….</source>
        <translation>Voeg hem toe met --option client_id=….</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mode must be user or client, not &apos;{mode}&apos;</source>
        <translation>mode moet user of client zijn, niet &apos;{mode}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use --option mode=user.</source>
        <translation>Gebruik --option mode=user.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>client_auth must be basic, form or query</source>
        <translation>client_auth moet basic, form of query zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use --option client_auth=basic.</source>
        <translation>Gebruik --option client_auth=basic.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pkce must be yes or no</source>
        <translation>pkce moet yes of no zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use --option pkce=yes.</source>
        <translation>Gebruik --option pkce=yes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>window_months must be a whole number of months (1-600)</source>
        <translation>window_months moet een geheel aantal maanden zijn (1-600)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use for example --option window_months=24.</source>
        <translation>Gebruik bijvoorbeeld --option window_months=24.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer_numbers must be whole numbers separated by commas</source>
        <translation>customer_numbers moeten gehele getallen zijn, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use for example --option customer_numbers=563457,771204.</source>
        <translation>Gebruik bijvoorbeeld --option customer_numbers=563457,771204.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a product code is at most 12 characters</source>
        <translation>een productcode is ten hoogste 12 tekens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the products option.</source>
        <translation>Controleer de optie products.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client mode needs the customer numbers</source>
        <translation>de clientmodus heeft de klantnummers nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add --option customer_numbers=… (comma-separated).</source>
        <translation>Voeg --option customer_numbers=… toe (gescheiden door komma&apos;s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client mode needs the client secret</source>
        <translation>de clientmodus heeft het clientgeheim nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it as the secret {{&quot;client_secret&quot;: &quot;…&quot;}}.</source>
        <translation>Sla het op als het geheim {{&quot;client_secret&quot;: &quot;…&quot;}}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sign in again with `invoicedesk accounts login {account}`.</source>
        <translation>Meld u opnieuw aan met `invoicedesk accounts login {account}`.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ConnectID refused the client id or client secret of account &apos;{account}&apos;</source>
        <translation>ConnectID weigerde de client-id of het clientgeheim van account &apos;{account}&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the client_id option and the client_secret, then sign in again with `invoicedesk accounts login {account}`.</source>
        <translation>Controleer de optie client_id en het client_secret en meld u opnieuw aan met `invoicedesk accounts login {account}`.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the ConnectID sign-in of account &apos;{account}&apos; could not be renewed</source>
        <translation>de ConnectID-aanmelding van account &apos;{account}&apos; kon niet worden vernieuwd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ConnectID sign-in of account &apos;{account}&apos; could not be completed</source>
        <translation>de ConnectID-aanmelding van account &apos;{account}&apos; kon niet worden voltooid</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>ConnectID account &apos;{account}&apos; is not signed in</source>
        <translation>ConnectID-account &apos;{account}&apos; is niet aangemeld</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>ConnectID refused to complete the sign-in: {problem}</source>
        <translation>ConnectID weigerde de aanmelding af te ronden: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run `invoicedesk accounts login {account}` again.</source>
        <translation>Voer `invoicedesk accounts login {account}` opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../../providers/connectid_parse.py" line="+69"/>
        <source>{what}: invoiceCurrency is not a currency code: {value!r}</source>
        <translation>{what}: invoiceCurrency is geen valutacode: {value!r}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{what}: the invoice lines are not a list</source>
        <translation>{what}: de factuurregels zijn geen lijst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}: line {n} is not an object</source>
        <translation>{what}: regel {n} is geen object</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{what}: invoiceOfferInfo is not a list</source>
        <translation>{what}: invoiceOfferInfo is geen lijst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}: offer {n} is not an object</source>
        <translation>{what}: aanbod {n} is geen object</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>ConnectID invoice {shown} has no invoiceId or companyCode</source>
        <translation>ConnectID-factuur {shown} heeft geen invoiceId of companyCode</translation>
    </message>
    <message>
        <location filename="../../providers/connectid_reminders.py" line="+150"/>
        <source>ConnectID invoice {shown} has no invoiceNumber or companyCode</source>
        <translation>ConnectID-factuur {shown} heeft geen invoiceNumber of companyCode</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a ConnectID reminder of invoice {value} has no reminderNumber</source>
        <translation>een ConnectID-herinnering voor factuur {value} heeft geen reminderNumber</translation>
    </message>
    <message>
        <location filename="../../providers/connectid_wire.py" line="+86"/>
        <location line="+42"/>
        <source>{what}: {key} is not a date</source>
        <extracomment>list amounts carry no currency; the details&apos; ``invoiceCurrency`` is presumably NOK when absent the company of an invoice known only from reminders that name none</extracomment>
        <translation>{what}: {key} is geen datum</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>{what}: {key} is not a date ({text}...)</source>
        <translation>{what}: {key} is geen datum ({text}...)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what}: {key} is not a date ({value})</source>
        <translation>{what}: {key} is geen datum ({value})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what}: {key} is not a date ({number})</source>
        <translation>{what}: {key} is geen datum ({number})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what}: {key} is not a date: {value!r}</source>
        <translation>{what}: {key} is geen datum: {value!r}</translation>
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
        <translation>geannuleerd</translation>
    </message>
    <message>
        <location filename="../../providers/http.py" line="-144"/>
        <source>the provider sent an invalid link ({exc})</source>
        <extracomment>a Retry-After longer than this is not waited for: the sync stops with a clear message the largest answer read (bytes); the largest real ones are a few MB seconds one attempt may take from connecting to the last byte of the answer (status line, headers and body), however steadily a slow server drips it (``timeout`` bounds only each wait for the next bytes); kept at the socket by :mod:`~.deadline`</extracomment>
        <translation>de provider stuurde een ongeldige link ({exc})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the answer from {host} is larger than {size} ({announced} announced), so it was not read</source>
        <translation>het antwoord van {host} is groter dan {size} ({announced} aangekondigd), dus het is niet gelezen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer from {host} is larger than {size}, so it was not read</source>
        <translation>het antwoord van {host} is groter dan {size}, dus het is niet gelezen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{host} took more than {deadline:g} s to send its answer, so it was given up</source>
        <translation>{host} deed er langer dan {deadline:g} s over om te antwoorden, dus het is opgegeven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the internet connection; if it is fine, the provider is having problems: try again later.</source>
        <translation>Controleer de internetverbinding; is die in orde, dan heeft de provider problemen: probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no answer within {timeout:g} s</source>
        <translation>geen antwoord binnen {timeout:g} s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not connect securely to {host}: {what}</source>
        <translation>kon geen beveiligde verbinding maken met {host}: {what}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the provider asks us to wait {wait:.0f} s before trying again</source>
        <translation>de provider vraagt ons {wait:.0f} s te wachten voordat we het opnieuw proberen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try the sync again in a few minutes.</source>
        <translation>Probeer de synchronisatie over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not reach {host} after {attempts} attempts: {last_problem}</source>
        <translation>kon {host} niet bereiken na {attempts} pogingen: {last_problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the internet connection and the account&apos;s base URL, then sync again.</source>
        <translation>Controleer de internetverbinding en de basis-URL van het account en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the secure (TLS) connection could not be set up ({detail})</source>
        <translation>de beveiligde (TLS-)verbinding kon niet worden opgezet ({detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection refused or host not found</source>
        <translation>verbinding geweigerd of host niet gevonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection broke off mid-answer</source>
        <translation>de verbinding werd midden in het antwoord verbroken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection was reset</source>
        <translation>de verbinding werd verbroken (reset)</translation>
    </message>
    <message>
        <location filename="../../providers/http_errors.py" line="+13"/>
        <source>the provider stayed busy (too many requests) after 1 attempt</source>
        <translation>de provider bleef bezet (te veel verzoeken) na 1 poging</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the provider stayed busy (too many requests) after {attempts} attempts</source>
        <translation>de provider bleef bezet (te veel verzoeken) na {attempts} pogingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the provider stayed unavailable after 1 attempt</source>
        <translation>de provider bleef onbereikbaar na 1 poging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provider stayed unavailable after {attempts} attempts</source>
        <translation>de provider bleef onbereikbaar na {attempts} pogingen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer from {host} was lost ({problem}); the {method} was not sent again, since the server may already have carried it out</source>
        <translation>het antwoord van {host} ging verloren ({problem}); de {method} is niet opnieuw verzonden, omdat de server hem misschien al heeft uitgevoerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the internet connection, then try again.</source>
        <translation>Controleer de internetverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../providers/oauth.py" line="+162"/>
        <source>the {provider} token answer has no access token</source>
        <extracomment>epoch seconds, None when the server gave no ``expires_in`` style to retry with when the first one gets ``invalid_client`` (None: no retry)</extracomment>
        <translation>het tokenantwoord van {provider} bevat geen toegangstoken</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the {provider} sign-in server refused the request: {reason}</source>
        <translation>de aanmeldserver van {provider} weigerde het verzoek: {reason}</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>could not open the web browser for the {provider} sign-in</source>
        <translation>kon de webbrowser niet openen voor het aanmelden bij {provider}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run {login_command} with --no-browser and open the printed address yourself.</source>
        <translation>Voer {login_command} uit met --no-browser en open het getoonde adres zelf.</translation>
    </message>
    <message>
        <location filename="../../providers/oauth_loopback.py" line="+220"/>
        <source>no sign-in from {provider} arrived within {timeout:g} seconds; {refused} answer(s) that did not belong to this login (state mismatch) were refused</source>
        <extracomment>requests for the redirect path with a wrong or missing state, ignored</extracomment>
        <translation>er kwam binnen {timeout:g} seconden geen aanmelding van {provider}; {refused} antwoord(en) die niet bij deze aanmelding hoorden (state klopte niet), zijn geweigerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was stored; start the login again.</source>
        <translation>Er is niets opgeslagen; start de aanmelding opnieuw.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no sign-in arrived from {provider} within {timeout:g} seconds</source>
        <translation>er kwam binnen {timeout:g} seconden geen aanmelding van {provider}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the login again and finish signing in in the browser.</source>
        <translation>Start de aanmelding opnieuw en rond het aanmelden in de browser af.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the sign-in at {provider} was cancelled or access was refused</source>
        <translation>het aanmelden bij {provider} is geannuleerd of de toegang is geweigerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the login again and approve access for invoicedesk.</source>
        <translation>Start de aanmelding opnieuw en geef invoicedesk toegang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{provider} sent the browser back without an authorization code</source>
        <translation>{provider} stuurde de browser terug zonder autorisatiecode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the login again.</source>
        <translation>Start de aanmelding opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{provider} refused the sign-in: {error_}{detail}</source>
        <translation>{provider} weigerde de aanmelding: {error_}{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the client id and the authorize URL of the account, then log in again.</source>
        <translation>Controleer de client-id en de autorisatie-URL van het account en meld u opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../../providers/pdf.py" line="-75"/>
        <source>{provider}&apos;s PDF link is not a web address, so it was not fetched</source>
        <extracomment>redirects followed at most (each hop is checked for its origin again)</extracomment>
        <translation>de pdf-link van {provider} is geen webadres, dus hij is niet opgehaald</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync the account; if the link stays wrong, the provider must fix it.</source>
        <translation>Synchroniseer het account; blijft de link fout, dan moet de provider hem herstellen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{provider}&apos;s PDF link redirected more than {MAX_REDIRECTS} times, so it was given up</source>
        <translation>de pdf-link van {provider} stuurde meer dan {MAX_REDIRECTS} keer door, dus hij is opgegeven</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{provider} refused the account&apos;s login for the PDF (HTTP {status_})</source>
        <translation>{provider} weigerde de aanmelding van het account voor de pdf (HTTP {status_})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the account&apos;s login in Accounts, then try again.</source>
        <translation>Controleer de aanmelding van het account onder Accounts en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where} refused the PDF download (HTTP {status_}){elsewhere}</source>
        <translation>{where} weigerde het downloaden van de pdf (HTTP {status_}){elsewhere}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the invoice at the provider&apos;s website instead.</source>
        <translation>Open de factuur in plaats daarvan op de website van de provider.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{provider} no longer has this PDF ({where} answered HTTP {status_})</source>
        <translation>{provider} heeft deze pdf niet meer ({where} antwoordde HTTP {status_})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync the account to get a fresh link, then try again.</source>
        <translation>Synchroniseer het account voor een nieuwe link en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{provider} answered HTTP {status_} for the PDF</source>
        <translation>{provider} antwoordde HTTP {status_} voor de pdf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{provider} sent something that is not a PDF ({kind}, {count} bytes), so it was not kept</source>
        <translation>{provider} stuurde iets wat geen pdf is ({kind}, {count} bytes), dus het is niet bewaard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again later, or open the invoice at the provider&apos;s website.</source>
        <translation>Probeer het later opnieuw, of open de factuur op de website van de provider.</translation>
    </message>
    <message>
        <location filename="../../providers/places.py" line="+14"/>
        <source>{what}, line {n}</source>
        <extracomment>a place: words a parser built (old style) or a Text</extracomment>
        <translation>{what}, regel {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}, offer {n}</source>
        <translation>{what}, aanbod {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}, reminder {n}</source>
        <translation>{what}, herinnering {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} refund {n}</source>
        <translation>{what}, terugbetaling {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} transaction {n}</source>
        <translation>{what}, transactie {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} credit note {n}</source>
        <translation>{what}, creditnota {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} agency update {n}</source>
        <translation>{what}, incasso-update {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} amount</source>
        <extracomment>fields named in words rather than by their wire name</extracomment>
        <translation>{what}, bedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} VAT</source>
        <translation>{what}, btw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} VAT rate</source>
        <translation>{what}, btw-tarief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} paid amount</source>
        <translation>{what}, betaald bedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} status</source>
        <translation>{what}, status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} date</source>
        <translation>{what}, datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} refunds</source>
        <translation>{what}, terugbetalingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} transactions</source>
        <translation>{what}, transacties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} credit notes</source>
        <translation>{what}, creditnota&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} agency updates</source>
        <translation>{what}, incasso-updates</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{provider} invoice {id}</source>
        <translation>{provider}-factuur {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../providers/subjects.py" line="+32"/>
        <source>invoice {id}</source>
        <translation>factuur {id}</translation>
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
        <translation>voor het SendRegning-account is geen aanmeld-e-mailadres of wachtwoord opgeslagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the account again with both secrets.</source>
        <translation>Voeg het account opnieuw toe met beide geheimen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the originator id must be SendRegning&apos;s account number (digits), not &apos;{originator}&apos;</source>
        <translation>de afzender-id (originator id) moet het accountnummer bij SendRegning zijn (cijfers), niet &apos;{originator}&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find it in SendRegning under Innstillinger.</source>
        <translation>U vindt het in SendRegning onder Innstillinger.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SendRegning refused the login e-mail, password or originator id</source>
        <translation>SendRegning weigerde het aanmeld-e-mailadres, het wachtwoord of de afzender-id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check them and log in again (for the CLI: remove and add the account).</source>
        <translation>Controleer ze en meld u opnieuw aan (voor de opdrachtregel: verwijder het account en voeg het opnieuw toe).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SendRegning denied access: {value}</source>
        <translation>SendRegning weigerde de toegang: {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the account owner to give this login access to invoices.</source>
        <translation>Vraag de eigenaar van het account deze aanmelding toegang tot facturen te geven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SendRegning answered: {detail}</source>
        <translation>SendRegning antwoordde: {detail}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SendRegning sent the same invoices again on page {count} of {path}, so the list was not read to its end</source>
        <translation>SendRegning stuurde dezelfde facturen opnieuw op pagina {count} van {path}, dus de lijst is niet tot het einde gelezen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>SendRegning&apos;s next-page link points to another server ({origin}); it was not followed, so the list was not read to its end</source>
        <translation>De link naar de volgende pagina van SendRegning wijst naar een andere server ({origin}); die is niet gevolgd, dus de lijst is niet tot het einde gelezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the account&apos;s base URL; nothing was marked as removed.</source>
        <translation>Controleer de basis-URL van het account; er is niets als verwijderd gemarkeerd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SendRegning&apos;s next-page link points back to a page already read (after {count} pages of {path})</source>
        <translation>De link naar de volgende pagina van SendRegning wijst terug naar een al gelezen pagina (na {count} pagina&apos;s van {path})</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>SendRegning sent an invoice without a number</source>
        <translation>SendRegning stuurde een factuur zonder nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice {number}: {problem}</source>
        <translation>factuur {number}: {problem}</translation>
    </message>
    <message>
        <location line="+86"/>
        <location filename="../../providers/telecomx.py" line="+160"/>
        <location line="+74"/>
        <source>Try again later; nothing was marked as removed.</source>
        <translation>Probeer het later opnieuw; er is niets als verwijderd gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../providers/subjects.py" line="-20"/>
        <location line="+1"/>
        <source>the invoice list</source>
        <translation>de factuurlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login</source>
        <translation>de aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the invoice lookup</source>
        <translation>het opzoeken van facturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection test</source>
        <translation>de verbindingstest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the invoice list for product {id}</source>
        <translation>de factuurlijst voor product {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the invoices of customer {id}</source>
        <translation>de facturen van klant {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the details of invoice {id}</source>
        <translation>de details van factuur {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice key {id}</source>
        <translation>factuursleutel {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer {id}</source>
        <translation>klant {id}</translation>
    </message>
    <message>
        <location filename="../../providers/telecomx.py" line="-94"/>
        <source>Telecom X listed an invoice without an id at position {offset}</source>
        <extracomment>invoices per batch handed to the sink (one transaction each) new logins after 401s, with no request succeeding in between, before giving up a bound for a list that gives no total (20,000 pages of up to 500 invoices) the login was refused (a changed password): no thread logs in again with it</extracomment>
        <translation>Telecom X vermeldde een factuur zonder id op positie {offset}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please report this to the invoicedesk developers.</source>
        <translation>Meld dit alstublieft aan de ontwikkelaars van invoicedesk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Telecom X answered the invoice list at offset {offset} with only invoices it had already sent, so the list cannot be read to its end</source>
        <translation>Telecom X beantwoordde de factuurlijst vanaf positie {offset} met alleen facturen die al waren verzonden, dus de lijst kan niet tot het einde worden gelezen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Telecom X&apos;s invoice list gave no total and did not end after {MAX_PAGES_WITHOUT_TOTAL} pages, so reading stopped there</source>
        <translation>De factuurlijst van Telecom X gaf geen totaal en eindigde niet na {MAX_PAGES_WITHOUT_TOTAL} pagina&apos;s, dus het lezen is daar gestopt</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the invoice list&apos;s total is not a whole number</source>
        <translation>het totaal van de factuurlijst is geen geheel getal</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Telecom X kept refusing {what} with new login tokens</source>
        <translation>Telecom X bleef {what} weigeren met nieuwe aanmeldtokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <location line="+13"/>
        <location filename="../../providers/telecomx_parse.py" line="+314"/>
        <source>Check the username and password (or token) and log in again.</source>
        <translation>Controleer de gebruikersnaam en het wachtwoord (of het token) en meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Telecom X no longer accepts the stored employee token</source>
        <translation>Telecom X accepteert het opgeslagen medewerkerstoken niet meer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create a new employee token in Telecom X (or store a username and password) and log in again.</source>
        <translation>Maak een nieuw medewerkerstoken aan in Telecom X (of sla een gebruikersnaam en wachtwoord op) en meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Telecom X refused every request after {MAX_RENEWALS} new logins in a row</source>
        <translation>Telecom X weigerde elk verzoek na {MAX_RENEWALS} nieuwe aanmeldingen op rij</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Telecom X refused the new login token as well</source>
        <translation>Telecom X weigerde ook het nieuwe aanmeldtoken</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Telecom X accepted the login but sent no token</source>
        <translation>Telecom X accepteerde de aanmelding, maar stuurde geen token</translation>
    </message>
    <message>
        <location filename="../../providers/telecomx_parse.py" line="-296"/>
        <source>{what}: not a date: {value!r}</source>
        <translation>{what}: geen datum: {value!r}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>invoiceNumber: unexpected {type}</source>
        <translation>invoiceNumber: onverwacht {type}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invoiceNumber: not an invoice number: {value}</source>
        <translation>invoiceNumber: geen factuurnummer: {value}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{what}: expected an object, got {type}</source>
        <translation>{what}: verwachtte een object, kreeg {type}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{what}: units x unitPrice is out of range</source>
        <translation>{what}: units x unitPrice valt buiten het bereik</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Telecom X sent an invoice without an id (_id)</source>
        <translation>Telecom X stuurde een factuur zonder id (_id)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Telecom X invoice {oid} could not be read: {problem}</source>
        <translation>Telecom X-factuur {oid} kon niet worden gelezen: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please report this invoice to the invoicedesk developers.</source>
        <translation>Meld deze factuur alstublieft aan de ontwikkelaars van invoicedesk.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>paid: expected true or false, got {paid!r}</source>
        <translation>paid: verwachtte true of false, kreeg {paid!r}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source> (Telecom X says: {said})</source>
        <translation> (Telecom X zegt: {said})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this Telecom X user logs in with two-factor authentication, which invoicedesk cannot answer</source>
        <translation>deze Telecom X-gebruiker meldt zich aan met tweestapsverificatie, waarop invoicedesk niet kan antwoorden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create an employee token in Telecom X and store it as the account&apos;s token.</source>
        <translation>Maak een medewerkerstoken aan in Telecom X en sla het op als token van het account.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Telecom X refused the username or password</source>
        <translation>Telecom X weigerde de gebruikersnaam of het wachtwoord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the username and password in the account settings and log in again.</source>
        <translation>Controleer de gebruikersnaam en het wachtwoord in de accountinstellingen en meld u opnieuw aan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this Telecom X user is not allowed to log in{said}</source>
        <translation>deze Telecom X-gebruiker mag zich niet aanmelden{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your Telecom X administrator to enable the user, or use another login.</source>
        <translation>Vraag uw Telecom X-beheerder de gebruiker in te schakelen, of gebruik een andere aanmelding.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Telecom X asks for a new login{said}</source>
        <translation>Telecom X vraagt om een nieuwe aanmelding{said}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Telecom X has blocked this computer&apos;s IP address</source>
        <translation>Telecom X heeft het IP-adres van deze computer geblokkeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact Telecom X support to lift the block.</source>
        <translation>Neem contact op met Telecom X-support om de blokkering op te heffen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (access level {level})</source>
        <translation> (toegangsniveau {level})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this Telecom X login{who} may not see {subject}</source>
        <translation>deze Telecom X-aanmelding{who} mag {subject} niet zien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a reseller or admin login, and check the account&apos;s customer and reseller options.</source>
        <translation>Gebruik een reseller- of beheerdersaanmelding en controleer de opties customer en reseller van het account.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Telecom X no longer has {what}</source>
        <translation>Telecom X heeft {what} niet meer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may have been deleted meanwhile; sync again.</source>
        <translation>Die is intussen misschien verwijderd; synchroniseer opnieuw.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telecom X did not find {subject}</source>
        <translation>Telecom X vond {subject} niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s base URL and its customer and reseller options.</source>
        <translation>Controleer de basis-URL en de opties customer en reseller van het account.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Telecom X rejected the request for {subject}{said}</source>
        <translation>Telecom X weigerde het verzoek om {subject}{said}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account&apos;s options; if they are right, please report this to the invoicedesk developers.</source>
        <translation>Controleer de opties van het account; kloppen ze, meld dit dan aan de ontwikkelaars van invoicedesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Telecom X had an internal error while answering for {subject}</source>
        <translation>Telecom X had een interne fout bij het antwoord op {subject}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try again later; if it persists, contact Telecom X support.</source>
        <translation>Probeer het later opnieuw; neem contact op met Telecom X-support als het aanhoudt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Telecom X answered the request for {subject} unexpectedly{said}</source>
        <translation>Telecom X beantwoordde het verzoek om {subject} onverwacht{said}</translation>
    </message>
    <message>
        <location filename="../../providers/telecomx_settings.py" line="+34"/>
        <source>the Telecom X account needs both a username and a password</source>
        <extracomment>username, password, stored token</extracomment>
        <translation>het Telecom X-account heeft zowel een gebruikersnaam als een wachtwoord nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Store {{&quot;username&quot;: ..., &quot;password&quot;: ...}} or an employee {{&quot;token&quot;: ...}}.</source>
        <translation>Sla {{&quot;username&quot;: ..., &quot;password&quot;: ...}} op, of een medewerkerstoken {{&quot;token&quot;: ...}}.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>the Telecom X account has no login: neither username and password nor token</source>
        <translation>het Telecom X-account heeft geen aanmelding: geen gebruikersnaam en wachtwoord en ook geen token</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the currency option must be a three-letter code such as DKK, not &apos;{currency}&apos;</source>
        <translation>de optie currency moet een code van drie letters zijn, zoals DKK, niet &apos;{currency}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the account&apos;s currency option.</source>
        <translation>Corrigeer de optie currency van het account.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the {key} option must be a Telecom X id of 24 characters 0-9/a-f</source>
        <translation>de optie {key} moet een Telecom X-id van 24 tekens 0-9/a-f zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the {key} id from Telecom X into the account&apos;s options.</source>
        <translation>Kopieer de {key}-id uit Telecom X naar de opties van het account.</translation>
    </message>
    <message>
        <location filename="../../providers/tls.py" line="+40"/>
        <source>the ca_file option names {ca_file}, which cannot be read as a CA certificate ({reason})</source>
        <translation>de optie ca_file noemt {ca_file}, dat niet als CA-certificaat kan worden gelezen ({reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point ca_file at the certificate authority&apos;s PEM file, or remove the option.</source>
        <translation>Laat ca_file naar het PEM-bestand van de certificeringsinstantie wijzen, of verwijder de optie.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>If the server uses a private certificate authority, set the account&apos;s ca_file option to that CA&apos;s certificate (PEM). Also check the computer&apos;s date and time, and any proxy or antivirus that intercepts HTTPS.</source>
        <translation>Gebruikt de server een eigen certificeringsinstantie, zet dan de optie ca_file van het account op het certificaat van die instantie (PEM). Controleer ook datum en tijd van de computer, en een eventuele proxy of virusscanner die HTTPS onderschept.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the server&apos;s certificate is for another host name ({detail})</source>
        <translation>het certificaat van de server is voor een andere hostnaam ({detail})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the account&apos;s base URL: it must name the host the certificate was made for.</source>
        <translation>Controleer de basis-URL van het account: die moet de host noemen waarvoor het certificaat is gemaakt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server&apos;s certificate is not valid at this date and time ({detail})</source>
        <translation>het certificaat van de server is op deze datum en tijd niet geldig ({detail})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the computer&apos;s date, time and time zone; if they are right, the server&apos;s certificate has expired.</source>
        <translation>Controleer datum, tijd en tijdzone van de computer; kloppen die, dan is het certificaat van de server verlopen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server&apos;s certificate is not trusted ({detail})</source>
        <translation>het certificaat van de server wordt niet vertrouwd ({detail})</translation>
    </message>
    <message>
        <location filename="../../storage/accounts.py" line="+40"/>
        <source>{shown_name} is not a usable account name: use 1-64 letters, digits, spaces, . _ @ + -</source>
        <extracomment>a disabled account is kept (settings, secrets, cache) but not synced, not in totals</extracomment>
        <translation>{shown_name} is geen bruikbare accountnaam: gebruik 1-64 letters, cijfers, spaties, . _ @ + -</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the account list {path}: {exc}. Fix the file or move it away to start afresh.</source>
        <translation>kan de accountlijst {path} niet lezen: {exc}. Herstel het bestand of verplaats het om opnieuw te beginnen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>account #{value} in {path} lacks a name or provider; fix the file</source>
        <translation>account nr. {value} in {path} mist een naam of provider; herstel het bestand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no account named &apos;{name}&apos; (accounts: {known})</source>
        <translation>geen account met de naam &apos;{name}&apos; (accounts: {known})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an account named &apos;{name}&apos; exists already; remove it first or pick another name</source>
        <translation>er bestaat al een account met de naam &apos;{name}&apos;; verwijder dat eerst of kies een andere naam</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+15"/>
        <location filename="../../sync/account_admin.py" line="+89"/>
        <source>no account named &apos;{name}&apos;</source>
        <extracomment>the account&apos;s secrets after the edit (None: unchanged) another login or server: the cached invoices are someone else&apos;s and must go cached invoices that would be dropped</extracomment>
        <translation>geen account met de naam &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an account named &apos;{name}&apos; exists already; pick another name</source>
        <translation>er bestaat al een account met de naam &apos;{name}&apos;; kies een andere naam</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the account list {path} stayed locked by another invoicedesk for 30 s; try again when it has finished</source>
        <translation>de accountlijst {path} bleef 30 s vergrendeld door een andere invoicedesk; probeer het opnieuw als die klaar is</translation>
    </message>
    <message>
        <location filename="../../storage/cache_errors.py" line="+28"/>
        <source>the disk holding the invoice cache {path} is full, so the sync could not store what it fetched. Free some space and sync again; nothing stored before was lost.</source>
        <translation>de schijf met de factuurcache {path} is vol, dus de synchronisatie kon het opgehaalde niet opslaan. Maak ruimte vrij en synchroniseer opnieuw; wat al was opgeslagen, is niet verloren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the invoice cache {path} is read-only for this user, so it cannot be written. Make the file and its folder writable (or use another --profile-dir).</source>
        <translation>de factuurcache {path} is alleen-lezen voor deze gebruiker, dus er kan niet naar worden geschreven. Maak het bestand en de map beschrijfbaar (of gebruik een andere --profile-dir).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the invoice cache {path} stayed locked by another invoicedesk (a sync or the app). Wait for it to finish and try again.</source>
        <translation>de factuurcache {path} bleef vergrendeld door een andere invoicedesk (een synchronisatie of de app). Wacht tot die klaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the invoice cache {path} is damaged ({text}). It holds only copies of provider data: move it away and sync again to rebuild it.</source>
        <translation>de factuurcache {path} is beschadigd ({text}). Hij bevat alleen kopieën van providergegevens: verplaats hem en synchroniseer opnieuw om hem opnieuw op te bouwen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the invoice cache {path} cannot be opened ({text}). Check that its folder exists and that this user may read and write it.</source>
        <translation>de factuurcache {path} kan niet worden geopend ({text}). Controleer of de map bestaat en of deze gebruiker erin mag lezen en schrijven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the invoice cache {path} could not be read or written ({text}): a disk problem (full, removed or failing). Check the disk and try again.</source>
        <translation>de factuurcache {path} kon niet worden gelezen of geschreven ({text}): een schijfprobleem (vol, verwijderd of defect). Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the invoice cache {path} failed ({text}). If this persists, move it away and sync again to rebuild it (it holds only copies of provider data).</source>
        <translation>de factuurcache {path} faalde ({text}). Houdt dit aan, verplaats hem dan en synchroniseer opnieuw om hem opnieuw op te bouwen (hij bevat alleen kopieën van providergegevens).</translation>
    </message>
    <message>
        <location filename="../../storage/cache_schema.py" line="+91"/>
        <source>the cache {path} was written by a newer invoicedesk (schema {version}); update invoicedesk or use another --profile-dir</source>
        <translation>de cache {path} is geschreven door een nieuwere invoicedesk (schema {version}); werk invoicedesk bij of gebruik een andere --profile-dir</translation>
    </message>
    <message>
        <location filename="../../storage/documents.py" line="+76"/>
        <source>could not keep the PDF in {root} ({reason}); free some space or check the folder&apos;s permissions, then try again</source>
        <translation>kon de pdf niet bewaren in {root} ({reason}); maak ruimte vrij of controleer de rechten van de map en probeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../storage/secrets.py" line="+49"/>
        <source>no usable keyring: invoicedesk keeps passwords and tokens only in the system keyring, and {reason}. {remedy}</source>
        <translation>geen bruikbare sleutelbos: invoicedesk bewaart wachtwoorden en tokens alleen in de sleutelbos van het systeem, en {reason}. {remedy}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>see &apos;Headless Linux&apos; in the README</source>
        <translation>zie &apos;Headless Linux&apos; in de README</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the only keyring found (keyrings.alt) stores secrets in plain text</source>
        <translation>de enige gevonden sleutelbos (keyrings.alt) bewaart geheimen als platte tekst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Uninstall keyrings.alt and use the desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC).</source>
        <translation>Verwijder keyrings.alt en gebruik de sleutelbos van het bureaublad (GNOME Keyring, KWallet, KeePassXC).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the configured keyring {reason}</source>
        <translation>de ingestelde sleutelbos: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the PYTHON_KEYRING_BACKEND variable and keyring&apos;s configuration file.</source>
        <translation>Controleer de variabele PYTHON_KEYRING_BACKEND en het configuratiebestand van keyring.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the system keyring could not be used ({reason})</source>
        <translation>de sleutelbos van het systeem kon niet worden gebruikt ({reason})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to the computer&apos;s user account normally and try again.</source>
        <translation>Meld u op de normale manier aan bij het gebruikersaccount van de computer en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no keyring service is running in this session (there is no D-Bus session)</source>
        <translation>er draait in deze sessie geen sleutelbosdienst (er is geen D-Bus-sessie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to a desktop session, or in a plain shell start one with {session} and, inside it, {start} ({readme}).</source>
        <translation>Meld u aan bij een bureaubladsessie, of start er een in een gewone shell met {session} en daarbinnen {start} ({readme}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Install one (e.g. {install}), then sign in to a desktop session, or in a plain shell start one with {session} and, inside it, {start} ({readme}).</source>
        <translation>Installeer er een (bijv. {install}) en meld u daarna aan bij een bureaubladsessie, of start er een in een gewone shell met {session} en daarbinnen {start} ({readme}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no keyring service is running in this session (nothing answers for the Secret Service on D-Bus)</source>
        <translation>er draait in deze sessie geen sleutelbosdienst (niets antwoordt voor de Secret Service op D-Bus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start one: {start} ({readme}), or sign in to a desktop session.</source>
        <translation>Start er een: {start} ({readme}), of meld u aan bij een bureaubladsessie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install one (e.g. {install}), then start one: {start} ({readme}), or sign in to a desktop session.</source>
        <translation>Installeer er een (bijv. {install}) en start hem daarna: {start} ({readme}), of meld u aan bij een bureaubladsessie.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the keyring could not be read: {exc}</source>
        <translation>de sleutelbos kon niet worden gelezen: {exc}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the keyring entry for &apos;{account}&apos; is damaged; add the account again</source>
        <translation>de vermelding in de sleutelbos voor &apos;{account}&apos; is beschadigd; voeg het account opnieuw toe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the keyring refused to store the secrets for &apos;{account}&apos;: {exc}</source>
        <translation>de sleutelbos weigerde de geheimen voor &apos;{account}&apos; op te slaan: {exc}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the keyring could not delete &apos;{account}&apos;: {exc}</source>
        <translation>de sleutelbos kon &apos;{account}&apos; niet verwijderen: {exc}</translation>
    </message>
    <message>
        <location filename="../../sync/documents.py" line="+39"/>
        <source>the provider gave no PDF for this invoice</source>
        <translation>de provider gaf geen pdf voor deze factuur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the account &apos;{account}&apos; is no longer set up, so its PDF cannot be fetched</source>
        <translation>het account &apos;{account}&apos; is niet meer ingesteld, dus de pdf kan niet worden opgehaald</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} offers no PDF download</source>
        <translation>{display_name} biedt geen pdf-download</translation>
    </message>
    <message>
        <location filename="../../sync/engine.py" line="+95"/>
        <source>unexpected internal error ({name}); details are in the log file</source>
        <extracomment>options every account may carry besides its provider&apos;s own what the sync found, per change kind (see :func:`invoicedesk.domain.changes.digest`) ``message`` as a translatable Text (the window shows this one)</extracomment>
        <translation>onverwachte interne fout ({name}); de details staan in het logbestand</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Fix the account&apos;s options.</source>
        <translation>Corrigeer de opties van het account.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>a sync of this account is running</source>
        <translation>er loopt al een synchronisatie van dit account</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>sync cancelled; everything fetched so far is kept</source>
        <translation>synchronisatie geannuleerd; alles wat tot nu toe is opgehaald, is bewaard</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{count} invoices fetched</source>
        <translation>{count} facturen opgehaald</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the direction option is &apos;{get}&apos;</source>
        <translation>de optie direction is &apos;{get}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use --option direction=receivable or direction=payable.</source>
        <translation>Gebruik --option direction=receivable of direction=payable.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown provider &apos;{provider}&apos;; choose one of: {known}</source>
        <translation>onbekende provider &apos;{provider}&apos;; kies een van: {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account and add it again with a known provider.</source>
        <translation>Verwijder het account en voeg het opnieuw toe met een bekende provider.</translation>
    </message>
    <message>
        <location filename="../../sync/process.py" line="+235"/>
        <source>the sync of this account stopped unexpectedly (exit code {code}); everything fetched before is kept. Sync again; if it happens again, the log file has the details</source>
        <extracomment>how long a cancelled child may take beyond one request&apos;s timeouts before it is terminated (it checks for cancel between requests, so a slow request in flight runs to its end) how much lower the children&apos;s CPU priority is than the window&apos;s (Unix) how long the child waits for the parent to store renewed secrets</extracomment>
        <translation>de synchronisatie van dit account stopte onverwacht (afsluitcode {code}); alles wat eerder is opgehaald, is bewaard. Synchroniseer opnieuw; gebeurt het weer, dan staan de details in het logbestand</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the window closed</source>
        <translation>het venster is gesloten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the keyring did not answer in time</source>
        <translation>de sleutelbos antwoordde niet op tijd</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../export_view.py" line="+164"/>
        <source>There are no invoices in the view to export.</source>
        <translation>Er zijn geen facturen in de weergave om te exporteren.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV voor spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Replace file?</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls (parent, existing file) -&gt; may it be replaced?</extracomment>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 bestaat al. Wilt u het vervangen?</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export invoices in view</source>
        <translation>Facturen in de weergave exporteren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing exported; %1 was kept.</source>
        <translation>Niets geëxporteerd; %1 is behouden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Exported %1 invoices to %2</source>
        <translation>%1 facturen geëxporteerd naar %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
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
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminder fees</source>
        <translation>Aanmaningskosten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../fact_labels.py" line="+21"/>
        <source>Credits invoice</source>
        <translation>Crediteert factuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Orderdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery date</source>
        <translation>Leverdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder date</source>
        <translation>Herinneringsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank account</source>
        <translation>Bankrekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Uitgegeven door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period invoice</source>
        <translation>Periodefactuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to customer</source>
        <translation>Naar klant verzonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal at wholesale</source>
        <translation>Subtotaal tegen groothandelsprijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT at wholesale</source>
        <translation>Btw tegen groothandelsprijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal at cost</source>
        <translation>Subtotaal tegen kostprijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT at cost</source>
        <translation>Btw tegen kostprijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit management</source>
        <translation>Creditmanagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit management status</source>
        <translation>Status creditmanagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection running</source>
        <translation>Incasso loopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders sent</source>
        <translation>Herinneringen verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest reminder level</source>
        <translation>Hoogste herinneringsniveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection agency status</source>
        <translation>Status bij incassobureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next collection step</source>
        <translation>Volgende incassostap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited VAT</source>
        <translation>Gecrediteerde btw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surcharge</source>
        <translation>Toeslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test invoice</source>
        <translation>Testfactuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection agency update</source>
        <translation>Bericht van incassobureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer identification</source>
        <translation>Klantidentificatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative offers</source>
        <translation>Alternatieve aanbiedingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice type</source>
        <translation>Factuurtype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Betaalmethode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice status</source>
        <translation>Factuurstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment status</source>
        <translation>Betaalstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment date</source>
        <translation>Betaaldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known only from reminder</source>
        <translation>Alleen bekend uit herinnering</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder invoice</source>
        <translation>Herinneringsfactuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final invoice</source>
        <translation>Laatste factuur voor incasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not paid</source>
        <translation>Niet betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Deels betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent to the agency</source>
        <translation>Niet naar incassobureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the agency</source>
        <translation>Naar incassobureau gestuurd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search number, customer, description</source>
        <translation type="vanished">Zoeken op nummer, klant, omschrijving</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="+80"/>
        <source>Search invoices</source>
        <translation>Facturen zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search number, customer, KID, org. number, reference, amount</source>
        <translation>Zoek op nummer, klant, betalingskenmerk, KvK-nummer, referentie, bedrag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (not paid)</source>
        <translation>Open (niet betaald)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Gedeeltelijk betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed to you and you owe</source>
        <translation>Beide richtingen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show every claim again</source>
        <translation>Alle vorderingen weer tonen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Providers and accounts</source>
        <translation>Leveranciers en accounts</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+111"/>
        <source>All providers and accounts</source>
        <translation>Alle accounts</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Date preset</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which date</source>
        <translation>Welke datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by issue date</source>
        <translation>op factuurdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by due date</source>
        <translation>op vervaldatum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“From” is after “To”: no date range applied</source>
        <translation>‘Van’ ligt na ‘Tot’: geen datumbereik toegepast</translation>
    </message>
    <message>
        <location filename="../presets.py" line="+15"/>
        <source>Any date</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter (VAT DK, NL)</source>
        <translation>Dit kwartaal (btw DK, NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last quarter (VAT DK, NL)</source>
        <translation>Vorig kwartaal (btw DK, NL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This VAT term (NO, two months)</source>
        <translation>Dit btw-tijdvak (NO, twee maanden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous VAT term (NO)</source>
        <translation>Vorig btw-tijdvak (NO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This VAT half-year (DK)</source>
        <translation>Dit btw-halfjaar (DK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous VAT half-year (DK)</source>
        <translation>Vorig btw-halfjaar (DK)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due this week</source>
        <translation>Vervalt deze week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in the next 14 days</source>
        <translation>Vervalt binnen 14 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue more than 30 days</source>
        <translation>Meer dan 30 dagen achterstallig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom…</source>
        <translation>Aangepast…</translation>
    </message>
    <message>
        <location filename="../filter_bar.py" line="+69"/>
        <source>Aging: %1 · %2 · %3 ✕</source>
        <translation>Ouderdom: %1 · %2 · %3 ✕</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (all accounts)</source>
        <translation>%1 (alle accounts)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../first_run.py" line="+30"/>
        <source>Your SendRegning login e-mail, password and account number.</source>
        <translation>Uw SendRegning-inlogadres, wachtwoord en accountnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Telecom X username and password, or an employee token.</source>
        <translation>Uw Telecom X-gebruikersnaam en wachtwoord, of een medewerkerstoken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The website key and secret key from Buckaroo Plaza.</source>
        <translation>De websitesleutel en de geheime sleutel uit Buckaroo Plaza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client ID from MediaConnect; you sign in in the browser.</source>
        <translation>De client-ID van MediaConnect; u meldt zich aan in de browser.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Welcome to invoicedesk</source>
        <extracomment>add an account of this provider</extracomment>
        <translation>Welkom bij invoicedesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the accounts you send or receive invoices with, and every invoice shows in one table: amounts, VAT, due dates and what is still owed.</source>
        <translation>Voeg de accounts toe waarmee u facturen verstuurt of ontvangt, en elke factuur staat in één tabel: bedragen, btw, vervaldata en wat nog openstaat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add an account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add a {provider} account</source>
        <translation>Een {provider}-account toevoegen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Just looking?</source>
        <translation>Even rondkijken?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Try the demo</source>
        <translation>Probeer de demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a second window with made-up invoices from built-in test servers. Nothing of it is kept, and your own settings are not touched.</source>
        <translation>Opent een tweede venster met verzonnen facturen van ingebouwde testservers. Er wordt niets van bewaard en uw eigen instellingen blijven onaangeroerd.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo is starting…</source>
        <translation>De demo start…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passwords, keys and tokens are kept only in your system&apos;s keyring ({name}), never in a file of invoicedesk&apos;s. Invoices are cached on this computer so the app works offline.</source>
        <translation>Wachtwoorden, sleutels en tokens staan alleen in de sleutelbos van uw systeem ({name}), nooit in een bestand van invoicedesk. Facturen worden op deze computer bewaard, zodat de app ook offline werkt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoicedesk keeps passwords only in the system keyring, and none usable was found ({name}): see the warning above before adding an account.</source>
        <translation>invoicedesk bewaart wachtwoorden alleen in de sleutelbos van het systeem, en er is geen bruikbare gevonden ({name}): lees de waarschuwing hierboven voordat u een account toevoegt.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <location filename="../invoice_document.py" line="+80"/>
        <source>Made by invoicedesk from the data last synced from %1; not the provider&apos;s own document.</source>
        <translation>Gemaakt door invoicedesk uit de gegevens die het laatst van %1 zijn gesynchroniseerd; niet het eigen document van de aanbieder.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Issued</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+152"/>
        <source>Due</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our reference</source>
        <translation>Onze referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Uw referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order reference</source>
        <translation>Orderreferentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits invoice</source>
        <translation>Crediteert factuur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organisation number %1</source>
        <translation>KvK-nummer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer number %1</source>
        <translation>Klantnummer %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seller</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>Afleveradres</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>VAT rate</source>
        <translation>Btw-tarief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>VAT</source>
        <translation>Btw</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>VAT summary</source>
        <translation>Btw-overzicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fees</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment link</source>
        <translation>Betaallink</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment details</source>
        <translation>Betaalgegevens</translation>
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
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Dagen achterstallig</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>VAT</source>
        <translation>Btw</translation>
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
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Issued</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Provider</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls right-aligned like amounts sensible first-run widths in pixels (the header state remembers the user&apos;s own)</extracomment>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../invoice_model.py" line="+446"/>
        <source>Telecom X has not given this invoice a number yet</source>
        <extracomment>the real value of a cell (Decimal, date, str) for sorting by callers the :class:`InvoiceRow` of a row roles a delegate asks for that this model never sets an incremental update (:meth:`apply_update`) starts, took its steps of one pass, is done changes whenever the visible rows are made anew (a table, filter or sort) by row index, the rows the filter lets through (None: all, or not known)</extracomment>
        <translation>Telecom X heeft deze factuur nog geen nummer gegeven</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Overdue by %n day(s): %1 outstanding</source>
        <translation>
            <numerusform>%n dag achterstallig: %1 openstaand</numerusform>
            <numerusform>%n dagen achterstallig: %1 openstaand</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A draft: not sent or not numbered yet; it counts in no total</source>
        <translation>Een concept: nog niet verzonden of genummerd; het telt in geen enkel totaal mee</translation>
    </message>
    <message>
        <source>Overdue: %1 outstanding</source>
        <translation type="vanished">Achterstallig: %1 openstaand</translation>
    </message>
</context>
<context>
    <name>InvoiceTableView</name>
    <message>
        <location filename="../invoice_view.py" line="+25"/>
        <source>Invoices</source>
        <extracomment>whether the saved header is the fitted default (the customer column takes the spare width)</extracomment>
        <translation>Facturen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoice columns</source>
        <translation>Factuurkolommen</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Columns</source>
        <extracomment>while rows go in and out above it, the invoice at the top stays at the top</extracomment>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset columns</source>
        <translation>Kolommen herstellen</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../keyboard.py" line="+86"/>
        <source>Next pane</source>
        <translation>Volgend paneel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous pane</source>
        <translation>Vorig paneel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open payment link</source>
        <translation>Betaallink openen</translation>
    </message>
</context>
<context>
    <name>KeyringHelp</name>
    <message>
        <source>No usable keyring: invoicedesk keeps passwords and tokens only in the system keyring.</source>
        <translation type="vanished">Geen bruikbare sleutelbos: invoicedesk bewaart wachtwoorden en tokens alleen in de sleutelbos van het systeem.</translation>
    </message>
    <message>
        <source>The only keyring found (keyrings.alt) stores secrets in plain text. Uninstall keyrings.alt and use the desktop&apos;s keyring (GNOME Keyring, KWallet, KeePassXC).</source>
        <translation type="vanished">De enige gevonden sleutelbos (keyrings.alt) bewaart geheimen als platte tekst. Verwijder keyrings.alt en gebruik de sleutelbos van het bureaublad (GNOME Keyring, KWallet, KeePassXC).</translation>
    </message>
    <message>
        <source>The configured keyring could not be loaded ({detail}). Check the PYTHON_KEYRING_BACKEND variable and keyring&apos;s configuration file.</source>
        <translation type="vanished">De ingestelde sleutelbos kon niet worden geladen ({detail}). Controleer de variabele PYTHON_KEYRING_BACKEND en het configuratiebestand van keyring.</translation>
    </message>
    <message>
        <source>The system keyring could not be used ({detail}). Sign in to the computer&apos;s user account normally and try again.</source>
        <translation type="vanished">De sleutelbos van het systeem kon niet worden gebruikt ({detail}). Meld u op de gewone manier aan bij uw gebruikersaccount op de computer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>No keyring service is running in this session (there is no D-Bus session). Sign in to a desktop session, or in a plain shell start one with `{session}` and, inside it, `{unlock}` (see &apos;Headless Linux&apos; in the README).</source>
        <translation type="vanished">Er draait geen sleutelbosdienst in deze sessie (er is geen D-Bus-sessie). Meld u aan bij een bureaubladsessie, of start er in een gewone shell een met `{session}` en, daarbinnen, `{unlock}` (zie ‘Headless Linux’ in de README).</translation>
    </message>
    <message>
        <source>No keyring service is running in this session (nothing answers for the Secret Service on D-Bus). Start one: `{unlock}` (see &apos;Headless Linux&apos; in the README), or sign in to a desktop session.</source>
        <translation type="vanished">Er draait geen sleutelbosdienst in deze sessie (niets antwoordt voor de Secret Service op D-Bus). Start er een: `{unlock}` (zie ‘Headless Linux’ in de README), of meld u aan bij een bureaubladsessie.</translation>
    </message>
    <message>
        <source>First install one, e.g. `{install}`.</source>
        <translation type="vanished">Installeer er eerst een, bijvoorbeeld `{install}`.</translation>
    </message>
</context>
<context>
    <name>KeyringSave</name>
    <message>
        <location filename="../dialogs/keyring_save.py" line="+170"/>
        <source>Saving to the keyring…</source>
        <extracomment>after this long without an answer the line says that the keyring may be waiting for the user</extracomment>
        <translation>Opslaan in de sleutelbos…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Still waiting for the keyring… If the system asks you to unlock it, do so.</source>
        <translation>Nog steeds wachten op de sleutelbos… Ontgrendel deze als het systeem daarom vraagt.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The new language is used as soon as the sync or export running now ends.</source>
        <extracomment>the new language waits for the sync or export running now</extracomment>
        <translation type="vanished">De nieuwe taal wordt gebruikt zodra de synchronisatie of export die nu loopt klaar is.</translation>
    </message>
    <message>
        <location filename="../language_switch.py" line="+133"/>
        <source>The new language is used as soon as the sync, export or download running now has ended.</source>
        <extracomment>the new language waits for what runs now (a sync, an export, a dialog)</extracomment>
        <translation>De nieuwe taal wordt gebruikt zodra de synchronisatie, export of download die nu loopt klaar is.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_actions.py" line="+59"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Aging panel</source>
        <translation>&amp;Ouderdomspaneel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show or hide what is outstanding by days past due (Ctrl+G)</source>
        <translation>Toon of verberg openstaande bedragen per aantal dagen vervallen (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the invoices in view as CSV, Excel or JSON (Ctrl+E)</source>
        <translation>De facturen in de weergave opslaan als CSV, Excel of JSON (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect another SendRegning, Telecom X, Buckaroo or ConnectID account (Ctrl+N)</source>
        <translation>Nog een account van SendRegning, Telecom X, Buckaroo of ConnectID koppelen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Fetch new and changed invoices from every account (F5)</source>
        <translation>Nieuwe en gewijzigde facturen van alle accounts ophalen (F5)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+71"/>
        <source>&amp;Sync</source>
        <extracomment>lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls</extracomment>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Full sync (fetch everything again)</source>
        <translation>&amp;Volledige synchronisatie (alles opnieuw ophalen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Export view…</source>
        <translation>Weergave &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisatie &amp;annuleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add account…</source>
        <translation>Account &amp;toevoegen…</translation>
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
        <translation>Facturen en wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This invoice is no longer cached.</source>
        <translation>Deze factuur is niet meer lokaal opgeslagen.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Could not read the invoice cache: %1</source>
        <translation>Kan de lokaal opgeslagen facturen niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../table_update.py" line="+81"/>
        <source>No invoice matches the filters. Widen them to see invoices.</source>
        <translation>Geen factuur past bij de filters. Verruim ze om facturen te zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The selected invoice is not in the filtered view.</source>
        <translation>De geselecteerde factuur staat niet in de gefilterde weergave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected invoice is no longer in the cache.</source>
        <translation>De geselecteerde factuur staat niet meer in de cache.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="+56"/>
        <source>%1 invoices</source>
        <translation>%1 facturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 invoices</source>
        <translation>%1 van %2 facturen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add an account first: File → Add account…</source>
        <translation>Voeg eerst een account toe: Bestand → Account toevoegen…</translation>
    </message>
    <message>
        <location filename="../sync_status.py" line="+87"/>
        <source>Sync cancelled; everything fetched so far is kept</source>
        <translation>Synchronisatie geannuleerd; alles wat al is opgehaald, blijft bewaard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync finished: %1 new, %2 changed, %3 gone</source>
        <translation>Synchronisatie klaar: %1 nieuw, %2 gewijzigd, %3 verdwenen</translation>
    </message>
    <message>
        <source>%1 account(s) need attention</source>
        <translation type="vanished">%1 account(s) vragen aandacht</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="+70"/>
        <source>Passwords cannot be stored safely</source>
        <translation>Wachtwoorden kunnen niet veilig worden opgeslagen</translation>
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
        <translation>gecrediteerd %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the provider&apos;s own balance is %1</source>
        <translation>het eigen saldo van de aanbieder is %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reminder fees %1 are owed too</source>
        <translation>aanmaningskosten %1 zijn ook verschuldigd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outstanding %1 is not Total − Paid (%2): %3.</source>
        <translation>Openstaand %1 is niet Totaal − Betaald (%2): %3.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../dialogs/plurals.py" line="+15"/>
        <source>%n invoice(s) or customer(s) followed</source>
        <translation>
            <numerusform>%n factuur of klant gevolgd</numerusform>
            <numerusform>%n facturen of klanten gevolgd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n row(s) from {name}</source>
        <translation>
            <numerusform>%n rij geïmporteerd uit {name}</numerusform>
            <numerusform>%n rijen geïmporteerd uit {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Skipped %n bad line(s):</source>
        <translation>
            <numerusform>%n ongeldige regel overgeslagen:</numerusform>
            <numerusform>%n ongeldige regels overgeslagen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account(s) to look at</source>
        <translation>
            <numerusform>%n account om na te kijken</numerusform>
            <numerusform>%n accounts om na te kijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) need attention</source>
        <translation type="vanished">
            <numerusform>%n account vraagt aandacht</numerusform>
            <numerusform>%n accounts vragen aandacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) selected</source>
        <translation>
            <numerusform>%n rij geselecteerd</numerusform>
            <numerusform>%n rijen geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n rij gekopieerd</numerusform>
            <numerusform>%n rijen gekopieerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderFields</name>
    <message>
        <location filename="../dialogs/fields.py" line="+65"/>
        <source>Account number</source>
        <extracomment>typed visibly although kept in the keyring (a login name is not a password)</extracomment>
        <translation>Accountnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ID</source>
        <translation>Klant-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reseller ID</source>
        <translation>Reseller-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee token</source>
        <translation>Medewerkerstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website key</source>
        <translation>Websitesleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret key</source>
        <translation>Geheime sleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked invoices file (CSV)</source>
        <translation>Bestand met gevolgde facturen (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed answers</source>
        <translation>Ondertekende antwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address</source>
        <translation>Inlogadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token address</source>
        <translation>Tokenadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in type</source>
        <translation>Soort aanmelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer numbers</source>
        <translation>Klantnummers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product codes</source>
        <translation>Productcodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client authentication</source>
        <translation>Clientauthenticatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCE</source>
        <translation>PKCE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months to fetch</source>
        <translation>Op te halen maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login e-mail</source>
        <translation>Inlog-e-mailadres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number of your SendRegning account, e.g. 12345.</source>
        <translation>Het nummer van uw SendRegning-account, bijv. 12345.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency of the amounts (Telecom X does not send one).</source>
        <translation>Valuta van de bedragen (Telecom X geeft er geen mee).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this customer&apos;s invoices (optional).</source>
        <translation>Alleen de facturen van deze klant (optioneel).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices of this reseller&apos;s customers (optional).</source>
        <translation>Facturen van de klanten van deze reseller (optioneel).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An employee token from Telecom X, instead of a username and password.</source>
        <translation>Een medewerkerstoken van Telecom X, in plaats van gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown in Buckaroo Plaza under Settings › Websites.</source>
        <translation>Te vinden in Buckaroo Plaza onder Instellingen › Websites.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test uses Buckaroo&apos;s test environment.</source>
        <translation>Test gebruikt de testomgeving van Buckaroo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in Buckaroo Plaza under Settings › Secret key.</source>
        <translation>Te vinden in Buckaroo Plaza onder Instellingen › Secret key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file with the columns key, number and/or customer_id, read at every sync.</source>
        <translation>Een CSV-bestand met de kolommen key, number en/of customer_id, dat bij elke synchronisatie wordt gelezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether an unsigned answer from Buckaroo is refused.</source>
        <translation>Of een niet-ondertekend antwoord van Buckaroo wordt geweigerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client ID ConnectID registered for invoicedesk.</source>
        <translation>De client-ID die ConnectID voor invoicedesk heeft geregistreerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed for server-to-server sign-in; optional otherwise.</source>
        <translation>Nodig voor server-naar-serveraanmelding; anders optioneel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server-to-server: comma-separated customer numbers to fetch.</source>
        <translation>Server-naar-server: de op te halen klantnummers, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated; empty for all products.</source>
        <translation>Gescheiden door komma&apos;s; leeg voor alle producten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many months back invoices are fetched.</source>
        <translation>Hoeveel maanden terug facturen worden opgehaald.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for servers with a certificate from your own authority.</source>
        <translation>Alleen voor servers met een certificaat van uw eigen certificeringsinstantie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether these are invoices you sent (owed to you) or bills you received (you owe). Not set: ConnectID personal sign-in is bills you received, everything else invoices you sent.</source>
        <translation>Of dit facturen zijn die u hebt verstuurd (u krijgt nog) of rekeningen die u hebt ontvangen (u moet betalen). Niet ingesteld: ConnectID met persoonlijke aanmelding zijn ontvangen rekeningen, al het andere verstuurde facturen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The e-mail you log in to Telecom X with.</source>
        <translation>Het e-mailadres waarmee u inlogt bij Telecom X.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail you log in to SendRegning with.</source>
        <translation>Het e-mailadres waarmee u inlogt bij SendRegning.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live</source>
        <translation>Productie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal sign-in in the browser</source>
        <translation>Persoonlijk inloggen via de browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server-to-server (client secret)</source>
        <translation>Server-naar-server (clientgeheim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the form body</source>
        <translation>In de formuliergegevens (form body)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the query string</source>
        <translation>In de querystring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn when missing</source>
        <translation>Waarschuwen als die ontbreekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed to you (invoices you sent)</source>
        <translation>U krijgt nog (verstuurde facturen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You owe (bills you received)</source>
        <translation>U moet betalen (ontvangen rekeningen)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../i18n.py" line="+48"/>
        <source>&amp;Look in:</source>
        <extracomment>code -&gt; the language&apos;s own name (shown untranslated, so everyone finds their language) code -&gt; the locale Qt&apos;s widgets use (the same as gui/formatting.py&apos;s Babel locales) other language tags that mean one of ours (Norwegian in general and Nynorsk read Bokmål)</extracomment>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">Op&amp;nieuw</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="vanished">K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="vanished">&amp;Plakken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="vanished">Alles selecteren</translation>
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
        <translation type="vanished">Opslaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuleren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="vanished">Sluiten</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="vanished">Toepassen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="vanished">Herstellen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">Help</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Verwerpen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="vanished">&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="vanished">&amp;Nee</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="vanished">Afbreken</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="vanished">Opnieuw proberen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="vanished">Negeren</translation>
    </message>
</context>
<context>
    <name>ReloginDialog</name>
    <message>
        <location filename="../dialogs/login.py" line="+70"/>
        <source>Log in again – {name}</source>
        <translation>Opnieuw inloggen – {name}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Save</source>
        <extracomment>what a save cancelled halfway puts back (None: unreadable, so unknown)</extracomment>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{provider} no longer accepts the sign-in of “{name}”. Sign in again with the browser; the account is saved as soon as the sign-in succeeds.</source>
        <translation>{provider} accepteert de aanmelding van ‘{name}’ niet meer. Log opnieuw in via de browser; het account wordt opgeslagen zodra het inloggen is gelukt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{provider} refused the saved credentials of “{name}”. Enter them again.</source>
        <translation>{provider} heeft de opgeslagen inloggegevens van ‘{name}’ geweigerd. Voer ze opnieuw in.</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <location filename="../row_actions.py" line="+80"/>
        <source>&amp;Copy</source>
        <extracomment>the menu shown last, and how a menu is shown (tests replace it)</extracomment>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy number</source>
        <translation>Nummer kopiëren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open payment link</source>
        <translation>Betaallink openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show in account</source>
        <translation>Tonen in account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export selection…</source>
        <translation>Selectie exporteren…</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <location filename="../saved_views.py" line="+99"/>
        <location line="+4"/>
        <source>Saved views</source>
        <extracomment>asks for a name (title, label, current text); None when cancelled the state of the view the user chose</extracomment>
        <translation>Opgeslagen weergaven</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the current filters as a view…</source>
        <translation>Huidige filters opslaan als weergave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the view…</source>
        <translation>Weergave hernoemen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the view</source>
        <translation>Weergave verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the view up</source>
        <translation>Weergave omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the view down</source>
        <translation>Weergave omlaag</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save view</source>
        <translation>Weergave opslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Name of the view:</source>
        <translation>Naam van de weergave:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename view</source>
        <translation>Weergave hernoemen</translation>
    </message>
</context>
<context>
    <name>SecretsReader</name>
    <message>
        <location filename="../secrets_reader.py" line="+58"/>
        <source>Reading “{name}” from the keyring… If the system asks you to unlock the keyring, do so.</source>
        <extracomment>the pool the reads run in (None: the global one) the account being read, if any</extracomment>
        <translation>‘{name}’ wordt uit de sleutelbos gelezen… Ontgrendel de sleutelbos als het systeem daarom vraagt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read “{name}” from the keyring: {reason}</source>
        <translation>Kon ‘{name}’ niet uit de sleutelbos lezen: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings.py" line="+35"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System default ({language})</source>
        <translation>Systeemstandaard ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when I ask (F5)</source>
        <translation>Alleen op verzoek (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Sync automatically every</source>
        <translation>Automatisch synchroniseren elke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me when a sync finds payments or overdue claims</source>
        <translation>Meld het als een synchronisatie betalingen of achterstallige vorderingen vindt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing the window keeps invoicedesk in the tray</source>
        <translation>Bij sluiten van het venster blijft invoicedesk in het systeemvak</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The window switches to the new language when you press OK.</source>
        <translation>Het venster schakelt over naar de nieuwe taal wanneer u op OK drukt.</translation>
    </message>
    <message>
        <source>A new language is used from the next start of invoicedesk.</source>
        <translation type="vanished">De nieuwe taal wordt gebruikt vanaf de volgende start van invoicedesk.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../sync_status.py" line="-65"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Syncing 1 account…</source>
        <extracomment>accounts in this round of syncs and how many still run (the bar while no total is known)</extracomment>
        <translation>1 account wordt gesynchroniseerd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing %1 accounts…</source>
        <translation>%1 accounts worden gesynchroniseerd…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>TelecomX</name>
    <message>
        <location filename="../dialogs/provider_extras.py" line="-135"/>
        <source>Username and password</source>
        <translation>Gebruikersnaam en wachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee token</source>
        <translation>Medewerkerstoken</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in with</source>
        <translation>Inloggen met</translation>
    </message>
</context>
<context>
    <name>TotalsStrip</name>
    <message>
        <source>No invoices in view</source>
        <translation type="vanished">Geen facturen in de weergave</translation>
    </message>
    <message>
        <location filename="../totals.py" line="+156"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="vanished">Facturen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="vanished">Totaal</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Nothing outstanding in view</source>
        <extracomment>each line&apos;s labels by (direction, currency), and the headings: kept across layouts lines made ahead by :meth:`prepare`, not laid out yet</extracomment>
        <translation>Niets openstaand in deze weergave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open claims</source>
        <translation>Open vorderingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
</context>
<context>
    <name>TrackedInvoices</name>
    <message>
        <location filename="../dialogs/tracked_invoices.py" line="+45"/>
        <source>Invoice key</source>
        <translation>Factuursleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Factuurnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer ID</source>
        <translation>Klant-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tracked Buckaroo invoices</source>
        <translation>Gevolgde Buckaroo-facturen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buckaroo cannot list your invoices, so invoicedesk follows the ones named here. A customer ID follows all invoices of that customer.</source>
        <translation>Buckaroo kan uw facturen niet opsommen, dus volgt invoicedesk de facturen die hier staan. Met een klant-ID worden alle facturen van die klant gevolgd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+64"/>
        <source>Follow by</source>
        <translation>Volgen op</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import CSV…</source>
        <translation>CSV importeren…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Row {row}: {problem}</source>
        <translation>Rij {row}: {problem}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import tracked invoices</source>
        <translation>Gevolgde facturen importeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} new</source>
        <translation>{count} nieuw</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line {number}: {problem}</source>
        <translation>regel {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../dialogs/tracked_list.py" line="+33"/>
        <source>empty value</source>
        <translation>lege waarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value cannot contain a comma</source>
        <translation>een waarde mag geen komma bevatten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{value}” is not a Buckaroo invoice key</source>
        <translation>‘{value}’ is geen Buckaroo-factuursleutel</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{name} is not UTF-8 text; save it as “CSV UTF-8”.</source>
        <translation>{name} is geen UTF-8-tekst; sla het bestand op als ‘CSV UTF-8’.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read {name}: {reason}</source>
        <translation>Kan {name} niet lezen: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first line must name the columns: key, number and/or customer_id.</source>
        <translation>De eerste regel moet de kolommen noemen: key, number en/of customer_id.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>more fields than the header has</source>
        <translation>meer velden dan de kopregel heeft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no invoice key, number or customer id</source>
        <translation>geen factuursleutel, factuurnummer of klant-ID</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../dialogs/validation.py" line="+19"/>
        <location line="+23"/>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Enter a web address starting with https:// (or http://).</source>
        <translation>Voer een webadres in dat begint met https:// (of http://).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Dit lijkt geen e-mailadres (naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Digits only, e.g. 12345.</source>
        <translation>Alleen cijfers, bijv. 12345.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A three-letter currency code, e.g. DKK, NOK or EUR.</source>
        <translation>Een valutacode van drie letters, bijv. DKK, NOK of EUR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A whole number above 0.</source>
        <translation>Een geheel getal boven 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file.</source>
        <translation>Dit bestand bestaat niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Pick one of the choices.</source>
        <translation>Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Give the account a name.</source>
        <translation>Geef het account een naam.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Use up to 64 letters, digits, spaces and . _ @ + - (no space at the start or end).</source>
        <translation>Gebruik maximaal 64 letters, cijfers, spaties en . _ @ + - (geen spatie aan het begin of eind).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account with this name exists already.</source>
        <translation>Er bestaat al een account met deze naam.</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <location filename="../banner.py" line="+21"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <location filename="../changes_view.py" line="-256"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part-paid</source>
        <translation>Deels betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Gecrediteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amended</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gone</source>
        <translation>Verdwenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now overdue</source>
        <translation>Nu achterstallig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outstanding</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid amount</source>
        <translation>Betaald bedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes</source>
        <translation>Creditnota&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue date</source>
        <translation>Factuurdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our reference</source>
        <translation>Onze referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reference</source>
        <translation>Uw referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../formatting.py" line="+167"/>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially paid</source>
        <translation>Gedeeltelijk betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Onbetaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Creditnota</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="vanished">Herinnering</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Overdue · partly paid</source>
        <extracomment>app language -&gt; Babel locale how providers are named on screen CLDR &quot;currencySpacing&quot;, which Babel does not apply: a currency code written as letters gets a no-break space next to the digits (&quot;NOK&#xa0;1,234.50&quot;, not &quot;NOK1,234.50&quot;) amount pattern without currency sign; its &quot;0.00&quot; becomes the currency&apos;s own digits</extracomment>
        <translation>Achterstallig · deels betaald</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due today · partly paid</source>
        <translation>Vervalt vandaag · deels betaald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Vervalt vandaag</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payable</source>
        <translation>Crediteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivable</source>
        <translation>Debiteur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not yet due</source>
        <translation>Nog niet vervallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–30 days</source>
        <translation>1–30 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days</source>
        <translation>Meer dan 90 dagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You owe</source>
        <translation>U moet betalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed to you</source>
        <translation>U krijgt nog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not yet numbered</source>
        <translation>nog niet genummerd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../tray.py" line="+56"/>
        <source>%1 overdue %2</source>
        <translation>%1 achterstallig %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 due this week</source>
        <translation>%1 vervallen deze week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owed to you: nothing overdue</source>
        <translation>Te ontvangen: niets achterstallig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed to you: %1</source>
        <translation>Te ontvangen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 paid or credited</source>
        <translation>%1 betaald of gecrediteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 now overdue</source>
        <translation>%1 nu achterstallig</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show invoicedesk</source>
        <translation>invoicedesk tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>invoicedesk: what the sync found</source>
        <translation>invoicedesk: dit vond de synchronisatie</translation>
    </message>
</context>
</TS>
