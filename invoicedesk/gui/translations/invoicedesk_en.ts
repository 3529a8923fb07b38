<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgingPanel</name>
    <message numerus="yes">
        <location filename="../aging_panel.py" line="+221"/>
        <source>%1, %2, %3: %4 in %n claim(s)</source>
        <translation>
            <numerusform>%1, %2, %3: %4 in %n claim</numerusform>
            <numerusform>%1, %2, %3: %4 in %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message numerus="yes">
        <location filename="../invoice_model.py" line="+449"/>
        <source>Overdue by %n day(s): %1 outstanding</source>
        <translation>
            <numerusform>Overdue by %n day: %1 outstanding</numerusform>
            <numerusform>Overdue by %n days: %1 outstanding</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../dialogs/plurals.py" line="+15"/>
        <source>%n invoice(s) or customer(s) followed</source>
        <translation>
            <numerusform>%n invoice or customer followed</numerusform>
            <numerusform>%n invoices or customers followed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n row(s) from {name}</source>
        <translation>
            <numerusform>Imported %n row from {name}</numerusform>
            <numerusform>Imported %n rows from {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Skipped %n bad line(s):</source>
        <translation>
            <numerusform>Skipped %n bad line:</numerusform>
            <numerusform>Skipped %n bad lines:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n account(s) to look at</source>
        <translation>
            <numerusform>%n account to look at</numerusform>
            <numerusform>%n accounts to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) selected</source>
        <translation>
            <numerusform>%n row selected</numerusform>
            <numerusform>%n rows selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>Copied %n row</numerusform>
            <numerusform>Copied %n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
