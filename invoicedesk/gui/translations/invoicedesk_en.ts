<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
