<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>EmptyList</name>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="43" />
        <source>The team has %n participant(s), but none with you as their coach.</source>
        <translation><numerusform>The team has %n participant, but none with you as their coach.</numerusform><numerusform>The team has %n participants, but none with you as their coach.</numerusform></translation>
    </message>
</context>
<context>
    <name>ParticipantListView</name>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/participants/list_view.py" line="201" />
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/participants/list_view.py" line="202" />
        <source>{shown} of %n participant(s)</source>
        <translation><numerusform>{shown} of %n participant</numerusform><numerusform>{shown} of %n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/start_page.py" line="152" />
        <source>%n active participant(s)</source>
        <translation><numerusform>%n active participant</numerusform><numerusform>%n active participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/start_page.py" line="153" />
        <source>%n in total</source>
        <translation><numerusform>%n in total</numerusform><numerusform>%n in total</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/start_page.py" line="154" />
        <source>%n open action(s)</source>
        <translation><numerusform>%n open action</numerusform><numerusform>%n open actions</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/sync/controller.py" line="145" />
        <source>%n text(s) changed on two laptops at once; the participant's page shows both versions.</source>
        <translation><numerusform>%n text changed on two laptops at once; the participant's page shows both versions.</numerusform><numerusform>%n texts changed on two laptops at once; the participant's page shows both versions.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/sync/controller.py" line="192" />
        <source>%n change(s) waiting</source>
        <translation><numerusform>%n change waiting</numerusform><numerusform>%n changes waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/sync/controller.py" line="195" />
        <source>Offline — %n change(s) waiting</source>
        <translation><numerusform>Offline — %n change waiting</numerusform><numerusform>Offline — %n changes waiting</numerusform></translation>
    </message>
</context>
</TS>