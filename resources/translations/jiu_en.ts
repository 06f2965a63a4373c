<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/start_page.py" line="123" />
        <source>%n active participant(s)</source>
        <translation><numerusform>%n active participant</numerusform><numerusform>%n active participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/start_page.py" line="124" />
        <source>%n in total</source>
        <translation><numerusform>%n in total</numerusform><numerusform>%n in total</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/start_page.py" line="125" />
        <source>%n open action(s)</source>
        <translation><numerusform>%n open action</numerusform><numerusform>%n open actions</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/sync/controller.py" line="142" />
        <source>%n text(s) changed on two laptops at once; the participant's page shows both versions.</source>
        <translation><numerusform>%n text changed on two laptops at once; the participant's page shows both versions.</numerusform><numerusform>%n texts changed on two laptops at once; the participant's page shows both versions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/sync/controller.py" line="187" />
        <source>%n change(s) waiting</source>
        <translation><numerusform>%n change waiting</numerusform><numerusform>%n changes waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/sync/controller.py" line="190" />
        <source>Offline — %n change(s) waiting</source>
        <translation><numerusform>Offline — %n change waiting</numerusform><numerusform>Offline — %n changes waiting</numerusform></translation>
    </message>
</context>
</TS>