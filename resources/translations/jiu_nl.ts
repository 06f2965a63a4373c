<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AddPersonDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/person_fields.py" line="145"/>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/person_fields.py" line="157"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_model.py" line="115"/>
        <source>present {present} of {counted}</source>
        <extracomment>The count text of a row, for the row&apos;s header. The mark&apos;s code in a cell (None: not marked). Background and text per mark. A cell whose absence got its *er op af* note. First names, made apart where two share one: the names leave the room to the meetings (the whole name is the row&apos;s tooltip).</extracomment>
        <translation>aanwezig {present} van {counted}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_model.py" line="186"/>
        <source>{name} — {day}: does not go ahead</source>
        <translation>{name} — {day}: gaat niet door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_model.py" line="189"/>
        <source>not marked yet</source>
        <translation>nog niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_model.py" line="191"/>
        <source>not in the group that day</source>
        <translation>die dag niet in de groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_model.py" line="194"/>
        <source>{name} — {day}: {mark}</source>
        <translation>{name} — {day}: {mark}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_model.py" line="197"/>
        <source>Er op af: done</source>
        <translation>Er op af: gedaan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_model.py" line="199"/>
        <source>Press E for er op af</source>
        <translation>Druk op E voor er op af</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_model.py" line="236"/>
        <source>does not go ahead</source>
        <translation>gaat niet door</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_grid.py" line="102"/>
        <source>no mark</source>
        <extracomment>A mark for the cell (row, column, code), or None to clear it. The next mark in the cycle for the cell (row, column). Er op af for the cell (row, column).</extracomment>
        <translation>leeg</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_grid.py" line="104"/>
        <source>{name}: {mark}</source>
        <translation>{name}: {mark}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_grid.py" line="120"/>
        <source>Er op af for {name}</source>
        <translation>Er op af bij {name}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="115"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="117"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="125"/>
        <source>Click a cell, or type A present · T late · M excused · X absent without notice · N not applicable · Space: the next mark · Delete: clear</source>
        <translation>Klik op een vakje, of typ A aanwezig · T te laat · M afgemeld · X afwezig zonder bericht · N n.v.t. · Spatie: volgende · Delete: leegmaken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="192"/>
        <source>Agreed in this group: {rule}</source>
        <translation>Afspraak in deze groep: {rule}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="194"/>
        <source>No attendance requirement agreed for this group.</source>
        <translation>Voor deze groep is geen afspraak over aanwezigheid vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="201"/>
        <source>No meetings yet. Make the roster on the Meetings tab (Make roster…).</source>
        <translation>Nog geen bijeenkomsten. Maak het rooster op het tabblad Bijeenkomsten (Rooster maken…).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="206"/>
        <source>Nobody is in this group yet. Put participants in it on their Details tab (Group).</source>
        <translation>Er zit nog niemand in deze groep. Zet deelnemers in de groep op hun tabblad Gegevens (Groep).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="215"/>
        <source>present {present} of {counted}</source>
        <translation>aanwezig {present} van {counted}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="233"/>
        <source>This meeting does not go ahead: it takes no marks.</source>
        <translation>Deze bijeenkomst gaat niet door: hier vul je niets in.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="272"/>
        <source>Er op af is for someone absent without notice (X).</source>
        <translation>Er op af is voor iemand die afwezig was zonder bericht (X).</translation>
    </message>
</context>
<context>
    <name>AutosaveForm</name>
    <message>
        <location filename="../../jiu_desktop/views/autosave.py" line="114"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/autosave.py" line="123"/>
        <source>Change {field}</source>
        <translation>{field} wijzigen</translation>
    </message>
</context>
<context>
    <name>BlankFormDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="136"/>
        <source>Blank form</source>
        <translation>Leeg formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="138"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="139"/>
        <source>With the first name and today&apos;s date, to fill in with a pen.</source>
        <translation>Met de voornaam en de datum van vandaag, om met een pen in te vullen.</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <location filename="../../jiu_desktop/views/report/models.py" line="58"/>
        <location filename="../../jiu_desktop/views/report/models.py" line="62"/>
        <source>Total</source>
        <extracomment>What a cell holds for tests and copying: the number, &quot;&lt;3&quot; or &quot;hidden&quot; (as in JSON).</extracomment>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/models.py" line="101"/>
        <source>1 or 2: small numbers are hidden, so nobody can be recognised.</source>
        <translation>1 of 2: kleine aantallen zijn verborgen, zodat niemand te herkennen is.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/models.py" line="102"/>
        <source>Hidden, so that a number hidden beside it cannot be worked out.</source>
        <translation>Verborgen, zodat je een verborgen getal ernaast niet kunt uitrekenen.</translation>
    </message>
</context>
<context>
    <name>CareContactDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="56"/>
        <source>Care worker</source>
        <extracomment>Like the conflict panel: warm, boxed, hard to miss.</extracomment>
        <translation>Hulpverlener</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="64"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="65"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="66"/>
        <source>How to reach</source>
        <translation>Bereikbaar via</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="78"/>
        <source>Coaches on</source>
        <translation>Werkt aan</translation>
    </message>
</context>
<context>
    <name>CareContactsBox</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="103"/>
        <source>Care workers involved</source>
        <translation>Betrokken hulpverleners</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="108"/>
        <source>No care workers yet. Is someone involved? Add them.</source>
        <translation>Nog geen hulpverleners. Is er iemand betrokken? Voeg die toe.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="115"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="115"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="115"/>
        <source>How to reach</source>
        <translation>Bereikbaar via</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="116"/>
        <source>Coaches on</source>
        <translation>Werkt aan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="139"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="140"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="141"/>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="223"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="178"/>
        <source>the coach</source>
        <translation>de coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="182"/>
        <source>⚠ {subject}: {who} work on this. Agree who does what.</source>
        <translation>⚠ {subject}: {who} werken hieraan. Spreek af wie wat doet.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="183"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="219"/>
        <source>Remove care worker</source>
        <translation>Hulpverlener verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/care_contacts.py" line="220"/>
        <source>Remove {name} from the care workers involved?</source>
        <translation>{name} verwijderen uit de betrokken hulpverleners?</translation>
    </message>
</context>
<context>
    <name>Celebration</name>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="77"/>
        <source>Step taken! Time to celebrate that.</source>
        <extracomment>The smallest sticker: a step that fits it whole fits every sheet. The field names of the form, as the step service knows them (&quot;helper&quot; is chosen here).</extracomment>
        <translation>Stap gezet! Tijd om dat te vieren.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="84"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="87"/>
        <source>Ne&amp;xt step?</source>
        <translation>&amp;Volgende stap?</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="261"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="280"/>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="281"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="283"/>
        <source>Repeat</source>
        <translation>Herhaal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="298"/>
        <source>The two new passphrases differ.</source>
        <translation>Je typte twee verschillende nieuwe wachtwoordzinnen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="302"/>
        <source>Changing…</source>
        <translation>Bezig met wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="309"/>
        <source>Failed.</source>
        <translation>Niet gelukt.</translation>
    </message>
</context>
<context>
    <name>CloseSyncDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/close_dialog.py" line="36"/>
        <source>Sending changes</source>
        <extracomment>How long a failure stays in sight before the window closes anyway.</extracomment>
        <translation>Wijzigingen versturen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/close_dialog.py" line="40"/>
        <source>Sending changes…</source>
        <translation>Wijzigingen versturen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/close_dialog.py" line="50"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/close_dialog.py" line="88"/>
        <source>Not sent: {problem} The changes go out at the next sync.</source>
        <translation>Niet verstuurd: {problem} De wijzigingen gaan mee bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/close_dialog.py" line="89"/>
        <source>the sync target did not answer.</source>
        <translation>het synchronisatiedoel gaf geen antwoord.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/close_dialog.py" line="93"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>CoachEditor</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="81"/>
        <source>Tab: next question · 1–5: choose · j/n: yes or no · Enter: go on</source>
        <extracomment>Something of the response was stored (the list shows it). Whose name the saves are announced under (the tab, which skips its own).</extracomment>
        <translation>Tab: volgende vraag · 1–5: kiezen · j/n: ja of nee · Enter: verder</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="100"/>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="112"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="103"/>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="114"/>
        <source>Filled in by</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="104"/>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="107"/>
        <source>From paper</source>
        <translation>Van papier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="106"/>
        <source>Typed in from a form filled in on paper</source>
        <translation>Overgetypt van een formulier dat op papier is ingevuld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="110"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="158"/>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="161"/>
        <source>{title} ({version})</source>
        <translation>{title} ({version})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="191"/>
        <source>✓ Done</source>
        <translation>✓ Klaar</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="194"/>
        <source>{answered} of {total} answered</source>
        <translation>{answered} van {total} beantwoord</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="199"/>
        <source>Not done yet</source>
        <translation>Nog niet klaar</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="199"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="222"/>
        <location filename="../../jiu_desktop/views/forms/coach_editor.py" line="242"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
</context>
<context>
    <name>CoachPage</name>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="135"/>
        <source>Which coach are you?</source>
        <translation>Welke coach ben jij?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="138"/>
        <source>JIU Desktop can show your own participants first. Type your name as a coach, or leave it empty to skip this.</source>
        <translation>JIU Desktop kan je eigen deelnemers eerst laten zien. Typ je naam als coach, of laat dit leeg om het over te slaan.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="142"/>
        <source>Your name as coach</source>
        <translation>Je naam als coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="145"/>
        <source>Will you join a team that already lists you as a coach? Then leave this empty: after joining, choose yourself under Profile → Settings → I am.</source>
        <translation>Ga je meedoen met een team waar je al als coach in staat? Laat dit dan leeg: kies jezelf na het aansluiten bij Profiel → Instellingen → Ik ben.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="54"/>
        <source>Compare versions</source>
        <translation>Versies vergelijken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="65"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="67"/>
        <source>to</source>
        <translation>naar</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="75"/>
        <source>+ is new on the later version, − is gone since the earlier one.</source>
        <translation>+ is nieuw op de latere versie, − is er niet meer sinds de eerdere.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="86"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="91"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="126"/>
        <source>Network map: comparison</source>
        <translation>Netwerkkaart: vergelijking</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="127"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="131"/>
        <source>network map comparison {earlier} and {later}.pdf</source>
        <translation>netwerkkaart vergelijking {earlier} en {later}.pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="140"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="107"/>
        <source>Choose two different versions.</source>
        <translation>Kies twee verschillende versies.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="114"/>
        <source>No differences.</source>
        <translation>Geen verschillen.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="92"/>
        <source>Two coaches changed the same text at the same time. Choose what to keep.</source>
        <extracomment>The one row shown instead of a participant&apos;s: (table name, row id). What the coaches call their laptops, read again with every reload.</extracomment>
        <translation>Twee coaches hebben tegelijk dezelfde tekst aangepast. Kies wat je wilt houden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="108"/>
        <source>On this laptop</source>
        <translation>Op deze laptop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="114"/>
        <source>Other version</source>
        <translation>Andere versie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="132"/>
        <source>Keep this one</source>
        <translation>Deze houden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="133"/>
        <source>Keep the other</source>
        <translation>De andere houden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="141"/>
        <source>Merge both…</source>
        <translation>Beide samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="153"/>
        <source>{field}: “{row}”</source>
        <translation>{field}: ‘{row}’</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="156"/>
        <source>{field} of {date}</source>
        <translation>{field} van {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="160"/>
        <source>this laptop</source>
        <translation>deze laptop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="165"/>
        <source>written on {laptop}</source>
        <translation>gewijzigd op {laptop}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="166"/>
        <source>written {date} at {time} on {laptop}</source>
        <translation>gewijzigd op {date} om {time}, op {laptop}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="173"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/conflict_panel.py" line="178"/>
        <source>{about}: both versions are below, this laptop&apos;s first. Make one text of them; Save keeps it on every laptop.</source>
        <translation>{about}: hieronder staan beide versies, die van deze laptop eerst. Maak er één tekst van; Opslaan bewaart die op elke laptop.</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="94"/>
        <source>Record…</source>
        <translation>Vastleggen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="95"/>
        <source>Record consent…</source>
        <translation>Toestemming vastleggen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="98"/>
        <source>Withdraw…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="101"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="121"/>
        <source>Not asked yet</source>
        <translation>Nog niet gevraagd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="123"/>
        <source>Given since {date}</source>
        <translation>Gegeven sinds {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="125"/>
        <source>Withdrawn on {date}</source>
        <translation>Ingetrokken op {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="127"/>
        <source>Said no on {date}</source>
        <translation>Nee gezegd op {date}</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="139"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="144"/>
        <source>Ask each one apart: yes to one is not yes to another.</source>
        <translation>Vraag elke toestemming apart: ja op de ene is geen ja op de andere.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="180"/>
        <source>taken over from an earlier version</source>
        <translation>overgenomen uit een eerdere versie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="182"/>
        <source>wording {version}</source>
        <translation>tekst {version}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="184"/>
        <source>no wording read out</source>
        <translation>geen tekst voorgelezen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="188"/>
        <source>Said no</source>
        <translation>Nee gezegd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="221"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="222"/>
        <source>Withdraw the consent for “{title}” as of today?</source>
        <translation>De toestemming voor “{title}” intrekken, vanaf vandaag?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="223"/>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
</context>
<context>
    <name>ConversationsTab</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="209"/>
        <source>Session notes</source>
        <translation>Gespreksnotities</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="212"/>
        <source>New note</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="214"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="227"/>
        <source>No notes yet.

Write the first one with “New note” (Ctrl+Shift+N): what you talked about, and a next step if there is one.</source>
        <translation>Nog geen notities.

Schrijf de eerste met “Nieuwe notitie” (Ctrl+Shift+N): waar jullie over spraken, en een volgende stap als die er is.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="241"/>
        <source>Open a note from the list, or start a new one (Ctrl+Shift+N).</source>
        <translation>Open een notitie uit de lijst, of begin een nieuwe (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="256"/>
        <source>&amp;Conversations</source>
        <translation>Ge&amp;sprekken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="300"/>
        <source>★ Success: {text}</source>
        <translation>★ Succes: {text}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="307"/>
        <source>A success: open it on the Talents tab</source>
        <translation>Een succes: open het op het tabblad Talenten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="314"/>
        <source>★ Step taken: {text}</source>
        <translation>★ Stap gezet: {text}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="321"/>
        <source>A step taken: open it on the Dream tin tab</source>
        <translation>Een gezette stap: open hem op het tabblad Droomblik</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/spiral/correction_dialog.py" line="68"/>
        <source>Correct measurement</source>
        <translation>Meting corrigeren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/correction_dialog.py" line="81"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/correction_dialog.py" line="88"/>
        <source>&amp;Step</source>
        <translation>&amp;Stap</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/correction_dialog.py" line="89"/>
        <source>Filled in &amp;together with the participant</source>
        <translation>Samen met de deelnemer &amp;ingevuld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/correction_dialog.py" line="96"/>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/correction_dialog.py" line="103"/>
        <source>Save correction</source>
        <translation>Correctie opslaan</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <location filename="../../jiu_desktop/views/spiral/criteria_panel.py" line="99"/>
        <source>Choose a step for this life domain first; then the points of the way to the next step show here, to talk about.</source>
        <extracomment>A tick changed (arguments: criterion key, met).</extracomment>
        <translation>Kies eerst een stap voor dit levensgebied. Dan staan hier de punten voor de weg naar de volgende stap, om over te praten.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/criteria_panel.py" line="106"/>
        <source>This is the last step of the spiral.</source>
        <translation>Dit is de laatste stap van de spiraal.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/criteria_panel.py" line="109"/>
        <source>{domain}: from {start} to {next}</source>
        <translation>{domain}: van {start} naar {next}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/criteria_panel.py" line="117"/>
        <source>To talk about together. Tick what they already show; it does not decide the step.</source>
        <translation>Om samen over te praten. Vink aan wat de deelnemer al laat zien; het bepaalt de stap niet.</translation>
    </message>
</context>
<context>
    <name>CriterionTick</name>
    <message>
        <location filename="../../jiu_desktop/views/spiral/criteria_panel.py" line="38"/>
        <source>Handbook: “{words}”</source>
        <translation>Handboek: “{words}”</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="117"/>
        <source>Part {number}</source>
        <translation>Onderdeel {number}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="123"/>
        <source>Rename part</source>
        <translation>Naam van onderdeel wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="127"/>
        <source>Change part intro</source>
        <translation>Inleiding van onderdeel wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="129"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="131"/>
        <source>Intro</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="133"/>
        <source>{count} questions</source>
        <translation>{count} vragen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="143"/>
        <source>Question {number} · {kind}</source>
        <translation>Vraag {number} · {kind}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="150"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="155"/>
        <source>Help</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="164"/>
        <source>Lines on paper</source>
        <translation>Regels op papier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="167"/>
        <source>Key: {key}</source>
        <translation>Sleutel: {key}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="172"/>
        <source>Answers to every version are joined on this key (the growth chart). It stays the same when you change the text.</source>
        <translation>Antwoorden van alle versies horen bij elkaar via deze sleutel (voor de groeigrafiek). De sleutel blijft hetzelfde als je de tekst verandert.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="184"/>
        <source>Change question</source>
        <translation>Vraag wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="184"/>
        <source>Change help</source>
        <translation>Uitleg wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="192"/>
        <source>Answered with yes or no.</source>
        <translation>Het antwoord is ja of nee.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="193"/>
        <source>Answered with a date.</source>
        <translation>Het antwoord is een datum.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="194"/>
        <source>A line to sign on paper. It holds no answer.</source>
        <translation>Een regel om te tekenen op papier. Er hoort geen antwoord bij.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="209"/>
        <source>Change scale word</source>
        <translation>Woord van de schaal wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="213"/>
        <source>{number} =</source>
        <translation>{number} =</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="215"/>
        <source>Faces above the words</source>
        <translation>Gezichtjes boven de woorden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="221"/>
        <source>Show faces</source>
        <translation>Gezichtjes tonen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="221"/>
        <source>Hide faces</source>
        <translation>Gezichtjes weglaten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="235"/>
        <source>Change lines</source>
        <translation>Aantal regels wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="246"/>
        <source>Options</source>
        <translation>Keuzes</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="252"/>
        <source>Change option</source>
        <translation>Keuze wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="258"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="259"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="260"/>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="304"/>
        <source>Delete option</source>
        <translation>Keuze verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="270"/>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="285"/>
        <source>Add option</source>
        <translation>Keuze toevoegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="283"/>
        <source>Option {number}</source>
        <translation>Keuze {number}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/details.py" line="295"/>
        <source>Move option</source>
        <translation>Keuze verplaatsen</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="136"/>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="146"/>
        <source>Personal and contact details</source>
        <translation>Persoonlijke en contactgegevens</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="148"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="149"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="150"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="151"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="152"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="153"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="357"/>
        <source>Delete {name}?

Deleting takes {name}, with all notes and referrals, off every list and out of the search: here, and after the next sync on the team&apos;s other laptops too. The data itself is kept, with its history, in this profile and in the team&apos;s sync files; the app cannot bring it back.

To remove everything about {name} from every laptop for good (the right to be forgotten), use “Erase for good…” instead.</source>
        <translation>{name} verwijderen?

Verwijderen haalt {name}, met alle notities en verwijzingen, uit elke lijst en uit het zoeken: hier, en na de volgende synchronisatie ook op de andere laptops van het team. De gegevens zelf blijven bewaard, met hun geschiedenis, in dit profiel en in de synchronisatiebestanden van het team; de app kan ze niet terughalen.

Wil je alles over {name} voorgoed van elke laptop weghalen (het recht om vergeten te worden)? Kies dan “Definitief wissen…”.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="164"/>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="169"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="176"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="180"/>
        <source>Erase for good…</source>
        <translation>Definitief wissen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="232"/>
        <source>Not saved yet: type a first name</source>
        <translation>Nog niet opgeslagen: typ eerst een voornaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="288"/>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="295"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="355"/>
        <source>Delete participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="364"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="399"/>
        <source>This removes {name} and everything kept about them from this laptop, its own backup copies and, at the next sync, every laptop of the team. On the sync server everything about {name} is gone within {days} days, usually within a day. It cannot be undone. Backups you saved elsewhere still hold them: delete those yourself.</source>
        <translation>Hiermee verdwijnen {name} en alles wat over deze persoon is vastgelegd van deze laptop, uit de eigen back-upkopieën en bij de volgende synchronisatie van elke laptop van het team. Op de synchronisatieserver verdwijnt alles over {name} binnen {days} dagen, meestal binnen een dag. Dit kan niet ongedaan worden gemaakt. Back-ups die je zelf elders hebt opgeslagen bevatten deze persoon nog: verwijder die zelf.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="407"/>
        <source>Erase data for good</source>
        <translation>Gegevens definitief wissen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="392"/>
        <source>This removes {name} and everything kept about them from this laptop, its own backup copies and, at the next sync, every laptop of the team. It cannot be undone. Backups you saved elsewhere still hold them: delete those yourself.</source>
        <translation>Hiermee verdwijnen {name} en alles wat over deze persoon is vastgelegd van deze laptop, uit de eigen back-upkopieën en bij de volgende synchronisatie van elke laptop van het team. Dit kan niet ongedaan worden gemaakt. Back-ups die je zelf elders hebt opgeslagen bevatten deze persoon nog: verwijder die zelf.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="409"/>
        <source>Type the first name to confirm:</source>
        <translation>Typ de voornaam om te bevestigen:</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="411"/>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/details.py" line="425"/>
        <source>The data of {name} was erased.</source>
        <translation>De gegevens van {name} zijn gewist.</translation>
    </message>
</context>
<context>
    <name>DraftDocument</name>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/document.py" line="151"/>
        <source>Not saved yet: a text is empty. Type it, or undo.</source>
        <extracomment>``QUndoCommand.id`` of typing in one field: keystrokes in the same field merge. The definition changed (arguments: the place to show or None, and whether the fields must be drawn again: after undo and redo, not while typing). A few words on the saving: &quot;✓ Saved&quot;, or why it is not saved yet. Every question key the template has or had: a new question takes none of them.</extracomment>
        <translation>Nog niet opgeslagen: er is een tekst leeg. Typ die, of maak het ongedaan.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/document.py" line="158"/>
        <source>Not saved yet: a form needs at least one question.</source>
        <translation>Nog niet opgeslagen: een formulier heeft minstens één vraag nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/document.py" line="167"/>
        <source>Not saved: {problem}</source>
        <translation>Niet opgeslagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/document.py" line="173"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="78"/>
        <source>Preview: the form as it will be filled in. Nothing typed here is kept.</source>
        <extracomment>Back to the list of forms. Publish this draft (argument: its id); the manager asks first.</extracomment>
        <translation>Voorbeeld: zo wordt het formulier ingevuld. Wat je hier typt, wordt niet bewaard.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="111"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="119"/>
        <source>Intro</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="131"/>
        <source>Usually</source>
        <translation>Meestal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="135"/>
        <source>Who fills it in when nothing else is chosen</source>
        <translation>Wie het invult als je niets anders kiest</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="140"/>
        <source>About</source>
        <translation>Gaat over</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="144"/>
        <source>a participant</source>
        <translation>een deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="145"/>
        <source>the coach (a reflection of their own)</source>
        <translation>de coach zelf (een eigen reflectie)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="149"/>
        <source>Filled in by</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="162"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="169"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="177"/>
        <source>Publish…</source>
        <translation>Publiceren…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="181"/>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="217"/>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="183"/>
        <source>Everything is saved as you type.</source>
        <translation>Alles wordt al bewaard terwijl je typt.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="203"/>
        <source>Fixed once a version is published.</source>
        <translation>Ligt vast zodra er een versie is gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="205"/>
        <source>Draft of version {version}</source>
        <translation>Concept van versie {version}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="219"/>
        <source>The last changes are not saved: a text the form needs is empty. Go back without them?</source>
        <translation>De laatste wijzigingen zijn niet opgeslagen: een tekst die het formulier nodig heeft is leeg. Toch terug, zonder die wijzigingen?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="222"/>
        <source>Go back without them</source>
        <translation>Terug zonder wijzigingen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="223"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="280"/>
        <source>Change title</source>
        <translation>Titel wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="284"/>
        <source>Change intro</source>
        <translation>Inleiding wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="291"/>
        <source>Someone fills the form in: keep at least one ticked.</source>
        <translation>Iemand vult het formulier in: laat er minstens één aangevinkt.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="295"/>
        <source>Change who fills it in</source>
        <translation>Wijzigen wie het invult</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="301"/>
        <source>Change who usually fills it in</source>
        <translation>Wijzigen wie het meestal invult</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="305"/>
        <source>Change whom the form is about</source>
        <translation>Wijzigen waar het formulier over gaat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="315"/>
        <source>Move part</source>
        <translation>Onderdeel verplaatsen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="318"/>
        <source>Move question</source>
        <translation>Vraag verplaatsen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="329"/>
        <source>Delete part</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="332"/>
        <source>Delete question</source>
        <translation>Vraag verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="337"/>
        <source>Deleted. Undo (Ctrl+Z) puts it back.</source>
        <translation>Verwijderd. Met ongedaan maken (Ctrl+Z) komt het terug.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="343"/>
        <source>Part {number}</source>
        <translation>Onderdeel {number}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="345"/>
        <source>Add part</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="346"/>
        <source>Type the first question of the new part below.</source>
        <translation>Typ hieronder de eerste vraag van het nieuwe onderdeel.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/editor.py" line="353"/>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
</context>
<context>
    <name>DreamCards</name>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/cards.py" line="52"/>
        <source>{area} · since {date} · {status}</source>
        <extracomment>Cards and steps apart from one another, as the lines of the conversation timeline.</extracomment>
        <translation>{area} · sinds {date} · {status}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/cards.py" line="59"/>
        <source>No fresh resolution yet</source>
        <translation>Nog geen vers voornemen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/cards.py" line="61"/>
        <source>Fresh resolution: {step}</source>
        <translation>Vers voornemen: {step}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/cards.py" line="65"/>
        <source>Best before {date}</source>
        <translation>Houdbaar tot {date}</translation>
    </message>
</context>
<context>
    <name>DreamPaper</name>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="42"/>
        <source>Round, 63.5 mm, 12 on a sheet</source>
        <extracomment>How each sheet is named in the dialog, in the order offered.</extracomment>
        <translation>Rond, 63,5 mm, 12 op een vel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="43"/>
        <source>99.1 × 67.7 mm, 8 on a sheet</source>
        <translation>99,1 × 67,7 mm, 8 op een vel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="44"/>
        <source>One large sticker, a whole sheet</source>
        <translation>Eén grote sticker, een heel vel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="140"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="143"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="150"/>
        <source>dream tin sticker {name} {date}.pdf</source>
        <translation>droomblik sticker {name} {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="151"/>
        <source>step plan {name} {date}.pdf</source>
        <translation>stappenplan {name} {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="152"/>
        <source>dream slip {name} {date}.pdf</source>
        <translation>droombriefje {name} {date}.pdf</translation>
    </message>
</context>
<context>
    <name>DreamTinTab</name>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="60"/>
        <source>Dream tins</source>
        <extracomment>Fields chosen for a new step before its text is typed.</extracomment>
        <translation>Droomblikken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="66"/>
        <source>New dream t&amp;in</source>
        <translation>Nieuw droom&amp;blik</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="72"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="74"/>
        <source>The sticker, the step plan or the dream slip</source>
        <translation>De sticker, het stappenplan of het droombriefje</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="77"/>
        <source>Sticker for the tin…</source>
        <translation>Sticker voor het blik…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="80"/>
        <source>Print the step plan…</source>
        <translation>Stappenplan afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="82"/>
        <source>Save the step plan as PDF…</source>
        <translation>Stappenplan opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="84"/>
        <source>Print the dream slip…</source>
        <translation>Droombriefje afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="93"/>
        <source>No dream tin yet.

Start one with “New dream tin”: a wish, dream or goal goes on the slip, inside the tin. On the sticker outside comes the first step, a fresh resolution, with the date it keeps until.</source>
        <translation>Nog geen droomblik.

Begin er een met “Nieuw droomblik”: een wens, droom of doel gaat op het briefje, in het blik. Op de sticker aan de buitenkant komt de eerste stap, een vers voornemen, met de datum waarop het houdbaar is tot.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="135"/>
        <source>D&amp;ream tin</source>
        <translation>D&amp;roomblik</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="258"/>
        <source>Write the dream on the slip first.</source>
        <translation>Schrijf eerst de droom op het briefje.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="284"/>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="309"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="341"/>
        <source>Write down the step first.</source>
        <translation>Schrijf eerst de stap op.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="368"/>
        <source>Delete step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="369"/>
        <source>Delete the step “{text}”?</source>
        <translation>De stap “{text}” verwijderen?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="370"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="382"/>
        <source>Choose a dream tin first.</source>
        <translation>Kies eerst een droomblik.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="403"/>
        <source>Dream tin sticker</source>
        <translation>Sticker droomblik</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="417"/>
        <source>Step plan</source>
        <translation>Stappenplan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tab.py" line="424"/>
        <source>Dream slip</source>
        <translation>Droombriefje</translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="22"/>
        <source>Show the whole team</source>
        <translation>Hele team tonen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="25"/>
        <source>All statuses and groups</source>
        <translation>Alle statussen en groepen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="43"/>
        <source>The team has %n participant(s), but none with you as their coach.</source>
        <translation>
            <numerusform>Het team heeft %n deelnemer, maar jij bent niet de coach.</numerusform>
            <numerusform>Het team heeft %n deelnemers, maar van geen van hen ben jij de coach.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="48"/>
        <source>Look at the whole team, or choose yourself as coach on a participant&apos;s Details tab.</source>
        <translation>Kijk bij het hele team, of kies jezelf als coach op het tabblad Gegevens van een deelnemer.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="60"/>
        <source>No participants yet. Add one with “New participant” (Ctrl+N).
Working in a team? Set up synchronisation (menu Sync) and the team&apos;s participants arrive here.</source>
        <translation>Nog geen deelnemers. Voeg er een toe met “Nieuwe deelnemer” (Ctrl+N).
Werk je in een team? Stel synchronisatie in (menu Synchronisatie), dan komen de deelnemers van het team hier binnen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="68"/>
        <source>Nothing found for “{query}”.</source>
        <translation>Niets gevonden voor “{query}”.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="70"/>
        <source>Check the spelling, or type less: the first letters of a word are enough.</source>
        <translation>Kijk de spelling na, of typ minder: de eerste letters van een woord zijn genoeg.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="73"/>
        <source>No participant matches these filters.</source>
        <translation>Geen deelnemer past bij deze filters.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="75"/>
        <source>Only your own participants are shown: try the whole team.</source>
        <translation>Je ziet alleen je eigen deelnemers: probeer het hele team.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="78"/>
        <source>Only participants with status “{status}” are shown.</source>
        <translation>Je ziet alleen deelnemers met de status “{status}”.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/empty_list.py" line="82"/>
        <source>Only participants of the group “{group}” are shown.</source>
        <translation>Je ziet alleen deelnemers uit de groep “{group}”.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="253"/>
        <location filename="../../jiu_desktop/views/wizard.py" line="277"/>
        <source>New JIU Desktop profile</source>
        <translation>Nieuw JIU Desktop-profiel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="322"/>
        <source>Stop?</source>
        <translation>Stoppen?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="324"/>
        <source>Stop? Then the profile is not made, and you start again next time. This recovery key will not work.</source>
        <translation>Stoppen? Dan wordt het profiel niet gemaakt en begin je de volgende keer opnieuw. Deze herstelsleutel werkt dan niet.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="327"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="328"/>
        <source>Go on</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>FormPaper</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="83"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="86"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/form_widget.py" line="167"/>
        <source>&amp;Previous</source>
        <extracomment>Participant mode&apos;s type, against the coach&apos;s. An answer was changed (argument: the question key). Participant mode: &quot;Klaar&quot; on the last section. Participant mode: another section is shown (argument: its index). The block (question, help and field) of each field, kept in sight when it has the keyboard.</extracomment>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/form_widget.py" line="170"/>
        <source>&amp;Next</source>
        <translation>V&amp;olgende</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/form_widget.py" line="173"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/form_widget.py" line="209"/>
        <source>Part {number} of {count}</source>
        <translation>Deel {number} van {count}</translation>
    </message>
</context>
<context>
    <name>FormsManager</name>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="60"/>
        <source>Manage forms</source>
        <translation>Formulieren beheren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="80"/>
        <source>Forms</source>
        <translation>Formulieren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="85"/>
        <source>Built-in forms and the team&apos;s own. A published version never changes, so old answers read as they were filled in. To change a form, make a new version, edit it and publish it.</source>
        <translation>Ingebouwde formulieren en die van het team zelf. Een gepubliceerde versie verandert nooit. Zo lees je oude antwoorden zoals ze zijn ingevuld. Wil je een formulier veranderen? Maak een nieuwe versie, pas die aan en publiceer die.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="108"/>
        <source>A published version never changes. Make a new version to change it, or a copy for a form of your own.</source>
        <translation>Een gepubliceerde versie verandert nooit. Maak een nieuwe versie om iets te veranderen, of een kopie voor een eigen formulier.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="134"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="143"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="144"/>
        <source>Copy…</source>
        <translation>Kopiëren…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="145"/>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="146"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="147"/>
        <source>Publish…</source>
        <translation>Publiceren…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="148"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="149"/>
        <source>A new, empty form of the team&apos;s own</source>
        <translation>Een nieuw, leeg formulier van het team zelf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="150"/>
        <source>A form of your own, starting from this one</source>
        <translation>Een eigen formulier, met dit formulier als begin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="152"/>
        <source>A draft of the next version: the same form, to change and publish</source>
        <translation>Een concept van de volgende versie: hetzelfde formulier, om aan te passen en te publiceren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="220"/>
        <source>A published version never changes. Make a new version instead.</source>
        <translation>Een gepubliceerde versie verandert nooit. Maak een nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="234"/>
        <source>Filled in before: these answers keep this version.</source>
        <translation>Al eerder ingevuld: die antwoorden houden deze versie.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="253"/>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="255"/>
        <source>New form</source>
        <translation>Nieuw formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="254"/>
        <source>What is the new form called? You can change the title later.</source>
        <translation>Hoe heet het nieuwe formulier? Je kunt de titel later nog veranderen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="265"/>
        <source>Copy form</source>
        <translation>Formulier kopiëren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="266"/>
        <source>The copy is a form of its own, with the same questions. What is it called?</source>
        <translation>De kopie is een eigen formulier, met dezelfde vragen. Hoe heet het?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="267"/>
        <source>{title} (copy)</source>
        <translation>{title} (kopie)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="282"/>
        <source>This form has a draft already: version {version}. It is opened.</source>
        <translation>Dit formulier heeft al een concept: versie {version}. Dat is nu geopend.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="327"/>
        <source>Publish form</source>
        <translation>Formulier publiceren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="329"/>
        <source>Publish “{title}” as version {version}? A published version never changes: forms filled in with it always read as they were filled in. Later changes go in a new version.</source>
        <translation>‘{title}’ publiceren als versie {version}? Een gepubliceerde versie verandert nooit. Ingevulde formulieren lees je altijd zoals ze zijn ingevuld. Latere wijzigingen komen in een nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="333"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="350"/>
        <source>Published as version {version}.</source>
        <translation>Gepubliceerd als versie {version}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="359"/>
        <source>Delete draft</source>
        <translation>Concept verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="360"/>
        <source>Delete the draft of “{title}”? Published versions stay as they are.</source>
        <translation>Het concept van ‘{title}’ verwijderen? Gepubliceerde versies blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/manager.py" line="363"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="86"/>
        <source>Forms</source>
        <translation>Formulieren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="103"/>
        <source>New form…</source>
        <translation>Nieuw formulier…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="110"/>
        <source>Fill in by participant</source>
        <translation>Invullen door deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="113"/>
        <source>The window shows only this form until your passphrase is typed</source>
        <translation>Het venster toont alleen dit formulier, tot jouw wachtwoordzin is getypt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="116"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="122"/>
        <source>Growth</source>
        <translation>Groei</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="124"/>
        <source>The answers to the scale questions over time</source>
        <translation>De antwoorden op de schaalvragen door de tijd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="127"/>
        <source>Start a dream tin from it</source>
        <translation>Maak er een droomblik van</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="130"/>
        <source>The dream, the first step and its date from this form&apos;s answers</source>
        <translation>De droom, de eerste stap en de datum uit de antwoorden van dit formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="143"/>
        <source>Paper…</source>
        <translation>Papier…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="145"/>
        <source>A blank form, this form as filled in, or the series</source>
        <translation>Een leeg formulier, dit formulier zoals ingevuld, of de reeks</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="149"/>
        <source>Blank form with the first name…</source>
        <translation>Leeg formulier met de voornaam…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="152"/>
        <source>Print this form…</source>
        <translation>Dit formulier afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="154"/>
        <source>Save this form as PDF…</source>
        <translation>Dit formulier opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="157"/>
        <source>Print the series with growth…</source>
        <translation>De reeks met groei afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="160"/>
        <source>Save the series with growth as PDF…</source>
        <translation>De reeks met groei opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="168"/>
        <source>Form&amp;s</source>
        <translation>&amp;Formulieren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="201"/>
        <source>Open a form from the list, or start a new one (Ctrl+Shift+F).</source>
        <translation>Open een formulier uit de lijst, of begin een nieuw (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="204"/>
        <source>No forms yet.

Start one with “New form…”: type in a form filled in on paper, or hand the laptop to the participant to fill it in here.</source>
        <translation>Nog geen formulieren.

Begin met “Nieuw formulier…”: typ een formulier over dat op papier is ingevuld, of geef de laptop aan de deelnemer om het hier in te vullen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="227"/>
        <source>Not every built-in form could be read; the others work as usual.</source>
        <translation>Niet elk ingebouwd formulier kon worden gelezen; de andere werken gewoon.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="328"/>
        <source>Choose a form first.</source>
        <translation>Kies eerst een formulier.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="329"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="347"/>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="387"/>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="398"/>
        <source>Choose a form from the list first.</source>
        <translation>Kies eerst een formulier in de lijst.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="379"/>
        <source>Blank form</source>
        <translation>Leeg formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="391"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="407"/>
        <source>Series with growth</source>
        <translation>Reeks met groei</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="425"/>
        <source>A dream tin was started from the form.</source>
        <translation>Er is een droomblik begonnen vanuit het formulier.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="435"/>
        <source>Delete form</source>
        <translation>Formulier verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="436"/>
        <source>Delete “{title}” of {date}, with its answers?</source>
        <translation>“{title}” van {date} verwijderen, met de antwoorden?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/tab.py" line="439"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>GroupBatchDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="168"/>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="274"/>
        <source>Forms for a group</source>
        <translation>Formulieren voor een groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="171"/>
        <source>One form for everyone in the group, each with their first name and the date: that of the meeting, or a day you choose.</source>
        <translation>Eén formulier voor iedereen in de groep, elk met de voornaam en de datum: die van de bijeenkomst, of een dag die je kiest.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="179"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="186"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="189"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="194"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="200"/>
        <source>There are no groups yet.</source>
        <translation>Er zijn nog geen groepen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="206"/>
        <source>No meeting: the date below</source>
        <translation>Geen bijeenkomst: de datum hieronder</translation>
    </message>
</context>
<context>
    <name>GroupDetails</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_details.py" line="37"/>
        <source>for example at least 80% present (exam)</source>
        <translation>bijvoorbeeld minstens 80% aanwezig (examen)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_details.py" line="39"/>
        <location filename="../../jiu_desktop/views/groups/group_details.py" line="46"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_details.py" line="40"/>
        <location filename="../../jiu_desktop/views/groups/group_details.py" line="46"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_details.py" line="41"/>
        <location filename="../../jiu_desktop/views/groups/group_details.py" line="47"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_details.py" line="43"/>
        <location filename="../../jiu_desktop/views/groups/group_details.py" line="53"/>
        <source>Attendance requirement</source>
        <translation>Afspraak aanwezigheid</translation>
    </message>
</context>
<context>
    <name>GroupField</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="114"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="122"/>
        <source>Group history…</source>
        <translation>Groepsgeschiedenis…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="145"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="181"/>
        <source>Leave the group</source>
        <translation>Uit de groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="182"/>
        <source>The last day in “{group}”:</source>
        <translation>De laatste dag in “{group}”:</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="183"/>
        <source>End membership</source>
        <translation>Beëindigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="189"/>
        <source>Move to another group</source>
        <translation>Naar een andere groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="190"/>
        <source>In “{group}” from which day?</source>
        <translation>Vanaf welke dag in “{group}”?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="191"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="214"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="214"/>
        <source>Name of the group</source>
        <translation>Naam van de groep</translation>
    </message>
</context>
<context>
    <name>GroupHistoryDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="46"/>
        <source>Group history</source>
        <extracomment>A membership was corrected, ended or removed (what was written).</extracomment>
        <translation>Groepsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="50"/>
        <source>Correct a first or last day here. Leave the last day empty while they are in the group; type one to end the membership.</source>
        <translation>Verbeter hier een eerste of laatste dag. Laat de laatste dag leeg zolang iemand in de groep zit; vul een dag in om het lidmaatschap te beëindigen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="75"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="75"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="75"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="95"/>
        <source>Remove…</source>
        <translation>Weghalen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="97"/>
        <source>For a membership that was a mistake</source>
        <translation>Voor een lidmaatschap dat een vergissing was</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="117"/>
        <source>Remove membership</source>
        <translation>Lidmaatschap weghalen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="119"/>
        <source>Remove the membership of “{group}”? Only for a mistake: a group they really were in stays in the history with its last day.</source>
        <translation>Het lidmaatschap van “{group}” weghalen? Alleen bij een vergissing: een groep waar iemand echt in zat, blijft in de geschiedenis met de laatste dag.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="122"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
</context>
<context>
    <name>GroupList</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="163"/>
        <source>Groups</source>
        <extracomment>A group was chosen (argument: id). &quot;New group&quot; was asked for.</extracomment>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="166"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="190"/>
        <source>No groups yet.

A group is one traject: for instance twelve weeks, two afternoons a week. Make the first one with “New group”, then its roster and the attendance follow on its page.</source>
        <translation>Nog geen groepen.

Een groep is één traject: bijvoorbeeld twaalf weken, twee middagen per week. Maak de eerste met “Nieuwe groep”. Het rooster en de aanwezigheid vul je daarna in op de pagina van de groep.</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="74"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="75"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="76"/>
        <source>Participants now</source>
        <translation>Deelnemers nu</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="77"/>
        <source>Meetings held</source>
        <translation>Bijeenkomsten geweest</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="98"/>
        <source>no roster yet</source>
        <translation>nog geen rooster</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="99"/>
        <source>{held} of {total}</source>
        <translation>{held} van {total}</translation>
    </message>
</context>
<context>
    <name>GroupPaper</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="33"/>
        <source>Attendance list</source>
        <extracomment>Makes the PDF and says its title and file name.</extracomment>
        <translation>Presentielijst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="34"/>
        <source>attendance list {group} {date}.pdf</source>
        <translation>presentielijst {group} {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="45"/>
        <source>Course grid</source>
        <translation>Cursusoverzicht</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="46"/>
        <source>attendance {group} {date}.pdf</source>
        <translation>aanwezigheid {group} {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="57"/>
        <source>Contact list</source>
        <translation>Contactlijst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="58"/>
        <source>contact list {group} {date}.pdf</source>
        <translation>contactlijst {group} {date}.pdf</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_view.py" line="38"/>
        <source>← All groups</source>
        <translation>← Alle groepen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_view.py" line="46"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_view.py" line="57"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_view.py" line="58"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Aanwezigheid</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/page.py" line="34"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/growth_chart.py" line="309"/>
        <source>{date} · {question}: {word} ({value}) · {role}</source>
        <extracomment>The participant&apos;s own answers first; the others by role, each its own mark. How near (pixels) the pointer must be to a point for its tooltip.</extracomment>
        <translation>{date} · {question}: {word} ({value}) · {role}</translation>
    </message>
</context>
<context>
    <name>GrowthPanel</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/growth_panel.py" line="27"/>
        <source>Growth</source>
        <translation>Groei</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/growth_panel.py" line="36"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/growth_panel.py" line="40"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/growth_panel.py" line="42"/>
        <source>Answers of</source>
        <translation>Antwoorden van</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/growth_panel.py" line="90"/>
        <source>No form with a scale question yet.</source>
        <translation>Nog geen formulier met een schaalvraag.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/growth_panel.py" line="92"/>
        <source>No answers to the scale questions of this form yet.

Each time the form is filled in, a point is added: so you see together what grows.</source>
        <translation>Nog geen antwoorden op de schaalvragen van dit formulier.

Elke keer dat het formulier is ingevuld, komt er een punt bij: zo zien jullie samen wat groeit.</translation>
    </message>
</context>
<context>
    <name>HintLabel</name>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/hints.py" line="44"/>
        <source>Tip: {hint}</source>
        <translation>Tip: {hint}</translation>
    </message>
</context>
<context>
    <name>IntakeSection</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="61"/>
        <source>Getting to know each other (intake)</source>
        <extracomment>What a field shows when there is no intake yet (the model&apos;s defaults).</extracomment>
        <translation>Kennismaking</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="71"/>
        <source>Don&apos;t question them: write down what they tell you themselves, short and in their own words.</source>
        <extracomment>The id of the intake shown (None: not started yet).</extracomment>
        <translation>Vraag niet uit: schrijf kort op wat de jongere zelf vertelt, in eigen woorden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="86"/>
        <source>Er op af: reach them by</source>
        <translation>Er op af: bereiken via</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="87"/>
        <source>The coach works on</source>
        <translation>De coach werkt aan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="107"/>
        <source>What they do with their days</source>
        <translation>Wat doet de jongere nu overdag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="113"/>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="114"/>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="119"/>
        <source>Computer at home</source>
        <translation>Computer thuis</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="120"/>
        <source>Has e-mail</source>
        <translation>Heeft e-mail</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="126"/>
        <source>At home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="129"/>
        <source>Needed</source>
        <translation>Nodig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="130"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="133"/>
        <source>Social services permission: {what}</source>
        <translation>Toestemming sociale dienst: {what}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="137"/>
        <source>Social services permission</source>
        <translation>Toestemming sociale dienst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="141"/>
        <source>Who brought them in, and stays in the background (for when they drop out).</source>
        <translation>Wie de jongere heeft gebracht en op de achtergrond blijft (voor als de jongere afhaakt).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="147"/>
        <source>Verbinder</source>
        <translation>Verbinder</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="148"/>
        <source>How to reach the verbinder</source>
        <translation>Verbinder bereiken via</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="155"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="156"/>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="157"/>
        <source>Contact with a parent</source>
        <translation>Contact met een ouder</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="159"/>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="160"/>
        <source>Which parent</source>
        <translation>Welke ouder</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="161"/>
        <source>We may contact this parent</source>
        <translation>Wij mogen deze ouder benaderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="162"/>
        <source>May contact the parent</source>
        <translation>Ouder benaderen mag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/intake_section.py" line="164"/>
        <source>Only with their permission.</source>
        <translation>Alleen met toestemming van de jongere.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="90"/>
        <source>The language of JIU Desktop and of your recovery sheet. You can change it later in Settings.</source>
        <extracomment>The languages on offer, each in its own words; Dutch first. QWizard&apos;s button texts in its modern style, translated by Qt&apos;s own catalogue.</extracomment>
        <translation>De taal van JIU Desktop en van je herstelblad. Je kunt die later wijzigen bij Instellingen.</translation>
    </message>
</context>
<context>
    <name>LaptopRows</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="254"/>
        <source>e.g. {name}&apos;s laptop</source>
        <translation>bijv. Laptop van {name}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="256"/>
        <source>e.g. The team&apos;s laptop</source>
        <translation>bijv. Laptop van het team</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="258"/>
        <source>Name of this laptop</source>
        <translation>Naam van deze laptop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="260"/>
        <source>The other laptops of the team show this name in their list and messages.</source>
        <translation>De andere laptops van het team tonen deze naam in hun lijst en meldingen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="269"/>
        <source>Laptops of the team</source>
        <translation>Laptops van het team</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/legend.py" line="28"/>
        <source>the thicker, the better the relation</source>
        <translation>hoe dikker, hoe beter de relatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/legend.py" line="29"/>
        <source>trusts them (goes to them with questions)</source>
        <translation>vertrouwt (gaat erheen met vragen)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/legend.py" line="30"/>
        <source>trust both ways</source>
        <translation>wederzijds vertrouwen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="65"/>
        <source>JIU Desktop — {name}</source>
        <translation>JIU Desktop — {name}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="140"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="141"/>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="144"/>
        <source>Search participants</source>
        <translation>Deelnemers zoeken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="148"/>
        <source>Make backup…</source>
        <translation>Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="149"/>
        <source>Restore backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="151"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="156"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profiel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="157"/>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="159"/>
        <source>Change passphrase…</source>
        <translation>Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="160"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="162"/>
        <source>For&amp;ms</source>
        <translation>For&amp;mulieren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="163"/>
        <source>Manage forms…</source>
        <translation>Formulieren beheren…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="166"/>
        <source>Print forms for a group…</source>
        <translation>Formulieren voor een groep afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="170"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="171"/>
        <source>Synchronise now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="173"/>
        <source>Set up synchronisation…</source>
        <translation>Synchronisatie instellen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="174"/>
        <source>Sync history…</source>
        <translation>Synchronisatiegeschiedenis…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="176"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="177"/>
        <source>About JIU Desktop</source>
        <translation>Over JIU Desktop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="181"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="189"/>
        <source>DEMO — fictional data</source>
        <translation>DEMO — verzonnen gegevens</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="325"/>
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="327"/>
        <source>set up</source>
        <translation>instellen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="342"/>
        <source>Synchronising… {done}/{total}</source>
        <translation>Synchroniseren… {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="352"/>
        <source>Saved. The new language is used from the next start.</source>
        <translation>Opgeslagen. De nieuwe taal geldt vanaf de volgende keer opstarten.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="377"/>
        <source>Passphrase changed.</source>
        <translation>Wachtwoordzin gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="411"/>
        <source>Make backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="413"/>
        <location filename="../../jiu_desktop/views/main_window.py" line="432"/>
        <source>JIU Desktop backup (*.jiubackup)</source>
        <translation>JIU Desktop-back-up (*.jiubackup)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="418"/>
        <source>Making backup…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="422"/>
        <source>Backup saved: {path} ({kb} kB)</source>
        <translation>Back-up opgeslagen: {path} ({kb} kB)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="424"/>
        <source>Backup failed</source>
        <translation>Back-up mislukt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="430"/>
        <location filename="../../jiu_desktop/views/main_window.py" line="438"/>
        <location filename="../../jiu_desktop/views/main_window.py" line="446"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="439"/>
        <source>Passphrase that was valid when the backup was made:</source>
        <translation>Wachtwoordzin die gold toen de back-up werd gemaakt:</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="448"/>
        <source>The data on this laptop is replaced by the backup. The current data is kept in the profile&apos;s backups folder. Continue?</source>
        <translation>De gegevens op deze laptop worden vervangen door de back-up. De huidige gegevens blijven bewaard in de map backups van het profiel. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="451"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="463"/>
        <source>Restore failed</source>
        <translation>Terugzetten mislukt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="469"/>
        <source>Backup restored. This profile now syncs as a new device.</source>
        <translation>Back-up teruggezet. Dit profiel synchroniseert nu als een nieuw apparaat.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/main_window.py" line="475"/>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
</context>
<context>
    <name>MapPaper</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/paper.py" line="35"/>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/paper.py" line="37"/>
        <source>Network map (participant)</source>
        <translation>Netwerkkaart (deelnemer)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/paper.py" line="45"/>
        <source>network map {name} version {number} for {name} {date}.pdf</source>
        <translation>netwerkkaart {name} versie {number} voor {name} {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/paper.py" line="49"/>
        <source>network map {name} version {number} {date}.pdf</source>
        <translation>netwerkkaart {name} versie {number} {date}.pdf</translation>
    </message>
</context>
<context>
    <name>MapTabLayout</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="67"/>
        <source>No network map yet.

Draw it together: their name in the middle, the people who matter around it, and per person a line: the thicker, the better the relation feels. An arrow shows whom they trust.</source>
        <translation>Nog geen netwerkkaart.

Teken hem samen: de naam in het midden, de mensen die ertoe doen eromheen, en per persoon een lijn: hoe dikker, hoe beter de relatie voelt. Een pijl laat zien wie de jongere vertrouwt.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="80"/>
        <source>Start the network map</source>
        <translation>Netwerkkaart beginnen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="110"/>
        <source>Which version of the map is shown</source>
        <translation>Welke versie van de kaart je ziet</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="113"/>
        <source>New version</source>
        <translation>Nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="115"/>
        <source>A copy of the latest version, dated today, to draw how it is now</source>
        <translation>Een kopie van de laatste versie, met de datum van vandaag, om te tekenen hoe het nu is</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="120"/>
        <source>Compare…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="123"/>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="127"/>
        <source>Sectors and rings</source>
        <translation>Sectoren en ringen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="129"/>
        <source>Family, friends, school/work and care in four sectors; closeness in rings</source>
        <translation>Familie, vrienden, school/werk en hulpverlening in vier vakken; hoe dichtbij in ringen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="136"/>
        <source>Fit</source>
        <translation>Passend maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="139"/>
        <source>Look together</source>
        <translation>Samen kijken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="141"/>
        <source>The map fills the screen; notes are hidden (F11, Esc to leave)</source>
        <translation>De kaart vult het scherm; notities zijn verborgen (F11, Esc om te stoppen)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="147"/>
        <source>Print or save…</source>
        <translation>Afdrukken of opslaan…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="149"/>
        <source>Print the map, or save it as PDF or picture</source>
        <translation>De kaart afdrukken, of opslaan als pdf of afbeelding</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="155"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="158"/>
        <source>Print the participant&apos;s version…</source>
        <translation>Versie voor de deelnemer afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="162"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="165"/>
        <source>Save the participant&apos;s version as PDF…</source>
        <translation>Versie voor de deelnemer opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab_layout.py" line="168"/>
        <source>Save as picture (PNG)…</source>
        <translation>Opslaan als afbeelding (png)…</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_list.py" line="57"/>
        <source>filled in together</source>
        <translation>samen ingevuld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_list.py" line="57"/>
        <source>by the coach</source>
        <translation>door de coach</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="43"/>
        <source>New measurement…</source>
        <translation>Nieuwe meting…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="70"/>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="72"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="91"/>
        <source>My spiral on paper…</source>
        <translation>Mijn spiraal op papier…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="94"/>
        <source>For the young person to keep: where they started and where they are now</source>
        <translation>Voor de jongere om te bewaren: waar die begon en waar die nu staat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="99"/>
        <source>Print My spiral…</source>
        <translation>Mijn spiraal afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="100"/>
        <source>Save My spiral as PDF…</source>
        <translation>Mijn spiraal opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="102"/>
        <source>Print the coach&apos;s version (dates)…</source>
        <translation>Coachversie afdrukken (met data)…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="103"/>
        <source>Save the coach&apos;s version as PDF…</source>
        <translation>Coachversie opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="114"/>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Ongedaan maken: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="116"/>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="130"/>
        <source>Not measured yet.</source>
        <translation>Nog niet gemeten.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="136"/>
        <source>Now {now}; measured once.</source>
        <translation>Nu {now}; één keer gemeten.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="138"/>
        <source>Now {now}, as at the first measurement.</source>
        <translation>Nu {now}, net als bij de eerste meting.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/side_panel.py" line="141"/>
        <source>Now {now}; started at {first}.</source>
        <translation>Nu {now}; begonnen bij {first}.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="56"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="56"/>
        <source>New meeting</source>
        <translation>Nieuwe bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="62"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="67"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="70"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="75"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="78"/>
        <source>for example Kookclinic</source>
        <translation>bijvoorbeeld Kookclinic</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="79"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="82"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="85"/>
        <source>Led by</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="86"/>
        <source>Does not go ahead (stays in the roster, not counted)</source>
        <translation>Gaat niet door (blijft in het rooster, telt niet mee)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_dialog.py" line="92"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_model.py" line="44"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_model.py" line="45"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_model.py" line="46"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_model.py" line="47"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_model.py" line="48"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_model.py" line="49"/>
        <source>Led by</source>
        <translation>Door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_model.py" line="50"/>
        <source>Does not go ahead</source>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meeting_model.py" line="82"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="56"/>
        <source>Change meeting</source>
        <translation>Bijeenkomst wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="113"/>
        <source>No meetings yet. “Make roster…” makes them all at once, for instance 12 weeks on Tuesday and Thursday, 13:00–15:30.</source>
        <extracomment>The roster or a meeting changed (argument: Changes), for the rest of the page.</extracomment>
        <translation>Nog geen bijeenkomsten. “Rooster maken…” maakt ze in één keer, bijvoorbeeld 12 weken op dinsdag en donderdag, 13:00–15:30.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="128"/>
        <source>Make roster…</source>
        <translation>Rooster maken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="132"/>
        <source>Add meeting…</source>
        <translation>Bijeenkomst toevoegen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="135"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="138"/>
        <source>Does not go ahead</source>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="142"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="145"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="215"/>
        <source>Roster made: the first new meeting is on {day} ({count} in all).</source>
        <translation>Rooster gemaakt: de eerste nieuwe bijeenkomst is op {day} ({count} in totaal).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="273"/>
        <source>Delete the meeting of {day}?</source>
        <translation>De bijeenkomst van {day} verwijderen?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="276"/>
        <source>The attendance marked at it is deleted with it ({count}). A meeting that did not take place can also stay in the roster: “Does not go ahead”.</source>
        <translation>De aanwezigheid die bij deze bijeenkomst is ingevuld, wordt ook verwijderd ({count}). Een bijeenkomst die niet doorging kan ook in het rooster blijven: “Gaat niet door”.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="279"/>
        <source>Delete meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/meetings_tab.py" line="286"/>
        <source>Meeting of {day} deleted.</source>
        <translation>Bijeenkomst van {day} verwijderd.</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/name_dialog.py" line="35"/>
        <source>Make it</source>
        <translation>Maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/name_dialog.py" line="46"/>
        <source>A form needs a name.</source>
        <translation>Een formulier heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="108"/>
        <source>Welcome to JIU Desktop</source>
        <translation>Welkom bij JIU Desktop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="111"/>
        <source>Your notes about participants stay on this laptop, encrypted. First give this profile a name, usually your own.</source>
        <translation>Je notities over deelnemers blijven versleuteld op deze laptop. Geef dit profiel eerst een naam, meestal je eigen naam.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="115"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>NamesWarning</name>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/names_warning.py" line="65"/>
        <source>{names} and {last}</source>
        <translation>{names} en {last}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/names_warning.py" line="71"/>
        <source>You name {names}. Team notes go to the whole team; better write “a participant”.</source>
        <translation>Je noemt {names}. Teamnotities gaan naar het hele team; schrijf liever ‘een deelnemer’.</translation>
    </message>
</context>
<context>
    <name>NetworkMapTab</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="129"/>
        <source>&amp;Network map</source>
        <extracomment>Thickness steps not written yet: person key → (stored, shown).</extracomment>
        <translation>&amp;Netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="190"/>
        <source>Coach&apos;s note: {note}</source>
        <translation>Notitie coach: {note}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="207"/>
        <source>You are changing version {number}, not the latest: a correction of that version.</source>
        <translation>Je verandert versie {number}, niet de laatste: een correctie van die versie.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="242"/>
        <source>Person on the map</source>
        <translation>Persoon op de netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="259"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="313"/>
        <source>New version made: a copy of the latest, dated today.</source>
        <translation>Nieuwe versie gemaakt: een kopie van de laatste, met de datum van vandaag.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="372"/>
        <source>Change {field}</source>
        <translation>{field} veranderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="384"/>
        <source>“{name}” is off the map; Ctrl+Z puts them back.</source>
        <translation>“{name}” is van de kaart gehaald; Ctrl+Z zet die terug.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="390"/>
        <source>Show sectors and rings</source>
        <translation>Sectoren en ringen tonen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="390"/>
        <source>Hide sectors and rings</source>
        <translation>Sectoren en ringen verbergen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="458"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="476"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="481"/>
        <source>network map {name} {date}.png</source>
        <translation>netwerkkaart {name} {date}.png</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="485"/>
        <source>Save as picture</source>
        <translation>Opslaan als afbeelding</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="485"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="492"/>
        <source>Picture saved.</source>
        <translation>Afbeelding opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="494"/>
        <source>The picture could not be saved there.</source>
        <translation>De afbeelding kon daar niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="524"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="525"/>
        <source>who they are</source>
        <translation>wie het is</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="526"/>
        <source>brackets</source>
        <translation>haakjes</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="527"/>
        <source>own words</source>
        <translation>eigen woorden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="528"/>
        <source>coach&apos;s note</source>
        <translation>notitie coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="529"/>
        <source>trust</source>
        <translation>vertrouwen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/tab.py" line="530"/>
        <source>improve</source>
        <translation>verbeteren</translation>
    </message>
</context>
<context>
    <name>NewDreamForm</name>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="40"/>
        <source>New dream tin</source>
        <translation>Nieuw droomblik</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="45"/>
        <source>Which wish, dream or goal? Write it on the slip in their own words. It goes into the tin, and the tin is closed: it shows only when you open it.</source>
        <translation>Welke wens, droom of welk doel? Schrijf het in hun eigen woorden op het briefje. Het gaat in het blik en het blik gaat dicht: je ziet het pas weer als je het opent.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="54"/>
        <source>The dream, in their words</source>
        <translation>De droom, in hun woorden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="69"/>
        <source>housing</source>
        <translation>wonen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="70"/>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="71"/>
        <source>school</source>
        <translation>scholing</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="72"/>
        <source>relationship</source>
        <translation>relatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="73"/>
        <source>health</source>
        <translation>gezondheid</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="83"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="84"/>
        <source>Life area</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="89"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="90"/>
        <source>May be shared with the group</source>
        <translation>Mag gedeeld worden met de groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="99"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/new_dream.py" line="103"/>
        <source>Put it in the tin</source>
        <translation>Inblikken</translation>
    </message>
</context>
<context>
    <name>NewGroupDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="110"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="115"/>
        <source>for example Voorjaar 2027</source>
        <translation>bijvoorbeeld Voorjaar 2027</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="118"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="122"/>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="143"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="126"/>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="144"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="128"/>
        <source>The period may stay empty: making the roster fills it in.</source>
        <translation>De periode mag leeg blijven: die komt vanzelf als je het rooster maakt.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/group_list.py" line="134"/>
        <source>Make group</source>
        <translation>Groep maken</translation>
    </message>
</context>
<context>
    <name>NewMeasurementDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="73"/>
        <source>New measurement</source>
        <translation>Nieuwe meting</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="85"/>
        <source>Choose a step for each life domain you talk about; skip the others. Beside it: the points of the way to the next step, to talk about together.</source>
        <extracomment>Ticks per domain, kept while the coach moves between domains.</extracomment>
        <translation>Kies een stap voor elk levensgebied waar jullie over praten; sla de andere over. Ernaast staan de punten voor de weg naar de volgende stap, om samen over te praten.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="99"/>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="103"/>
        <source>For the coaches, in a few words. It is not printed on My spiral.</source>
        <translation>Voor de coaches, in een paar woorden. Dit komt niet op Mijn spiraal.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="116"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="121"/>
        <source>Filled in &amp;together with the participant</source>
        <translation>Samen met de deelnemer &amp;ingevuld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="136"/>
        <source>Life domain</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="136"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="136"/>
        <source>Last time</source>
        <translation>Vorige keer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="146"/>
        <source>— not now</source>
        <translation>— nu niet</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="155"/>
        <source>{step} · {date}</source>
        <translation>{step} · {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/measurement_dialog.py" line="172"/>
        <source>Save measurement</source>
        <translation>Meting opslaan</translation>
    </message>
</context>
<context>
    <name>NewResponseDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/new_response.py" line="40"/>
        <source>New form</source>
        <extracomment>How the new response is filled in: by the coach, here, or by the participant.</extracomment>
        <translation>Nieuw formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/new_response.py" line="55"/>
        <source>Filled in on paper; I type it in</source>
        <translation>Op papier ingevuld; ik typ het over</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/new_response.py" line="62"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/new_response.py" line="64"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/new_response.py" line="65"/>
        <source>Filled in by</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/new_response.py" line="70"/>
        <source>Not for a meeting</source>
        <translation>Niet voor een bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/new_response.py" line="78"/>
        <source>For the meeting</source>
        <translation>Voor de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/new_response.py" line="82"/>
        <source>Type it in</source>
        <translation>Zelf invullen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/new_response.py" line="84"/>
        <source>Hand to the participant</source>
        <translation>Aan de deelnemer geven</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/new_response.py" line="87"/>
        <source>The window shows only this form until your passphrase is typed</source>
        <translation>Het venster toont alleen dit formulier, tot jouw wachtwoordzin is getypt</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="74"/>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="95"/>
        <source>Note</source>
        <extracomment>Where a timeline line keeps the id of the success it shows (a note&apos;s id is UserRole). Where a timeline line keeps the id of the dream-tin step it shows as taken. A warm gold, apart from the notes&apos; text, readable on white.</extracomment>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="88"/>
        <source>A next step, e.g. “Samen naar het Werkplein”</source>
        <translation>Een volgende stap, bijv. “Samen naar het Werkplein”</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="91"/>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="98"/>
        <source>Action done</source>
        <translation>Actie gedaan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="93"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="94"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="96"/>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="104"/>
        <source>Follow-up</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="97"/>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="110"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="102"/>
        <source>Date and kind</source>
        <translation>Datum en soort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="117"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="121"/>
        <source>Close (Ctrl+Enter)</source>
        <translation>Sluiten (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="123"/>
        <source>Everything is saved as you type; this closes the note.</source>
        <translation>Alles wordt al bewaard terwijl je typt; hiermee sluit je de notitie.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="170"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="190"/>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="190"/>
        <source>Delete this note?</source>
        <translation>Deze notitie verwijderen?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/conversations.py" line="190"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>NumbersModel</name>
    <message>
        <location filename="../../jiu_desktop/views/report/models.py" line="124"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/models.py" line="124"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
</context>
<context>
    <name>OptionsInput</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/option_inputs.py" line="24"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/option_inputs.py" line="24"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>PaperChoice</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="103"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/paper.py" line="107"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
</context>
<context>
    <name>PaperMenu</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="98"/>
        <source>Print the course grid…</source>
        <translation>Cursusoverzicht afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="100"/>
        <source>Save the course grid as PDF…</source>
        <translation>Cursusoverzicht opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="103"/>
        <source>Print the contact list…</source>
        <translation>Contactlijst afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="105"/>
        <source>Save the contact list as PDF…</source>
        <translation>Contactlijst opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="113"/>
        <source>Print the attendance list of {day}…</source>
        <translation>Presentielijst van {day} afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="114"/>
        <source>Save the attendance list of {day} as PDF…</source>
        <translation>Presentielijst van {day} opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/paper.py" line="117"/>
        <source>Forms for the meeting of {day}…</source>
        <translation>Formulieren voor de bijeenkomst van {day}…</translation>
    </message>
</context>
<context>
    <name>ParticipantListView</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_view.py" line="59"/>
        <source>Participants</source>
        <extracomment>A participant was chosen (argument: id). &quot;New participant&quot; was asked for. Whose participants the list shows (None: the whole team&apos;s), as last loaded.</extracomment>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_view.py" line="66"/>
        <source>New participant</source>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_view.py" line="68"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_view.py" line="77"/>
        <source>Search names and notes… (Ctrl+F)</source>
        <translation>Zoek in namen en notities… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_view.py" line="82"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_view.py" line="158"/>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/participants/list_view.py" line="201"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deelnemer</numerusform>
            <numerusform>%n deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/participants/list_view.py" line="202"/>
        <source>{shown} of %n participant(s)</source>
        <translation>
            <numerusform>{shown} van %n deelnemer</numerusform>
            <numerusform>{shown} van %n deelnemers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantMode</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="83"/>
        <source>For {name}</source>
        <extracomment>The text width of the card that asks for the passphrase. The coach&apos;s passphrase was given: the coach has the laptop again. False once the window has left participant mode (a check may still answer).</extracomment>
        <translation>Voor {name}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="89"/>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="150"/>
        <source>Back to the coach</source>
        <translation>Terug naar de coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="137"/>
        <source>Coach: type your passphrase</source>
        <translation>Coach: typ je wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="147"/>
        <source>Go on filling in</source>
        <translation>Verder invullen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="176"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="197"/>
        <source>Done, thank you! Give the laptop back to your coach.</source>
        <translation>Klaar, dank je wel! Geef de laptop terug aan je coach.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="199"/>
        <source>Give the laptop back to your coach.</source>
        <translation>Geef de laptop terug aan je coach.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="218"/>
        <source>Type the passphrase first.</source>
        <translation>Typ eerst de wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="222"/>
        <source>Checking…</source>
        <translation>Even controleren…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/participant_mode.py" line="248"/>
        <source>That is not the passphrase. The form stays open; ask your coach.</source>
        <translation>Dat is niet de wachtwoordzin. Het formulier blijft open; vraag het je coach.</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/page.py" line="58"/>
        <source>← All participants</source>
        <translation>← Alle deelnemers</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/page.py" line="222"/>
        <location filename="../../jiu_desktop/views/participants/page.py" line="235"/>
        <source>New participant</source>
        <extracomment>One frame per kind in TABS, in order; a frame holds its tab once it is built.</extracomment>
        <translation>Nieuwe deelnemer</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_model.py" line="60"/>
        <source>Name</source>
        <extracomment>The &quot;Found in&quot; text as rich text, the hit words bold. Fetches the snippets of these participant ids for this query (``search.snippets``).</extracomment>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_model.py" line="61"/>
        <source>Found in the text</source>
        <translation>Gevonden in de tekst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_model.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_model.py" line="63"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_model.py" line="64"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/list_model.py" line="65"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/screen.py" line="29"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="184"/>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="187"/>
        <source>A few words you can remember but others cannot guess, at least {n} characters. You type it each time you open JIU Desktop.</source>
        <translation>Een paar woorden die jij onthoudt en anderen niet raden, minstens {n} tekens. Je typt hem elke keer dat je JIU Desktop opent.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="191"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="192"/>
        <source>Repeat</source>
        <translation>Herhaal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/wizard.py" line="207"/>
        <source>The two passphrases differ.</source>
        <translation>Je typte twee verschillende wachtwoordzinnen.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="62"/>
        <source>Own period</source>
        <extracomment>Typing a date redraws the report once typing pauses this long.</extracomment>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="64"/>
        <source>P&amp;eriod</source>
        <translation>P&amp;eriode</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="73"/>
        <source>Fr&amp;om</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="73"/>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="89"/>
        <source>&amp;Group</source>
        <translation>&amp;Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="95"/>
        <source>Show &amp;small numbers</source>
        <translation>&amp;Kleine aantallen tonen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="98"/>
        <source>Shows 1 and 2 as they are. Only for the team itself: do not share it.</source>
        <translation>Laat 1 en 2 zien zoals ze zijn. Alleen voor het team zelf: niet delen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="104"/>
        <source>INTERNAL — do not share. Small numbers are shown: every page of the printout says so.</source>
        <translation>INTERN — niet delen. Kleine aantallen staan erin: dat staat op elke pagina van de afdruk.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="123"/>
        <source>This year ({year})</source>
        <translation>Dit jaar ({year})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="125"/>
        <source>Last year ({year})</source>
        <translation>Vorig jaar ({year})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="127"/>
        <source>Quarter {n} of {year}</source>
        <translation>Kwartaal {n} van {year}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="133"/>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="176"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/period.py" line="177"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/person_fields.py" line="52"/>
        <source>first name or role</source>
        <extracomment>The fields this form edits, as the service names them.</extracomment>
        <translation>voornaam of rol</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/person_fields.py" line="54"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/person_fields.py" line="64"/>
        <source>Is</source>
        <translation>Is</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/person_fields.py" line="75"/>
        <source>In brackets</source>
        <translation>Tussen haakjes</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/person_fields.py" line="78"/>
        <source>in their own words</source>
        <translation>in eigen woorden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/person_fields.py" line="80"/>
        <source>Between the brackets in their own words, e.g. “woont ver weg”</source>
        <translation>Tussen de haakjes in eigen woorden, bijv. “woont ver weg”</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/person_fields.py" line="86"/>
        <source>never on the participant&apos;s version</source>
        <translation>nooit op de versie voor de deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/person_fields.py" line="88"/>
        <source>Coach&apos;s note</source>
        <translation>Notitie coach</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/panel.py" line="51"/>
        <source>Click a person to see and change them here. Drag a person to move them. Drag up or down on a line, or press + and − (or turn the wheel, once the map is clicked), to make it thicker or thinner.</source>
        <extracomment>Typed fields wait for a pause; the others save at once. Save these fields of the person shown (values as the service takes them).</extracomment>
        <translation>Klik op een persoon om die hier te zien en te veranderen. Sleep een persoon om te verplaatsen. Sleep op een lijn omhoog of omlaag, of druk op + en − (of draai aan het wieltje, als je eerst op de kaart klikt), om de lijn dikker of dunner te maken.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/panel.py" line="66"/>
        <source>Improve the connection</source>
        <translation>Verbinding verbeteren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/panel.py" line="67"/>
        <source>They want to improve it</source>
        <translation>De jongere wil dit verbeteren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/panel.py" line="73"/>
        <source>Remove from the map</source>
        <translation>Van de kaart halen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/panel.py" line="109"/>
        <source>thin</source>
        <translation>dun</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/panel.py" line="109"/>
        <source>thick</source>
        <translation>dik</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/panel.py" line="116"/>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/panel.py" line="122"/>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="59"/>
        <source>Quote</source>
        <translation>Uitspraak</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="64"/>
        <source>In their own words</source>
        <translation>In eigen woorden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="70"/>
        <source>May be used in reports</source>
        <translation>Mag gebruikt worden in verslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="78"/>
        <source>What they said</source>
        <translation>Wat de jongere zei</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="79"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="81"/>
        <source>Signed as</source>
        <translation>Ondertekend als</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="82"/>
        <source>Never a name: age and year are enough.</source>
        <translation>Nooit een naam: leeftijd en jaar zijn genoeg.</translation>
    </message>
</context>
<context>
    <name>QuotesBox</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="44"/>
        <source>Consent for anonymous quotes has not been given — quotes do not go into reports</source>
        <extracomment>How a quote said on a date is signed unless written otherwise.</extracomment>
        <translation>Toestemming voor anonieme uitspraken is niet gegeven — uitspraken komen niet in verslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="133"/>
        <source>Quotes</source>
        <extracomment>The coach wants to record the consent for anonymous quotes.</extracomment>
        <translation>Uitspraken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="144"/>
        <source>To consent</source>
        <translation>Naar toestemming</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="153"/>
        <source>What they said</source>
        <translation>Wat de jongere zei</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="154"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="155"/>
        <source>In reports</source>
        <translation>In verslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="160"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="161"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="161"/>
        <source>Awaiting consent</source>
        <translation>Wacht op toestemming</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="165"/>
        <source>No quotes yet. Did they say something that shows what the project means to them? Write it down in their words.</source>
        <translation>Nog geen uitspraken. Zei de jongere iets wat laat zien wat het project betekent? Schrijf het op in eigen woorden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="194"/>
        <source>Add quote</source>
        <translation>Uitspraak toevoegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="194"/>
        <source>Change quote</source>
        <translation>Uitspraak wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="194"/>
        <source>Remove quote</source>
        <translation>Uitspraak verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/quotes.py" line="197"/>
        <source>Removed: the quote of {date}.</source>
        <translation>Verwijderd: de uitspraak van {date}.</translation>
    </message>
</context>
<context>
    <name>ReachOutBar</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="59"/>
        <source>Er op af</source>
        <extracomment>The bar wants to be seen (True) or is done (False).</extracomment>
        <translation>Er op af</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="65"/>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="85"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="79"/>
        <source>{name} was absent without notice on {day}.</source>
        <extracomment>The cell the bar is about: (participant id, meeting id).</extracomment>
        <translation>{name} was {day} afwezig zonder bericht.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="92"/>
        <source>Er op af for {name}: “{action}” is on the start page, under Next steps.</source>
        <translation>Er op af bij {name}: “{action}” staat op Start, bij Volgende stappen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="96"/>
        <source>Open {name}</source>
        <translation>{name} openen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/attendance_tab.py" line="98"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="76"/>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="91"/>
        <source>Creating your encrypted profile…</source>
        <translation>Je versleutelde profiel wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="80"/>
        <source>If you ever forget your passphrase, only this key opens your profile. It is shown once.</source>
        <translation>Als je je wachtwoordzin ooit vergeet, opent alleen deze sleutel je profiel. Hij wordt één keer getoond.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="86"/>
        <source>Print the recovery sheet or save it as PDF, and keep it apart from the laptop: in a locked drawer or with your coordinator.</source>
        <translation>Druk het herstelblad af of bewaar het als pdf, en bewaar het apart van de laptop: in een lade op slot of bij je coördinator.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="92"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="93"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="94"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="95"/>
        <source>I have stored the recovery key safely</source>
        <translation>Ik heb de herstelsleutel bewaard</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="118"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="121"/>
        <source>Sent to the printer. Keep the sheet apart from the laptop.</source>
        <translation>Naar de printer gestuurd. Bewaar het blad apart van de laptop.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="127"/>
        <source>Save recovery sheet</source>
        <translation>Herstelblad opslaan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="128"/>
        <source>jiu-recovery-key.pdf</source>
        <translation>jiu-herstelsleutel.pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="129"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="137"/>
        <source>Cannot save there: {reason}</source>
        <translation>Kan daar niet opslaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="141"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/recovery_page.py" line="145"/>
        <source>Copied. Paste it somewhere safe, then clear it.</source>
        <translation>Gekopieerd. Plak hem op een veilige plek en wis hem daarna.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="40"/>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="53"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="54"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="56"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ReferralsBox</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="79"/>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="87"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="87"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="98"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="99"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="100"/>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="168"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="164"/>
        <source>Remove referral</source>
        <translation>Verwijzing verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/referrals.py" line="165"/>
        <source>Remove the referral to {organisation}?</source>
        <translation>De verwijzing naar {organisation} verwijderen?</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="86"/>
        <source>You name {names}. A shared reflection goes to the whole team; better write “a participant”.</source>
        <extracomment>Pixels per line on paper, for a text field&apos;s height (within limits).</extracomment>
        <translation>Je noemt {names}. Een gedeelde reflectie gaat naar het hele team; schrijf liever ‘een deelnemer’.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="105"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="112"/>
        <source>Share with the team…</source>
        <translation>Delen met het team…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="114"/>
        <source>For intervision: the whole team can read it</source>
        <translation>Voor intervisie: het hele team kan het lezen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="117"/>
        <source>Stop sharing…</source>
        <translation>Niet meer delen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="122"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="126"/>
        <source>Close (Ctrl+Enter)</source>
        <translation>Sluiten (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="128"/>
        <source>Everything is saved as you type; this closes the reflection.</source>
        <translation>Alles wordt al bewaard terwijl je typt; hiermee sluit je de reflectie.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="158"/>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="160"/>
        <source>Shared with the team by {name}. You can read it here.</source>
        <translation>Gedeeld met het team door {name}. Je kunt het hier lezen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="177"/>
        <source>{form} · {date}</source>
        <translation>{form} · {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="215"/>
        <source>Nothing is filled in yet.</source>
        <translation>Er is nog niets ingevuld.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="230"/>
        <source>This question is filled in on paper.</source>
        <translation>Deze vraag vul je in op papier.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="261"/>
        <source>Write something first</source>
        <translation>Schrijf eerst iets</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="269"/>
        <source>Shared with the team. What you change here goes to the team too.</source>
        <translation>Gedeeld met het team. Wat je hier verandert, gaat ook naar het team.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="272"/>
        <source>Only on this laptop, until you share it with the team.</source>
        <translation>Alleen op deze laptop, tot je het deelt met het team.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="300"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="312"/>
        <source>Share this reflection with the team for intervision? Everyone in the team can read it, and what you change later goes along. You can stop sharing at any time.</source>
        <translation>Deze reflectie delen met het team, voor intervisie? Iedereen in het team kan het lezen. Wat je later verandert, gaat mee. Je kunt altijd stoppen met delen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="318"/>
        <source>Share with the team</source>
        <translation>Delen met het team</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="318"/>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="335"/>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="340"/>
        <source>Stop sharing</source>
        <translation>Niet meer delen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="337"/>
        <source>Take this reflection back from the team? The team&apos;s copy is removed from every laptop. Yours stays here.</source>
        <translation>Deze reflectie terughalen van het team? De kopie van het team verdwijnt van elke laptop. Jouw eigen reflectie blijft hier.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="367"/>
        <source>Delete this reflection from this laptop?</source>
        <translation>Deze reflectie van deze laptop verwijderen?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="370"/>
        <source>Delete this reflection? It is removed from this laptop, and the team&apos;s copy from every laptop.</source>
        <translation>Deze reflectie verwijderen? Ze verdwijnt van deze laptop, en de kopie van het team van elke laptop.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="373"/>
        <source>Delete reflection</source>
        <translation>Reflectie verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/editor.py" line="373"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ReflectionsPage</name>
    <message>
        <location filename="../../jiu_desktop/views/reflections/page.py" line="55"/>
        <source>Open a reflection from the list, or start a new one ({keys}).</source>
        <translation>Open een reflectie uit de lijst, of begin een nieuwe ({keys}).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/page.py" line="75"/>
        <location filename="../../jiu_desktop/views/reflections/page.py" line="129"/>
        <source>My reflections</source>
        <translation>Mijn reflecties</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/page.py" line="79"/>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/page.py" line="89"/>
        <source>Your reflections stay on this laptop until you share one with the team. A shared reflection is for intervision: name no participants in it.</source>
        <translation>Je reflecties blijven op deze laptop tot je er een deelt met het team. Een gedeelde reflectie is voor intervisie: noem er geen deelnemers in.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/page.py" line="101"/>
        <source>No reflections yet. Look back on your work with “New reflection” ({keys}).</source>
        <translation>Nog geen reflecties. Kijk terug op je werk met ‘Nieuwe reflectie’ ({keys}).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/page.py" line="111"/>
        <source>Shared by colleagues</source>
        <translation>Gedeeld door collega&apos;s</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/page.py" line="140"/>
        <source>Shared with the team</source>
        <translation>Gedeeld met het team</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/page.py" line="142"/>
        <source>Only on this laptop</source>
        <translation>Alleen op deze laptop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/reflections/page.py" line="151"/>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
</context>
<context>
    <name>RejoinDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/rejoin_dialog.py" line="33"/>
        <location filename="../../jiu_desktop/views/sync/rejoin_dialog.py" line="43"/>
        <source>New team passphrase</source>
        <translation>Nieuwe teamwachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/rejoin_dialog.py" line="51"/>
        <source>Continue syncing</source>
        <translation>Verder synchroniseren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/rejoin_dialog.py" line="64"/>
        <source>Checking the team passphrase…</source>
        <translation>De teamwachtwoordzin wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/rejoin_dialog.py" line="74"/>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
</context>
<context>
    <name>RemoveDeviceDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="53"/>
        <source>Remove a laptop from the team</source>
        <translation>Een laptop uit het team halen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="59"/>
        <source>“{laptop}” will no longer be able to sync with the team; what it sent before stays. The team gets a new team passphrase: the other laptops ask for it at their next sync, so tell their coaches.</source>
        <translation>“{laptop}” kan daarna niet meer met het team synchroniseren; wat hij eerder verstuurde, blijft. Het team krijgt een nieuwe teamwachtwoordzin: de andere laptops vragen erom bij hun volgende synchronisatie, dus laat het hun coaches weten.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="71"/>
        <source>Type “{laptop}” to confirm</source>
        <translation>Typ “{laptop}” om te bevestigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="78"/>
        <source>New team passphrase</source>
        <translation>Nieuwe teamwachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="79"/>
        <source>Repeat</source>
        <translation>Herhaal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="92"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="94"/>
        <source>Remove from the team</source>
        <translation>Uit het team halen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="118"/>
        <source>A team needs a strong one: whoever has the team file can try to guess it.</source>
        <translation>Een team heeft een sterke nodig: wie het teambestand heeft, kan proberen hem te raden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="125"/>
        <source>The two team passphrases differ.</source>
        <translation>Je typte twee verschillende teamwachtwoordzinnen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="136"/>
        <source>Removing the laptop and changing the team passphrase…</source>
        <translation>De laptop wordt uit het team gehaald en de teamwachtwoordzin wordt veranderd…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="149"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/remove_device_dialog.py" line="156"/>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../jiu_desktop/views/report/page.py" line="58"/>
        <location filename="../../jiu_desktop/views/report/page.py" line="81"/>
        <source>Accountability</source>
        <extracomment>The number of the latest request; an answer to an older one is dropped.</extracomment>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/page.py" line="64"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/page.py" line="69"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/page.py" line="72"/>
        <source>Save as CSV…</source>
        <translation>Opslaan als csv…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/page.py" line="113"/>
        <source>Counting…</source>
        <translation>Bezig met tellen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/page.py" line="125"/>
        <source>Counted on {day}.</source>
        <translation>Geteld op {day}.</translation>
    </message>
</context>
<context>
    <name>ReportPaper</name>
    <message>
        <location filename="../../jiu_desktop/views/report/paper.py" line="24"/>
        <source>accountability</source>
        <translation>verantwoording</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/paper.py" line="36"/>
        <source>Making the PDF…</source>
        <translation>De pdf wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/paper.py" line="46"/>
        <source>Accountability</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/paper.py" line="50"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/paper.py" line="57"/>
        <location filename="../../jiu_desktop/views/report/paper.py" line="78"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/paper.py" line="65"/>
        <source>Save as CSV</source>
        <translation>Opslaan als csv</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/paper.py" line="67"/>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV voor een rekenblad (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <location filename="../../jiu_desktop/views/report/sections.py" line="161"/>
        <source>Reach</source>
        <extracomment>The breakdowns on each tab, by key; the headline numbers come first.</extracomment>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/sections.py" line="162"/>
        <source>Spiral</source>
        <translation>Spiraal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/sections.py" line="163"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/sections.py" line="164"/>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/sections.py" line="165"/>
        <source>Outflow and results</source>
        <translation>Uitstroom en resultaten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/sections.py" line="173"/>
        <source>Quotes</source>
        <translation>Uitspraken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/sections.py" line="176"/>
        <source>How we counted</source>
        <translation>Zo is geteld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/report/sections.py" line="206"/>
        <source>No quotes with consent in this period.</source>
        <translation>Geen uitspraken met toestemming in deze periode.</translation>
    </message>
</context>
<context>
    <name>ResponseModel</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/response_list.py" line="47"/>
        <source>v{version}</source>
        <extracomment>A short name per template version id (&quot;v2&quot;, &quot;v2 (Sanne)&quot;).</extracomment>
        <translation>v{version}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/response_list.py" line="50"/>
        <source>{date}  {title} ({version})</source>
        <translation>{date}  {title} ({version})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/response_list.py" line="57"/>
        <source>from paper</source>
        <translation>van papier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/response_list.py" line="59"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/forms/response_list.py" line="62"/>
        <source>{answered} of {total} answered</source>
        <translation>{answered} van {total} beantwoord</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="30"/>
        <location filename="../../jiu_desktop/views/participants/results.py" line="44"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="43"/>
        <source>e.g. “bij de bakker, 24 uur”</source>
        <translation>bv. “bij de bakker, 24 uur”</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="45"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="46"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>ResultsBox</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="70"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="75"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="76"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="77"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="81"/>
        <source>No results yet. A diploma, work, school or an internship? Add it.</source>
        <translation>Nog geen resultaten. Een diploma, werk, school of een stage? Voeg het toe.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="90"/>
        <source>Add result</source>
        <translation>Resultaat toevoegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="90"/>
        <source>Change result</source>
        <translation>Resultaat wijzigen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="90"/>
        <source>Remove result</source>
        <translation>Resultaat verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/results.py" line="93"/>
        <source>Removed: {result} ({date}).</source>
        <translation>Verwijderd: {result} ({date}).</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="47"/>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="106"/>
        <source>Make roster</source>
        <extracomment>The handbook&apos;s: twelve weeks, two afternoons a week (Tuesday and Thursday), 13:00–15:30.</extracomment>
        <translation>Rooster maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="56"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="61"/>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="63"/>
        <source>For</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="74"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="81"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="84"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="89"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="92"/>
        <source>for example Buurthuis De Poort</source>
        <translation>bijvoorbeeld Buurthuis De Poort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="93"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="143"/>
        <source>These weeks hold none of the chosen days.</source>
        <translation>In deze weken valt geen van de gekozen dagen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="145"/>
        <source>Nothing to add: this roster is there already.</source>
        <translation>Niets toe te voegen: dit rooster staat er al.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="147"/>
        <source>Makes one meeting, on {day}.</source>
        <translation>Maakt één bijeenkomst, op {day}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="148"/>
        <source>Makes {count} meetings, from {first} to {last}.</source>
        <translation>Maakt {count} bijeenkomsten, van {first} tot en met {last}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="158"/>
        <source>There already, and left as they are: {count}.</source>
        <translation>Staan er al en blijven zoals ze zijn: {count}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/groups/roster_dialog.py" line="165"/>
        <source>Deleted before, and not made again: {count}. Wanted after all? Add it with “Add meeting…”.</source>
        <translation>Eerder verwijderd en komen niet terug: {count}. Toch nodig? Voeg hem toe met “Bijeenkomst toevoegen…”.</translation>
    </message>
</context>
<context>
    <name>RowsBox</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/row_box.py" line="131"/>
        <source>Undo</source>
        <extracomment>Rows shown before the list scrolls: the box stays small. Prefix of the object names of the table and buttons (&quot;outcome&quot; → &quot;outcomeTable&quot;). The service calls behind the box.</extracomment>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/row_box.py" line="149"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/row_box.py" line="150"/>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/row_box.py" line="151"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ScopeSwitch</name>
    <message>
        <location filename="../../jiu_desktop/views/scope_switch.py" line="22"/>
        <source>My participants</source>
        <translation>Mijn deelnemers</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/scope_switch.py" line="24"/>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/scope_switch.py" line="42"/>
        <source>Choose in Settings which coach you are to see your own participants.</source>
        <translation>Kies bij Instellingen welke coach jij bent, dan zie je hier je eigen deelnemers.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="52"/>
        <source>Settings</source>
        <extracomment>&quot;I am&quot; choices that are no coach (yet): nobody in particular, and a coach to add.</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="64"/>
        <source>Automatic (system language)</source>
        <translation>Automatisch (taal van het systeem)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="80"/>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="73"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="58"/>
        <source>On this laptop</source>
        <translation>Op deze laptop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="83"/>
        <source>Stickers on this printer</source>
        <translation>Stickers op deze printer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="93"/>
        <source>For the whole team</source>
        <translation>Voor het hele team</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="123"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="125"/>
        <source>Positive: everything moves to the right</source>
        <translation>Positief: alles schuift naar rechts</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="126"/>
        <source>Positive: everything moves down</source>
        <translation>Positief: alles schuift omlaag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="127"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="129"/>
        <source>down</source>
        <translation>omlaag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="135"/>
        <source>Name of the new coach</source>
        <translation>Naam van de nieuwe coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="138"/>
        <source>Your own participants are shown first on Start and in the list. After joining a team, choose the coach that came with the team.</source>
        <translation>Je eigen deelnemers staan eerst op Start en in de lijst. Ben je bij een team aangesloten? Kies dan de coach die met het team meekwam.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="145"/>
        <source>I am</source>
        <translation>Ik ben</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="156"/>
        <source>e.g. JIU Arnhem-Zuid</source>
        <translation>bijv. JIU Arnhem-Zuid</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="157"/>
        <source>Team name</source>
        <translation>Teamnaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="158"/>
        <source>Our spiral has step 6, Zelfstandig</source>
        <translation>Onze spiraal heeft stap 6, Zelfstandig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="161"/>
        <source>Participation spiral</source>
        <translation>Participatiespiraal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="164"/>
        <source>The team name is on the reports. Both are the same for the whole team: they reach the other laptops with the next synchronisation.</source>
        <translation>De teamnaam staat op de verslagen. Beide gelden voor het hele team: ze gaan met de volgende synchronisatie naar de andere laptops.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="182"/>
        <source>— nobody in particular —</source>
        <translation>— niemand in het bijzonder —</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="185"/>
        <source>New coach…</source>
        <translation>Nieuwe coach…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="206"/>
        <source>The new language is used after a restart: close JIU Desktop and open it again.</source>
        <translation>De nieuwe taal geldt na opnieuw opstarten: sluit JIU Desktop en open het weer.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="211"/>
        <source>A new language is used from the next start.</source>
        <translation>Een andere taal geldt vanaf de volgende keer opstarten.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="244"/>
        <source>Type the name of the new coach.</source>
        <translation>Typ de naam van de nieuwe coach.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dialogs.py" line="82"/>
        <source>Lock after inactivity</source>
        <translation>Vergrendelen na inactiviteit</translation>
    </message>
</context>
<context>
    <name>SignatureInput</name>
    <message>
        <location filename="../../jiu_desktop/views/forms/text_inputs.py" line="152"/>
        <source>Signed on paper, not here.</source>
        <extracomment>The most lines an open answer shows before it scrolls (paper may give more).</extracomment>
        <translation>Wordt op papier getekend, niet hier.</translation>
    </message>
</context>
<context>
    <name>SpiralChart</name>
    <message>
        <location filename="../../jiu_desktop/views/spiral/chart.py" line="139"/>
        <source>{domain}: now {step}, first measured at {first}</source>
        <extracomment>How near (pixels) the pointer must be to a dot to choose it or see its tooltip. Oldest first. A row was chosen (argument: its domain). A measurement was chosen (argument: its assessment id). Enter or a double click on a measurement: correct it. Delete on a measurement.</extracomment>
        <translation>{domain}: nu {step}, eerste meting {first}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/chart.py" line="145"/>
        <source>{domain}: not measured yet</source>
        <translation>{domain}: nog niet gemeten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/chart.py" line="405"/>
        <source>{date} · {step} · filled in together</source>
        <translation>{date} · {step} · samen ingevuld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/chart.py" line="408"/>
        <source>{date} · {step}</source>
        <translation>{date} · {step}</translation>
    </message>
</context>
<context>
    <name>SpiralPaper</name>
    <message>
        <location filename="../../jiu_desktop/views/spiral/paper.py" line="26"/>
        <source>my spiral {name} {date}.pdf</source>
        <translation>mijn spiraal {name} {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/paper.py" line="28"/>
        <source>spiral {name} coach {date}.pdf</source>
        <translation>spiraal {name} coach {date}.pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/paper.py" line="37"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/paper.py" line="41"/>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>SpiralTab</name>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="77"/>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="85"/>
        <source>Participation spiral</source>
        <translation>Participatiespiraal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="126"/>
        <source>Spir&amp;al</source>
        <translation>Sp&amp;iraal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="159"/>
        <source>A dot per measurement; the latest is large, the first has a ring. ↑ ↓ choose a life domain, ← → a measurement, Enter corrects it.</source>
        <translation>Een stip per meting; de laatste is groot, de eerste heeft een ring. ↑ ↓ kiest een levensgebied, ← → een meting, Enter corrigeert die.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="166"/>
        <source>No measurement yet. Start with “New measurement” ({keys}): together you choose the step for each life domain you talk about.</source>
        <translation>Nog geen meting. Begin met “Nieuwe meting” ({keys}): samen kiezen jullie de stap voor elk levensgebied waar jullie over praten.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="260"/>
        <source>New measurement</source>
        <translation>Nieuwe meting</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="263"/>
        <source>Measurement saved.</source>
        <translation>Meting opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="324"/>
        <source>Correct measurement</source>
        <translation>Meting corrigeren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="342"/>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="353"/>
        <source>Delete measurement</source>
        <translation>Meting verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="343"/>
        <source>Delete the measurement of {domain} of {date} ({step})?</source>
        <translation>De meting van {domain} van {date} ({step}) verwijderen?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="348"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="359"/>
        <source>Measurement deleted. Ctrl+Z brings it back.</source>
        <translation>Meting verwijderd. Met Ctrl+Z komt hij terug.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="369"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="384"/>
        <source>My spiral</source>
        <translation>Mijn spiraal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/spiral/tab.py" line="384"/>
        <source>Spiral (coach)</source>
        <translation>Spiraal (coach)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="63"/>
        <source>New participant</source>
        <extracomment>The rows of the list: follow-ups and due dream-tin steps, by date.</extracomment>
        <translation>Nieuwe deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="78"/>
        <source>Next steps to take</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="84"/>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="84"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="84"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="84"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="113"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/start_page.py" line="152"/>
        <source>%n active participant(s)</source>
        <translation>
            <numerusform>%n actieve deelnemer</numerusform>
            <numerusform>%n actieve deelnemers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/start_page.py" line="153"/>
        <source>%n in total</source>
        <translation>
            <numerusform>%n in totaal</numerusform>
            <numerusform>%n in totaal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/start_page.py" line="154"/>
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open actie</numerusform>
            <numerusform>%n open acties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="171"/>
        <source>A step to talk about: open it on the Dream tin tab</source>
        <translation>Een stap om te bespreken: open hem op het tabblad Droomblik</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="191"/>
        <source>{group} starts tomorrow — send the participants a reminder</source>
        <translation>Morgen start {group} — stuur de deelnemers een herinnering</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="208"/>
        <source>Best before {date} — talk it over? “{step}”</source>
        <translation>Houdbaar tot {date} — even bespreken? “{step}”</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="216"/>
        <source>None of your participants yet. Make one with “New participant” (Ctrl+N), or look at the whole team.</source>
        <translation>Je hebt nog geen eigen deelnemers. Maak er een met “Nieuwe deelnemer” (Ctrl+N), of kijk bij het hele team.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="221"/>
        <source>No participants yet. Start with “New participant” (Ctrl+N). Working in a team? Set up sync (Ctrl+S) and the team&apos;s participants arrive here.</source>
        <translation>Nog geen deelnemers. Begin met “Nieuwe deelnemer” (Ctrl+N). Werk je in een team? Stel synchronisatie in (Ctrl+S), dan komen de deelnemers van het team hier binnen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="225"/>
        <source>No open follow-up actions. A follow-up written in a conversation note appears here until it is done.</source>
        <translation>Geen open acties. Een vervolgactie die je bij een gespreksnotitie schrijft, staat hier tot hij klaar is.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="253"/>
        <source>Done: “{action}” ({name}).</source>
        <translation>Afgevinkt: “{action}” ({name}).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="126"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="137"/>
        <source>Good morning</source>
        <translation>Goedemorgen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="139"/>
        <source>Good afternoon</source>
        <translation>Goedemiddag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="141"/>
        <source>Good evening</source>
        <translation>Goedenavond</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/start_page.py" line="176"/>
        <source>Past the due date</source>
        <translation>Datum verstreken</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="56"/>
        <source>Step to improve the connection</source>
        <translation>Stap om de verbinding te verbeteren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="61"/>
        <source>e.g. “zus een berichtje sturen”</source>
        <translation>bijv. “zus een berichtje sturen”</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="62"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="65"/>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="69"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="77"/>
        <source>How it went</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="81"/>
        <source>what they said about it</source>
        <translation>wat de jongere erover zei</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="86"/>
        <source>Told on</source>
        <translation>Verteld op</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="93"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="104"/>
        <source>Fresh resolution</source>
        <translation>Vers voornemen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="108"/>
        <source>A first step: small, and theirs</source>
        <translation>Een eerste stap: klein, en van hen zelf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="111"/>
        <source>Feasible? · Concrete? · What is the result? · Said in a positive way?</source>
        <translation>Haalbaar? · Concreet? · Wat is het resultaat? · Positief gezegd?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="125"/>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="160"/>
        <source>Best before</source>
        <translation>Houdbaar tot</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="136"/>
        <source>Someone from their network</source>
        <translation>Iemand uit hun netwerk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="139"/>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="161"/>
        <source>Who helps</source>
        <translation>Wie helpt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="148"/>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="162"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="151"/>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="163"/>
        <source>Taken on</source>
        <translation>Gezet op</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="154"/>
        <source>How it went, in their words</source>
        <translation>Hoe het ging, in hun woorden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="155"/>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="164"/>
        <source>How it went</source>
        <translation>Hoe ging het</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="159"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="173"/>
        <source>Delete step…</source>
        <translation>Stap verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="178"/>
        <source>Step ta&amp;ken</source>
        <translation>Stap ge&amp;zet</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="234"/>
        <source>Too long for a round sticker: it would be cut short.</source>
        <translation>Te lang voor een ronde sticker: de tekst wordt afgekapt.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/step_editor.py" line="237"/>
        <source>Shorter words fit the round sticker; the larger labels hold more.</source>
        <translation>Korter past op de ronde sticker; op de grotere stickers past meer.</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="42"/>
        <source>with {whom}</source>
        <translation>met {whom}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="150"/>
        <source>Add step…</source>
        <translation>Stap toevoegen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="153"/>
        <source>Change…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/steps.py" line="156"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>StickerDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="54"/>
        <source>Sticker for the tin</source>
        <translation>Sticker voor het blik</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="59"/>
        <source>On the sticker: the fresh resolution and the date it keeps until, never the dream itself.</source>
        <translation>Op de sticker: het verse voornemen en de datum tot wanneer het houdbaar is, nooit de droom zelf.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="71"/>
        <source>Sheet</source>
        <translation>Vel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="74"/>
        <source>On a sheet that was used before: the first free sticker</source>
        <translation>Op een vel dat al gebruikt is: de eerste vrije sticker</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="75"/>
        <source>Start at sticker</source>
        <translation>Beginnen bij sticker</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="76"/>
        <source>First name on the sticker</source>
        <translation>Voornaam op de sticker</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="81"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/paper.py" line="84"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
</context>
<context>
    <name>StructurePanel</name>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="63"/>
        <source>Parts and questions</source>
        <translation>Onderdelen en vragen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="63"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="78"/>
        <source>↑ Up</source>
        <translation>↑ Omhoog</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="82"/>
        <source>↓ Down</source>
        <translation>↓ Omlaag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="86"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="88"/>
        <source>Delete (Del); undo with Ctrl+Z</source>
        <translation>Verwijderen (Del); ongedaan maken met Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="90"/>
        <source>New part</source>
        <translation>Nieuw onderdeel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="104"/>
        <source>New question, after the chosen one:</source>
        <translation>Nieuwe vraag, na de gekozen vraag:</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="116"/>
        <source>Type the question</source>
        <translation>Typ de vraag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="120"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="163"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/structure.py" line="164"/>
        <source>Add a question to this part: it is saved then.</source>
        <translation>Zet een vraag in dit onderdeel: dan wordt het bewaard.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/controller.py" line="119"/>
        <location filename="../../jiu_desktop/views/sync/controller.py" line="185"/>
        <source>Sync not set up</source>
        <extracomment>(state, text for the status bar) (phase, done, total) while a round runs A round ended: what it could not do, in words (&quot;&quot; when it did everything) The coordinator changed the team passphrase: this laptop needs the new one</extracomment>
        <translation>Synchronisatie niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/controller.py" line="123"/>
        <source>Synchronising…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/sync/controller.py" line="145"/>
        <source>%n text(s) changed on two laptops at once; the participant&apos;s page shows both versions.</source>
        <translation>
            <numerusform>%n tekst is op twee laptops tegelijk gewijzigd; de deelnemerspagina toont beide versies.</numerusform>
            <numerusform>%n teksten zijn op twee laptops tegelijk gewijzigd; de deelnemerspagina toont beide versies.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/controller.py" line="176"/>
        <source>Something went wrong.</source>
        <translation>Er ging iets mis.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/sync/controller.py" line="192"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n wijziging wacht</numerusform>
            <numerusform>%n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../jiu_desktop/views/sync/controller.py" line="195"/>
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n wijziging wacht</numerusform>
            <numerusform>Offline — %n wijzigingen wachten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/controller.py" line="172"/>
        <source>Sync failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/controller.py" line="190"/>
        <source>Synchronised at {time}</source>
        <translation>Gesynchroniseerd om {time}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/controller.py" line="211"/>
        <source>Not everything synchronised</source>
        <translation>Niet alles gesynchroniseerd</translation>
    </message>
</context>
<context>
    <name>SyncHistoryDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="41"/>
        <source>Sync history</source>
        <translation>Synchronisatiegeschiedenis</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="46"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="47"/>
        <source>Target</source>
        <translation>Map of server</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="48"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="49"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="50"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="51"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="52"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="34"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="35"/>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/history_dialog.py" line="88"/>
        <source>No sync rounds yet. Set up sync (Synchronisation → Set up synchronisation…) and this laptop exchanges its changes with the team; each round is listed here.</source>
        <translation>Nog geen synchronisatierondes. Stel synchronisatie in (Synchronisatie → Synchronisatie instellen…): dan wisselt deze laptop zijn wijzigingen uit met het team, en staat elke ronde hier.</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="38"/>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="44"/>
        <source>Coaches of one team exchange their changes through a shared folder or a WebDAV server (such as Nextcloud). Everything is encrypted on this laptop first: the folder or server cannot read it.</source>
        <translation>Coaches van één team wisselen hun wijzigingen uit via een gedeelde map of een WebDAV-server (zoals Nextcloud). Alles wordt eerst op deze laptop versleuteld: de map of server kan het niet lezen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="55"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="57"/>
        <source>Shared folder</source>
        <translation>Gedeelde map</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="58"/>
        <source>Server (WebDAV)</source>
        <translation>Server (WebDAV)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="64"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="75"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="77"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="78"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="79"/>
        <source>App password</source>
        <translation>App-wachtwoord</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="82"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="84"/>
        <source>Join the team (passphrase from the coordinator)</source>
        <translation>Aansluiten bij het team (wachtwoordzin van de coördinator)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="85"/>
        <source>Create a new team</source>
        <translation>Een nieuw team aanmaken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="96"/>
        <source>Team passphrase</source>
        <translation>Teamwachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="97"/>
        <source>Repeat (new team)</source>
        <translation>Herhaal (nieuw team)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="111"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="114"/>
        <source>Stop syncing</source>
        <translation>Synchronisatie uitzetten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="135"/>
        <source>This laptop does not sync yet.</source>
        <translation>Deze laptop synchroniseert nog niet.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="137"/>
        <source>Now syncing with: {target}</source>
        <translation>Synchroniseert nu met: {target}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="164"/>
        <source>A new team needs a strong one: whoever has the team file can try to guess it.</source>
        <translation>Een nieuw team heeft een sterke nodig: wie het teambestand heeft, kan proberen hem te raden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="169"/>
        <source>Choose the shared folder</source>
        <translation>Kies de gedeelde map</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="177"/>
        <source>The two team passphrases differ.</source>
        <translation>Je typte twee verschillende teamwachtwoordzinnen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="190"/>
        <source>Choose a folder or fill in the server address.</source>
        <translation>Kies een map of vul het serveradres in.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="198"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="222"/>
        <source>Unencrypted connection</source>
        <translation>Onversleutelde verbinding</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="223"/>
        <source>{warning} Set up sync with this address anyway?</source>
        <translation>{warning} Toch synchronisatie instellen met dit adres?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/setup_dialog.py" line="232"/>
        <source>Failed.</source>
        <translation>Niet gelukt.</translation>
    </message>
</context>
<context>
    <name>TalentModel</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talent_list.py" line="56"/>
        <source>Date</source>
        <extracomment>The columns, by the field each shows. Saves one field of one talent (and tells the coach when it cannot).</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talent_list.py" line="56"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talent_list.py" line="56"/>
        <source>In their words</source>
        <translation>In hun woorden</translation>
    </message>
</context>
<context>
    <name>TalentsTab</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="54"/>
        <source>Talents and what goes well</source>
        <translation>Talenten en wat goed gaat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="85"/>
        <source>Nothing written down yet.

Look for what goes well, and write it down in their own words: a talent (“kan goed uitleggen”) or a success, however small (“eerste keer op tijd bij de training”). Type it above and press Enter.

Naming what goes well, and coming back to it, helps them see what they can do.</source>
        <translation>Nog niets opgeschreven.

Kijk naar wat goed gaat, en schrijf het op in hun eigen woorden: een talent (“kan goed uitleggen”) of een succes, hoe klein ook (“eerste keer op tijd bij de training”). Typ het hierboven en druk op Enter.

Benoemen wat goed gaat, en erop terugkomen, helpt hen zien wat ze kunnen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="101"/>
        <source>Double-click or F2 to change a line; Ctrl+Z undoes a change.</source>
        <translation>Dubbelklik of F2 om een regel te wijzigen; Ctrl+Z maakt een wijziging ongedaan.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="105"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="127"/>
        <source>In their words, e.g. “kan goed uitleggen”</source>
        <translation>In hun woorden, bijv. “kan goed uitleggen”</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="133"/>
        <source>Add (Enter)</source>
        <translation>Toevoegen (Enter)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="156"/>
        <source>&amp;Talents</source>
        <translation>&amp;Talenten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="238"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="255"/>
        <source>Delete line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="256"/>
        <source>Delete “{text}”?</source>
        <translation>“{text}” verwijderen?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/talents.py" line="257"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>TeamLaptops</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="185"/>
        <source>Take out of the team…</source>
        <translation>Uit het team halen…</translation>
    </message>
</context>
<context>
    <name>TeamLaptopsModel</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="142"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="142"/>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
</context>
<context>
    <name>TeamNoteEditor</name>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="60"/>
        <source>Team note</source>
        <extracomment>The table name conflicts of team notes are filed under.</extracomment>
        <translation>Teamnotitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="73"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="74"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="75"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="79"/>
        <source>Date and kind</source>
        <translation>Datum en soort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="80"/>
        <source>Name no participants: team notes go to the whole team.</source>
        <translation>Noem geen namen van deelnemers: teamnotities gaan naar het hele team.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="104"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="112"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="116"/>
        <source>Close (Ctrl+Enter)</source>
        <translation>Sluiten (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="118"/>
        <source>Everything is saved as you type; this closes the note.</source>
        <translation>Alles wordt al bewaard terwijl je typt; hiermee sluit je de notitie.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="166"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="204"/>
        <source>Delete team note</source>
        <translation>Teamnotitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="205"/>
        <source>Delete this team note? It is deleted for the whole team.</source>
        <translation>Deze teamnotitie verwijderen? Hij verdwijnt voor het hele team.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/editor.py" line="206"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>TeamNotesPage</name>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/page.py" line="62"/>
        <source>Open a team note from the list, or start a new one ({keys}).</source>
        <extracomment>Typing a date in the filter redraws the list once typing pauses this long.</extracomment>
        <translation>Open een teamnotitie uit de lijst, of begin een nieuwe ({keys}).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/page.py" line="87"/>
        <location filename="../../jiu_desktop/views/team_notes/page.py" line="147"/>
        <source>Team notes</source>
        <translation>Teamnotities</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/page.py" line="90"/>
        <source>New team note</source>
        <translation>Nieuwe teamnotitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/page.py" line="123"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/page.py" line="134"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/page.py" line="134"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/page.py" line="179"/>
        <source>No team notes of this kind or in this period. Change the filter above.</source>
        <translation>Geen teamnotities van deze soort of in deze periode. Pas het filter hierboven aan.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/team_notes/page.py" line="181"/>
        <source>No team notes yet.

Team notes are about the team&apos;s work, not about one young person: intervision, coordination with partners, the week&apos;s planning. The whole team reads them.

Write the first one with “New team note” ({keys}).</source>
        <translation>Nog geen teamnotities.

Teamnotities gaan over het werk van het team, niet over één jongere: intervisie, afstemmingsoverleg met partners, de planning van de week. Het hele team leest ze.

Schrijf de eerste met ‘Nieuwe teamnotitie’ ({keys}).</translation>
    </message>
</context>
<context>
    <name>TinPanel</name>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="71"/>
        <source>In the tin</source>
        <extracomment>A step was chosen in the list (argument: its id).</extracomment>
        <translation>In het blik</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="77"/>
        <source>The dream is in the tin.</source>
        <translation>De droom zit in het blik.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="81"/>
        <source>&amp;Open the tin</source>
        <translation>Blik &amp;openen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="94"/>
        <source>C&amp;lose the tin</source>
        <translation>Blik s&amp;luiten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="113"/>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="133"/>
        <source>Life area</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="116"/>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="134"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="125"/>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="132"/>
        <source>Dream</source>
        <translation>Droom</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="126"/>
        <source>May be shared with the group</source>
        <translation>Mag gedeeld worden met de groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="135"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="136"/>
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="142"/>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="145"/>
        <source>Ne&amp;w step</source>
        <translation>Nieuwe st&amp;ap</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="234"/>
        <source>best before {date}</source>
        <translation>houdbaar tot {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="237"/>
        <source>taken {date}</source>
        <translation>gezet op {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/dream_tin/tin_panel.py" line="246"/>
        <source>The current step</source>
        <translation>De stap van nu</translation>
    </message>
</context>
<context>
    <name>TrajectorySection</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="38"/>
        <source>Trajectory</source>
        <extracomment>The status that asks why.</extracomment>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="47"/>
        <source>Intake date</source>
        <translation>Intakedatum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="49"/>
        <source>Referred via</source>
        <translation>Aangemeld via</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="51"/>
        <source>Referred by (name or organisation)</source>
        <translation>Verwezen door (naam of organisatie)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="54"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="57"/>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="63"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="60"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="97"/>
        <source>Why stopped</source>
        <translation>Waarom gestopt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="100"/>
        <source>only for the coaches</source>
        <translation>alleen voor coaches</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="104"/>
        <source>Never printed for the young person; in a report only as a count that hides small numbers.</source>
        <translation>Komt nooit op papier voor de jongere; in een verslag alleen als aantal, en kleine aantallen worden verborgen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="134"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="140"/>
        <source>New coach</source>
        <translation>Nieuwe coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/trajectory_section.py" line="140"/>
        <source>Name of the coach</source>
        <translation>Naam van de coach</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="56"/>
        <source>JIU Desktop</source>
        <extracomment>The profile is open (argument: the Store). The profile was opened with the recovery key and has a new passphrase now.</extracomment>
        <translation>JIU Desktop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="59"/>
        <source>Profile: {name}</source>
        <translation>Profiel: {name}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="88"/>
        <source>DEMO — fictional data. Passphrase:</source>
        <translation>DEMO — verzonnen gegevens. Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="105"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="111"/>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="116"/>
        <source>Forgot passphrase?</source>
        <translation>Wachtwoordzin vergeten?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="129"/>
        <source>Type the recovery key from your recovery sheet and choose a new passphrase.</source>
        <translation>Typ de herstelsleutel van je herstelblad over en kies een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="145"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="146"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="147"/>
        <source>Repeat</source>
        <translation>Herhaal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="149"/>
        <source>Unlock and set passphrase</source>
        <translation>Ontgrendelen en wachtwoordzin instellen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="153"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="185"/>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="190"/>
        <source>Type your passphrase.</source>
        <translation>Typ je wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="199"/>
        <source>The two new passphrases differ.</source>
        <translation>Je typte twee verschillende nieuwe wachtwoordzinnen.</translation>
    </message>
</context>
<context>
    <name>WordingDialog</name>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="45"/>
        <source>Read this out. Saying no is fine, and so is changing your mind.</source>
        <translation>Lees dit voor. Nee zeggen mag, en later van gedachten veranderen ook.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="58"/>
        <source>They said yes</source>
        <translation>De jongere zegt ja</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/tabs/consent_section.py" line="61"/>
        <source>They said no</source>
        <translation>De jongere zegt nee</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../jiu_desktop/views/about.py" line="26"/>
        <source>Read from the installed packages. The installers add every licence text, in {file} in the program folder.</source>
        <translation>Gelezen uit de geïnstalleerde pakketten. De installatiebestanden voegen alle licentieteksten toe, in {file} in de programmamap.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/about.py" line="38"/>
        <source>About JIU Desktop</source>
        <translation>Over JIU Desktop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/about.py" line="42"/>
        <source>&lt;h3&gt;JIU Desktop {version}&lt;/h3&gt;&lt;p&gt;For volunteer coaches working with the &lt;i&gt;Jong in Uitvoering&lt;/i&gt; method: participants, session notes and follow-ups, encrypted on this laptop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;JIU Desktop {version}&lt;/h3&gt;&lt;p&gt;Voor vrijwillige coaches die werken met de methode &lt;i&gt;Jong in Uitvoering&lt;/i&gt;: deelnemers, gespreksnotities en vervolgacties, versleuteld op deze laptop.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/about.py" line="52"/>
        <source>Licence: {licence}. You may use, share and change this program under its terms.</source>
        <translation>Licentie: {licence}. Je mag dit programma gebruiken, delen en aanpassen onder de voorwaarden daarvan.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/about.py" line="60"/>
        <source>Software it is built with, and its licences:</source>
        <translation>Software waarmee het gemaakt is, met de licenties:</translation>
    </message>
</context>
<context>
    <name>attendance</name>
    <message>
        <location filename="../../jiu_desktop/services/attendance.py" line="105"/>
        <source>Group</source>
        <extracomment>The mark that offers *er op af*, and the one that counts for nothing.</extracomment>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/attendance.py" line="177"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/attendance.py" line="188"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/attendance.py" line="194"/>
        <source>This meeting does not go ahead: it takes no attendance.</source>
        <translation>Deze bijeenkomst gaat niet door: er wordt geen aanwezigheid bijgehouden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/attendance.py" line="242"/>
        <source>Er op af is for someone marked absent without notice.</source>
        <translation>Er op af is voor iemand die afwezig was zonder bericht.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/attendance.py" line="251"/>
        <source>Absent without notice at the meeting of {date}{topic}.</source>
        <translation>Afwezig zonder bericht bij de bijeenkomst van {date}{topic}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/attendance.py" line="259"/>
        <source>Call, message or visit</source>
        <translation>Bellen, appen of langsgaan</translation>
    </message>
</context>
<context>
    <name>attendance_document</name>
    <message>
        <location filename="../../jiu_desktop/services/attendance_document.py" line="160"/>
        <source>Nobody is in the group “{group}” on {date}.</source>
        <extracomment>The consent kind that lets contact details go on the group&apos;s list. The mark recorded (a code), or None: the boxes stay empty to fill in by hand. Per meeting the letter, &quot;&quot; when not marked, &quot;·&quot; on a day they were not in the group. How many in the group are not on it (no consent to share, or withdrawn).</extracomment>
        <translation>Niemand zit op {date} in de groep “{group}”.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/attendance_document.py" line="172"/>
        <source>The group “{group}” has no meetings yet. Make its roster first.</source>
        <translation>De groep “{group}” heeft nog geen bijeenkomsten. Maak eerst het rooster.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/attendance_document.py" line="179"/>
        <source>Nobody is in the group “{group}” yet.</source>
        <translation>Er zit nog niemand in de groep “{group}”.</translation>
    </message>
</context>
<context>
    <name>attendance_pdf</name>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="90"/>
        <source>made on {date}</source>
        <extracomment>The boxes of the presentielijst, in their order. Rows left empty on the presentielijst for someone not on it yet. The course grid: a column per meeting at least this wide, so a page holds about 24. The letters that count as being there (aanwezig, te laat).</extracomment>
        <translation>gemaakt op {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="109"/>
        <source>led by {name}</source>
        <translation>door {name}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="144"/>
        <source>Attendance list</source>
        <translation>Presentielijst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="158"/>
        <source>This meeting does not go ahead.</source>
        <translation>Deze bijeenkomst gaat niet door.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="168"/>
        <source>Absent without notice? Then we reach out (er op af): call, message or visit, and tick “reached out” when it is done.</source>
        <translation>Afwezig zonder bericht? Dan gaan we er op af: bellen, appen of langsgaan. Zet een vinkje bij “er op af gedaan” als dat gebeurd is.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="185"/>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="268"/>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="339"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="186"/>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="187"/>
        <source>late</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="188"/>
        <source>excused</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="189"/>
        <source>reached out</source>
        <translation>er op af gedaan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="220"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="246"/>
        <source>Agreed: {rule}</source>
        <translation>Afspraak: {rule}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="256"/>
        <source>A present · T late · M excused · X absent without notice · N not applicable · “·” not in the group that day · grey: does not go ahead. Counted: present and late of every mark but N; meetings that do not go ahead are left out.</source>
        <translation>A aanwezig · T te laat · M afgemeld · X afwezig zonder bericht · N n.v.t. · “·” die dag niet in de groep · grijs: gaat niet door. Geteld: aanwezig en te laat van alle vakjes behalve N; bijeenkomsten die niet doorgaan tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="273"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="276"/>
        <source>{present} of {counted}</source>
        <translation>{present} van {counted}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="284"/>
        <source>Present (A+T)</source>
        <translation>Aanwezig (A+T)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="320"/>
        <source>Contact list</source>
        <translation>Contactlijst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="327"/>
        <source>On this list: only those who said yes to sharing their phone number and e-mail with the group.</source>
        <translation>Op deze lijst staan alleen de deelnemers die ja hebben gezegd op het delen van hun telefoonnummer en e-mail met de groep.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="340"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="341"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/attendance_pdf.py" line="352"/>
        <source>Nobody in the group has said yes yet.</source>
        <translation>Nog niemand in de groep heeft ja gezegd.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../jiu_desktop/services/backup.py" line="43"/>
        <source>The current profile does not open with this passphrase. Its passphrase is needed too, so the people erased in it stay erased. Nothing was changed.</source>
        <translation>Het huidige profiel gaat niet open met deze wachtwoordzin. Ook de wachtwoordzin van dat profiel is nodig, zodat de mensen die erin gewist zijn gewist blijven. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/backup.py" line="56"/>
        <source>The current profile cannot be read, so the people erased in it cannot be kept erased. Nothing was changed. Restore into an empty folder instead.</source>
        <translation>Het huidige profiel kan niet gelezen worden, dus de mensen die erin gewist zijn kunnen niet gewist blijven. Er is niets gewijzigd. Zet de back-up in plaats daarvan terug in een lege map.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/vault/backup_file.py" line="44"/>
        <source>the file does not start like a backup</source>
        <translation>het bestand begint niet als een back-up</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/vault/backup_file.py" line="47"/>
        <location filename="../../jiu_desktop/vault/backup_file.py" line="57"/>
        <source>the file is incomplete or damaged</source>
        <translation>het bestand is onvolledig of beschadigd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/backup.py" line="71"/>
        <source>Cannot write the backup to {path}: {reason}</source>
        <translation>Kan de back-up niet schrijven naar {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/vault/restore.py" line="48"/>
        <source>the database inside cannot be opened</source>
        <translation>de database erin kan niet geopend worden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/vault/restore.py" line="55"/>
        <source>the database inside is damaged</source>
        <translation>de database erin is beschadigd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/vault/restore.py" line="119"/>
        <source>it was made by a newer version of JIU Desktop</source>
        <translation>het is gemaakt door een nieuwere versie van JIU Desktop</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../jiu_desktop/cli/common.py" line="36"/>
        <source>No passphrase: set {env} or run this in a terminal.</source>
        <extracomment>``register(name, func, help)``: adds a subcommand (with its own ``--profile``) and returns its parser, for the command&apos;s own arguments.</extracomment>
        <translation>Geen wachtwoordzin: zet {env} of voer dit uit in een terminal.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/common.py" line="39"/>
        <source>Repeat: </source>
        <translation>Herhaal: </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/common.py" line="40"/>
        <source>The two entries differ. Nothing was changed.</source>
        <translation>Je typte twee verschillende wachtwoordzinnen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/common.py" line="45"/>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/profile.py" line="26"/>
        <source>Profile created in {path}.</source>
        <translation>Profiel aangemaakt in {path}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/profile.py" line="27"/>
        <source>Recovery key (shown only now; print it and keep it safe):</source>
        <translation>Herstelsleutel (alleen nu getoond; druk hem af en bewaar hem veilig):</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/data.py" line="17"/>
        <source>--participants must be at least 1.</source>
        <translation>--participants moet minstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/data.py" line="21"/>
        <source>Demo data added: {participants} participants, {notes} notes.</source>
        <translation>Demogegevens toegevoegd: {participants} deelnemers, {notes} notities.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/data.py" line="34"/>
        <source>Participants exported: {count}, to {path}.</source>
        <translation>Deelnemers geëxporteerd: {count}, naar {path}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/data.py" line="47"/>
        <source>Imported: {summary}.</source>
        <translation>Geïmporteerd: {summary}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/backups.py" line="22"/>
        <source>Backup written to {path} ({kb} kB).</source>
        <translation>Back-up geschreven naar {path} ({kb} kB).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/backups.py" line="44"/>
        <source>The current profile does not open with this passphrase. Set JIU_CURRENT_PASSPHRASE to its passphrase, so the people erased in it stay erased. Nothing was changed.</source>
        <translation>Het huidige profiel gaat niet open met deze wachtwoordzin. Zet JIU_CURRENT_PASSPHRASE op de wachtwoordzin van dat profiel, zodat de mensen die erin gewist zijn gewist blijven. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/backups.py" line="52"/>
        <source>Passphrase of the current profile (so the people erased in it stay erased): </source>
        <translation>Wachtwoordzin van het huidige profiel (zodat de mensen die erin gewist zijn gewist blijven): </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/backups.py" line="59"/>
        <source>Backup restored into {path}; the previous data is kept in backups/. This profile now syncs as a new device.</source>
        <translation>Back-up teruggezet in {path}; de vorige gegevens staan in backups/. Dit profiel synchroniseert nu als een nieuw apparaat.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/profile.py" line="38"/>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/profile.py" line="40"/>
        <source>Passphrase changed.</source>
        <translation>Wachtwoordzin gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/app.py" line="42"/>
        <source>JIU Desktop: participants and notes, encrypted.</source>
        <translation>JIU Desktop: deelnemers en notities, versleuteld.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/app.py" line="48"/>
        <source>profile folder (default: {path})</source>
        <translation>profielmap (standaard: {path})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/app.py" line="53"/>
        <source>open the demo profile</source>
        <translation>open het demoprofiel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/profile.py" line="45"/>
        <source>create a profile</source>
        <translation>maak een profiel aan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/data.py" line="52"/>
        <source>add fictional demo data</source>
        <translation>voeg verzonnen demogegevens toe</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/data.py" line="55"/>
        <source>export to JSON</source>
        <translation>exporteer naar JSON</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/data.py" line="58"/>
        <source>import a JSON export</source>
        <translation>importeer een JSON-export</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/backups.py" line="69"/>
        <source>write an encrypted backup</source>
        <translation>schrijf een versleutelde back-up</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/backups.py" line="71"/>
        <source>restore a backup</source>
        <translation>zet een back-up terug</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/profile.py" line="47"/>
        <source>change the passphrase</source>
        <translation>wijzig de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/app.py" line="127"/>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="29"/>
        <source>{problem} To accept this, add --allow-http.</source>
        <translation>{problem} Voeg --allow-http toe om dit te accepteren.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="32"/>
        <source>Team passphrase: </source>
        <translation>Teamwachtwoordzin: </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="36"/>
        <source>WebDAV app password: </source>
        <translation>WebDAV-app-wachtwoord: </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="48"/>
        <source>Sync set up with {target}.</source>
        <translation>Synchronisatie ingesteld met {target}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="67"/>
        <source>pushed {pushed}, pulled {pulled}, conflicts {conflicts}</source>
        <translation>verstuurd {pushed}, ontvangen {pulled}, conflicten {conflicts}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="73"/>
        <source>snapshot {snapshot}, retired {count}</source>
        <translation>momentopname {snapshot}, weggehaald {count}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="74"/>
        <source>not needed</source>
        <translation>niet nodig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="79"/>
        <location filename="../../jiu_desktop/cli/sync.py" line="121"/>
        <source>Note: {notice}</source>
        <translation>Let op: {notice}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="93"/>
        <source>Run “jiu-desktop sync-setup --join {where}” with the new team passphrase: everything on this laptop stays.</source>
        <translation>Voer “jiu-desktop sync-setup --join {where}” uit met de nieuwe teamwachtwoordzin: alles op deze laptop blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="109"/>
        <source>Sync is not set up.</source>
        <translation>Synchronisatie is niet ingesteld.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="111"/>
        <source>Target: {target}</source>
        <translation>Map of server: {target}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="113"/>
        <source>Last complete sync: {when}</source>
        <translation>Laatste volledige synchronisatie: {when}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="123"/>
        <source>Last problem: {error}</source>
        <translation>Laatste probleem: {error}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="139"/>
        <source>Latest snapshot: none yet</source>
        <translation>Laatste momentopname: nog geen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="142"/>
        <source>this laptop</source>
        <translation>deze laptop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="147"/>
        <source>Latest snapshot: {when}, by {laptop}</source>
        <translation>Laatste momentopname: {when}, door {laptop}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="153"/>
        <source>An erased participant&apos;s data may still be on the target, until {when}</source>
        <translation>Gegevens van een gewiste deelnemer kunnen nog in de map of op de server staan, uiterlijk tot {when}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="159"/>
        <source>Sync files missing of {laptop}: {count}</source>
        <translation>Ontbrekende synchronisatiebestanden van {laptop}: {count}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="166"/>
        <source>Last round: {done}</source>
        <translation>Laatste ronde: {done}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="197"/>
        <source>New team passphrase: </source>
        <translation>Nieuwe teamwachtwoordzin: </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="225"/>
        <source>then write a snapshot and remove the sync files it covers from the target</source>
        <translation>maak daarna een momentopname en haal de synchronisatiebestanden die erin zitten weg uit de map of van de server</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="230"/>
        <source>list the team&apos;s laptops</source>
        <translation>de laptops van het team tonen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="234"/>
        <source>the name the other laptops show for this one</source>
        <translation>de naam die de andere laptops voor deze laptop tonen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="239"/>
        <source>remove a laptop from the team and change the team passphrase</source>
        <translation>een laptop uit het team halen en de teamwachtwoordzin veranderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="244"/>
        <source>the laptop&apos;s device id (as “jiu-desktop team” lists it)</source>
        <translation>de apparaat-id van de laptop (zoals “jiu-desktop team” die laat zien)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="114"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="117"/>
        <source>Changes waiting: {count}</source>
        <translation>Wijzigingen die wachten: {count}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="206"/>
        <source>set up sync</source>
        <translation>stel synchronisatie in</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="214"/>
        <source>accept a plain http:// server address (the app password travels readable)</source>
        <translation>accepteer een onversleuteld http://-serveradres (het app-wachtwoord gaat leesbaar over het netwerk)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="221"/>
        <source>synchronise once</source>
        <translation>synchroniseer één keer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/sync.py" line="229"/>
        <source>show the sync status</source>
        <translation>toon de synchronisatiestatus</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/people.py" line="44"/>
        <source>Erasing cannot be undone; without a terminal to confirm on, add --yes. Nothing was erased.</source>
        <translation>Wissen kan niet ongedaan worden gemaakt; zonder terminal om te bevestigen is --yes nodig. Er is niets gewist.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/people.py" line="57"/>
        <source>Participant {id} erased on this laptop; the next sync erases them on every laptop of the team.</source>
        <translation>Deelnemer {id} is gewist op deze laptop; bij de volgende synchronisatie wordt deze persoon op elke laptop van het team gewist.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/people.py" line="69"/>
        <source>This removes {name} and everything kept about them from this laptop, its own backup copies and, at the next sync, every laptop of the team. It cannot be undone. Backups you saved elsewhere still hold them: delete those yourself.</source>
        <translation>Hiermee verdwijnt {name}, met alles wat over deze persoon is vastgelegd, van deze laptop, uit de eigen back-upkopieën en bij de volgende synchronisatie van elke laptop van het team. Dit kan niet ongedaan worden gemaakt. Back-ups die je zelf elders hebt opgeslagen bevatten deze persoon nog: verwijder die zelf.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/people.py" line="77"/>
        <source>Type the first name to confirm: </source>
        <translation>Typ de voornaam om te bevestigen: </translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/people.py" line="81"/>
        <source>The name did not match; nothing was erased.</source>
        <translation>De naam klopte niet; er is niets gewist.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/people.py" line="85"/>
        <source>list the participants</source>
        <translation>toon de deelnemers</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/people.py" line="87"/>
        <source>erase a participant for good (right to be forgotten)</source>
        <translation>wis een deelnemer definitief (recht op vergetelheid)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/people.py" line="93"/>
        <source>do not ask to type the first name (needed without a terminal)</source>
        <translation>vraag niet om de voornaam te typen (nodig zonder terminal)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/record.py" line="51"/>
        <source>a participant&apos;s consent history</source>
        <translation>de toestemmingen van een deelnemer, van eerst tot laatst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/record.py" line="54"/>
        <source>the team&apos;s notes</source>
        <translation>de notities van het team</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/record.py" line="60"/>
        <source>from this date (YYYY-MM-DD), included</source>
        <translation>vanaf deze datum (JJJJ-MM-DD), die dag telt mee</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/record.py" line="67"/>
        <source>up to this date (YYYY-MM-DD), included</source>
        <translation>tot en met deze datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/maps.py" line="47"/>
        <source>Network map saved: {path}</source>
        <translation>Netwerkkaart opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/maps.py" line="58"/>
        <source>A PNG cannot be made in this process.</source>
        <translation>In dit proces kan geen png gemaakt worden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/maps.py" line="87"/>
        <source>a network map as PDF (or PNG), to print</source>
        <translation>een netwerkkaart als pdf (of png), om af te drukken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/maps.py" line="95"/>
        <source>the version&apos;s number (default: the latest)</source>
        <translation>het nummer van de versie (standaard: de nieuwste)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/maps.py" line="100"/>
        <source>the participant&apos;s version: no coach notes, no surname</source>
        <translation>de versie voor de deelnemer: zonder notities van de coach en zonder achternaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/maps.py" line="103"/>
        <source>a PNG of the map instead of a PDF</source>
        <translation>een png van de kaart in plaats van een pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/maps.py" line="109"/>
        <source>what changed between two versions of a network map</source>
        <translation>wat er veranderd is tussen twee versies van een netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/maps.py" line="118"/>
        <source>also save the comparison as PDF here</source>
        <translation>sla de vergelijking hier ook op als pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="30"/>
        <source>Stickers saved ({count}): {path}</source>
        <translation>Stickers opgeslagen ({count}): {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="45"/>
        <source>Dream slip saved: {path}</source>
        <translation>Droombriefje opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="48"/>
        <source>Step plan saved: {path}</source>
        <translation>Stappenplan opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="59"/>
        <source>--days cannot be negative.</source>
        <translation>--days kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="64"/>
        <source>No dream-tin steps to talk about until {date}.</source>
        <translation>Geen stappen uit het droomblik om te bespreken tot {date}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="75"/>
        <source>stickers for the dream tins, as PDF</source>
        <translation>stickers voor de droomblikken, als pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="81"/>
        <source>only this dream (default: every dream being worked on)</source>
        <translation>alleen deze droom (standaard: elke droom waar aan gewerkt wordt)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="89"/>
        <source>the first free position on a used sheet (default: 1)</source>
        <translation>de eerste vrije plek op een gebruikt vel (standaard: 1)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="94"/>
        <source>put the participant&apos;s first name on the sticker</source>
        <translation>zet de voornaam van de deelnemer op de sticker</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="98"/>
        <source>the step plan of one dream, as PDF</source>
        <translation>het stappenplan van één droom, als pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="104"/>
        <source>the dream slip for inside the tin instead</source>
        <translation>in plaats daarvan het droombriefje voor in het blik</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="110"/>
        <source>dream-tin steps whose best-before date is near or past</source>
        <translation>stappen uit het droomblik die bijna of al over de houdbaarheidsdatum zijn</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="117"/>
        <source>how many days ahead (default: 7)</source>
        <translation>hoeveel dagen vooruit (standaard: 7)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/dreams.py" line="120"/>
        <source>only this coach&apos;s participants</source>
        <translation>alleen de deelnemers van deze coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="31"/>
        <location filename="../../jiu_desktop/cli/forms.py" line="48"/>
        <source>warning: {line}</source>
        <translation>let op: {line}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="34"/>
        <source>{name}: OK ({title}, version {version})</source>
        <translation>{name}: in orde ({title}, versie {version})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="58"/>
        <source>--meeting prints blank forms for everyone in that meeting&apos;s group, dated on its day: use it with --blank, without --participant, --group and --date.</source>
        <translation>--meeting drukt lege formulieren af voor iedereen in de groep van die bijeenkomst, met de datum van die dag: gebruik het met --blank, zonder --participant, --group en --date.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="66"/>
        <source>--response prints the form as it was filled in: leave out --participant, --group and --date.</source>
        <translation>--response drukt het formulier af zoals het is ingevuld: laat --participant, --group en --date weg.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="74"/>
        <source>--series needs --participant (and no --group or --date).</source>
        <translation>--series heeft --participant nodig (en geen --group of --date).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="92"/>
        <source>That response is not to the form “{form}”.</source>
        <translation>Dat ingevulde formulier hoort niet bij “{form}”.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="97"/>
        <source>Filled-in form saved: {path}</source>
        <translation>Ingevuld formulier opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="101"/>
        <source>Series saved ({count} forms): {path}</source>
        <translation>Reeks opgeslagen ({count} formulieren): {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="106"/>
        <location filename="../../jiu_desktop/cli/forms.py" line="111"/>
        <source>Forms for {group} saved ({count}): {path}</source>
        <translation>Formulieren voor {group} opgeslagen ({count}): {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="118"/>
        <source>Blank form saved: {path}</source>
        <translation>Leeg formulier opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="128"/>
        <source>list the form templates: id, version and title, one per line</source>
        <translation>de formulieren: id, versie en titel, één per regel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="133"/>
        <source>a form as PDF: blank, for a group, filled in or a series</source>
        <translation>een formulier als pdf: leeg, voor een groep, ingevuld of een reeks</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="136"/>
        <source>a template id (see forms)</source>
        <translation>het id van een formulier (zie forms)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="140"/>
        <source>a blank form to fill in on paper</source>
        <translation>een leeg formulier om op papier in te vullen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="143"/>
        <source>one response, as it was filled in</source>
        <translation>één ingevuld formulier, zoals het is ingevuld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="148"/>
        <source>every response of --participant, with the growth chart</source>
        <translation>alle ingevulde formulieren van --participant, met de groeigrafiek</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="152"/>
        <source>with this participant&apos;s first name</source>
        <translation>met de voornaam van deze deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="157"/>
        <source>one form per participant in the group (its id, or a name only one group has)</source>
        <translation>één formulier per deelnemer in de groep (het id, of een naam die maar één groep heeft)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="164"/>
        <source>blank forms for everyone at a meeting (see meetings)</source>
        <translation>lege formulieren voor iedereen bij een bijeenkomst (zie meetings)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="170"/>
        <source>the date on the form (YYYY-MM-DD; for a participant or a group: today)</source>
        <translation>de datum op het formulier (JJJJ-MM-DD; voor een deelnemer of een groep: vandaag)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/forms.py" line="179"/>
        <source>check a form template file; problems are listed with their place</source>
        <translation>een formulierbestand controleren; elk probleem staat erbij met de plek waar het zit</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/groups.py" line="75"/>
        <source>Course grid of {group} saved: {path}</source>
        <translation>Cursusoverzicht van {group} opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/groups.py" line="79"/>
        <source>That meeting is not one of the group “{group}”.</source>
        <translation>Die bijeenkomst hoort niet bij de groep “{group}”.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/groups.py" line="84"/>
        <source>Attendance list of {group} saved: {path}</source>
        <translation>Presentielijst van {group} opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/groups.py" line="94"/>
        <source>list the groups: id, name, start, end and participants, one per line</source>
        <translation>de groepen: id, naam, begin, einde en deelnemers, één per regel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/groups.py" line="97"/>
        <source>list a group&apos;s meetings, one per line</source>
        <translation>de bijeenkomsten van een groep, één per regel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/groups.py" line="100"/>
        <location filename="../../jiu_desktop/cli/groups.py" line="110"/>
        <source>a group&apos;s id, or a name only one has</source>
        <translation>de id van een groep, of een naam die maar één groep heeft</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/groups.py" line="105"/>
        <source>a group&apos;s course grid as PDF, or with --meeting that meeting&apos;s attendance list</source>
        <translation>het cursusoverzicht van een groep als pdf, of met --meeting de presentielijst van die bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/groups.py" line="113"/>
        <source>one meeting (see meetings)</source>
        <translation>één bijeenkomst (zie meetings)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/report.py" line="32"/>
        <source>{name}: the report is saved as .pdf, .csv or .json.</source>
        <translation>{name}: het verslag wordt opgeslagen als .pdf, .csv of .json.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/report.py" line="53"/>
        <source>Report saved: {path}</source>
        <translation>Verslag opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/report.py" line="55"/>
        <source>Report saved, with small numbers (internal only): {path}</source>
        <translation>Verslag opgeslagen, met kleine aantallen (alleen intern): {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/report.py" line="75"/>
        <source>the report to funders over a period, as PDF, CSV or JSON</source>
        <translation>de verantwoording over een periode, als PDF, CSV of JSON</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/report.py" line="79"/>
        <source>the first day of the period</source>
        <translation>de eerste dag van de periode</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/report.py" line="83"/>
        <source>the last day of the period</source>
        <translation>de laatste dag van de periode</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/report.py" line="89"/>
        <source>only this group (its id, or a name only one group has); default: all groups</source>
        <translation>alleen deze groep (het id, of een naam die maar één groep heeft); standaard: alle groepen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/report.py" line="96"/>
        <source>show 1 and 2 as they are: for internal use only, every page says so</source>
        <translation>1 en 2 laten zien zoals ze zijn: alleen voor intern gebruik, dat staat op elke pagina</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/report.py" line="104"/>
        <source>the file to write: .pdf, .csv or .json</source>
        <translation>het bestand om te schrijven: .pdf, .csv of .json</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/spiral.py" line="26"/>
        <source>Spiral saved: {path}</source>
        <translation>Spiraal opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/spiral.py" line="34"/>
        <source>a participant&apos;s participation spiral (My spiral), as PDF</source>
        <translation>de participatiespiraal van een deelnemer (Mijn spiraal), als pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/spiral.py" line="40"/>
        <source>the young person&apos;s version: no dates of measurements</source>
        <translation>de versie voor de jongere: zonder data van metingen</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../jiu_desktop/services/consent.py" line="90"/>
        <source>There is no consent wording “{version}”.</source>
        <translation>Er is geen tekst voor toestemming met versie “{version}”.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/consent.py" line="111"/>
        <source>Taken over from the consent checkbox of an earlier version of JIU Desktop. What was read out then is not known.</source>
        <translation>Overgenomen van het vinkje voor toestemming in een eerdere versie van JIU Desktop. Wat toen is voorgelezen, weten we niet.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/consent.py" line="176"/>
        <location filename="../../jiu_desktop/services/consent.py" line="267"/>
        <location filename="../../jiu_desktop/services/consent.py" line="284"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/consent.py" line="179"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/consent.py" line="181"/>
        <source>Consent cannot be recorded for a future date.</source>
        <translation>Toestemming kan niet worden vastgelegd voor een datum die nog moet komen.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../jiu_desktop/views/autosave.py" line="58"/>
        <source>dd-mm-yyyy</source>
        <extracomment>While someone keeps typing, still save at least this often. What a QLineEdit keeps free left and right of its text, inside its frame (Qt&apos;s own). The signal that says the coach edited the field; None: the usual one of the widget&apos;s kind (a line edit&apos;s ``textEdited``, a combo box&apos;s ``activated``, …).</extracomment>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="58"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="59"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="60"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="61"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="62"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="63"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="64"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="71"/>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="72"/>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="73"/>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="74"/>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="75"/>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="76"/>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="77"/>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="83"/>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="84"/>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="85"/>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="86"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="87"/>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="88"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="89"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="90"/>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="91"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="92"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="93"/>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="94"/>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="101"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="103"/>
        <source>{weekday} {day} {month}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
</context>
<context>
    <name>dream_document</name>
    <message>
        <location filename="../../jiu_desktop/services/dream_document.py" line="46"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dream_document.py" line="47"/>
        <source>Taken</source>
        <translation>Gezet</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dream_document.py" line="48"/>
        <source>Adjusted</source>
        <translation>Bijgesteld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dream_document.py" line="49"/>
        <source>Went differently</source>
        <translation>Anders gelopen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dream_document.py" line="55"/>
        <source>Working on it</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dream_document.py" line="56"/>
        <source>Came true</source>
        <translation>Uitgekomen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dream_document.py" line="57"/>
        <source>Let go</source>
        <translation>Losgelaten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dream_document.py" line="111"/>
        <source>That dream tin is not {name}&apos;s.</source>
        <translation>Dat droomblik is niet van {name}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dream_document.py" line="115"/>
        <source>{name} has no dream tin yet.</source>
        <translation>{name} heeft nog geen droomblik.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dream_document.py" line="121"/>
        <source>{name} has no dream tin being worked on.</source>
        <translation>{name} heeft geen droomblik waar nog aan gewerkt wordt.</translation>
    </message>
</context>
<context>
    <name>dream_plan</name>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="114"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="115"/>
        <source>Best before</source>
        <translation>Houdbaar tot</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="116"/>
        <source>Who helps</source>
        <translation>Wie helpt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="117"/>
        <source>How it went</source>
        <translation>Hoe ging het</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="147"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="148"/>
        <source>By when</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="149"/>
        <source>Who do I need</source>
        <translation>Wie heb ik nodig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="167"/>
        <source>Step plan</source>
        <translation>Stappenplan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="169"/>
        <source>{area} · since {date} · {status}</source>
        <translation>{area} · sinds {date} · {status}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="178"/>
        <source>My dream</source>
        <translation>Mijn droom</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="184"/>
        <source>My steps</source>
        <translation>Mijn stappen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="189"/>
        <source>No step written down yet.</source>
        <translation>Nog geen stap opgeschreven.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="194"/>
        <source>What comes next</source>
        <translation>Wat komt er nu</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="197"/>
        <source>A good step is doable, concrete, has a result and is said positively.</source>
        <translation>Een goede stap is haalbaar, concreet, heeft een resultaat en is positief gezegd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="208"/>
        <source>When I have taken the step, I will celebrate by:</source>
        <translation>Als ik de stap heb gezet, vier ik dat door:</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/dream_plan.py" line="244"/>
        <source>My dream, {name}</source>
        <translation>Mijn droom, {name}</translation>
    </message>
</context>
<context>
    <name>dreams</name>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="54"/>
        <source>Life area</source>
        <extracomment>The handbook&apos;s five words for the areas of a dream, and the life domain each is.</extracomment>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="56"/>
        <location filename="../../jiu_desktop/services/dreams.py" line="130"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="58"/>
        <location filename="../../jiu_desktop/services/dreams.py" line="128"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="62"/>
        <location filename="../../jiu_desktop/services/dreams.py" line="134"/>
        <source>Unknown field: {field}</source>
        <translation>Onbekend veld: {field}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="70"/>
        <location filename="../../jiu_desktop/services/dreams.py" line="100"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="79"/>
        <location filename="../../jiu_desktop/services/dreams.py" line="87"/>
        <location filename="../../jiu_desktop/services/dreams.py" line="94"/>
        <location filename="../../jiu_desktop/services/dreams.py" line="146"/>
        <source>Dream</source>
        <translation>Droom</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="126"/>
        <source>Best before</source>
        <translation>Houdbaar tot</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="136"/>
        <source>Write down the step in a few words.</source>
        <translation>Schrijf de stap in een paar woorden op.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="160"/>
        <location filename="../../jiu_desktop/services/dreams.py" line="184"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="236"/>
        <source>Person on the map</source>
        <translation>Persoon op de netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="238"/>
        <source>That person is on another participant&apos;s map.</source>
        <translation>Die persoon staat op de netwerkkaart van een andere deelnemer.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/dreams.py" line="269"/>
        <source>{label} cannot lie in the future.</source>
        <translation>{label} kan niet in de toekomst liggen.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="18"/>
        <source>No profile found in {path}.</source>
        <translation>Geen profiel gevonden in {path}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="24"/>
        <source>A profile already exists in {path}.</source>
        <translation>Er bestaat al een profiel in {path}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="31"/>
        <source>That passphrase is not correct. Nothing was changed.</source>
        <translation>Die wachtwoordzin klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="38"/>
        <source>That recovery key is not correct. Nothing was changed.</source>
        <translation>Die herstelsleutel klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="50"/>
        <source>This profile is already open in another JIU Desktop window.</source>
        <translation>Dit profiel is al geopend in een ander JIU Desktop-venster.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="57"/>
        <source>The profile cannot be read: {detail}</source>
        <translation>Het profiel kan niet gelezen worden: {detail}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="64"/>
        <source>{what} {id} does not exist.</source>
        <translation>{what} {id} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="75"/>
        <source>Import refused, nothing changed: {where}: {problem}</source>
        <translation>Import geweigerd, er is niets gewijzigd: {where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="86"/>
        <source>This is not a usable JIU Desktop backup: {detail}</source>
        <translation>Dit is geen bruikbare JIU Desktop-back-up: {detail}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="101"/>
        <source>Synchronisation was stopped. What is left goes out next time.</source>
        <translation>De synchronisatie is gestopt. Wat nog niet verstuurd is, gaat de volgende keer mee.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="108"/>
        <source>The sync target {target} cannot be reached right now.</source>
        <translation>De map of server {target} is nu niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="117"/>
        <source>That team passphrase is not correct. Nothing was changed.</source>
        <translation>Die teamwachtwoordzin klopt niet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="124"/>
        <source>Sync file {name} was refused: {reason}</source>
        <translation>Synchronisatiebestand {name} is geweigerd: {reason}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="137"/>
        <source>The sync folder {target} is full. Nothing more was sent; make room and sync again.</source>
        <translation>De synchronisatiemap {target} is vol. Er is niets meer verstuurd; maak ruimte vrij en synchroniseer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="148"/>
        <source>JIU Desktop may not write in {target} (no permission). Nothing was sent.</source>
        <translation>JIU Desktop mag niet schrijven in {target} (geen toestemming). Er is niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="157"/>
        <source>JIU Desktop may not read {target} (no permission). Nothing was changed.</source>
        <translation>JIU Desktop mag {target} niet lezen (geen toestemming). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/errors.py" line="168"/>
        <source>{url} is not encrypted (http://): the app password would travel readable over the network. Use https://, or confirm that you accept this.</source>
        <translation>{url} is niet versleuteld (http://): het app-wachtwoord zou leesbaar over het netwerk gaan. Gebruik https://, of bevestig dat je dit accepteert.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../jiu_desktop/services/exchange_import.py" line="51"/>
        <source>{created} new, {updated} updated, {unchanged} unchanged; {erased} erased participants left out</source>
        <extracomment>Participants in the file who were erased here for good (AVG); never brought back.</extracomment>
        <translation>{created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd; {erased} gewiste deelnemers overgeslagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_import.py" line="56"/>
        <source>{created} new, {updated} updated, {unchanged} unchanged</source>
        <translation>{created} nieuw, {updated} bijgewerkt, {unchanged} ongewijzigd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange.py" line="197"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange.py" line="213"/>
        <source>not a UTF-8 text file</source>
        <translation>geen UTF-8-tekstbestand</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange.py" line="217"/>
        <source>not valid JSON ({reason})</source>
        <translation>geen geldige JSON ({reason})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange.py" line="220"/>
        <source>not a JIU Desktop export</source>
        <translation>geen JIU Desktop-export</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_import.py" line="130"/>
        <source>{value} belongs to another participant here; an import does not move entries between participants</source>
        <translation>{value} hoort hier bij een andere deelnemer; een import verplaatst niets van de ene deelnemer naar de andere</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="165"/>
        <source>{value} is not a valid id</source>
        <translation>{value} is geen geldige id</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="168"/>
        <source>{value} is not text</source>
        <translation>{value} is geen tekst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="170"/>
        <source>contains characters that are not valid text</source>
        <translation>bevat tekens die geen geldige tekst zijn</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="173"/>
        <source>{value} is not true or false</source>
        <translation>{value} is niet true of false</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="179"/>
        <source>{value} is not a whole number from {low} to {high}</source>
        <translation>{value} is geen heel getal van {low} tot en met {high}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="189"/>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="194"/>
        <source>{value} is not a date and time</source>
        <translation>{value} is geen datum en tijd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="199"/>
        <source>{value} falls outside the years 1 to 9999 when converted to UTC</source>
        <translation>{value} valt buiten de jaren 1 tot en met 9999 als het naar UTC wordt omgerekend</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="220"/>
        <source>{value} is not a list</source>
        <translation>{value} is geen lijst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="154"/>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="225"/>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} is niet een van: {choices}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="209"/>
        <source>{value} refers to an entry that is not in the file</source>
        <translation>{value} verwijst naar iets dat niet in het bestand staat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="119"/>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="133"/>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="54"/>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="137"/>
        <source>unknown field</source>
        <translation>onbekend veld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="56"/>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="142"/>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="99"/>
        <source>{version}.{minor} is newer than this JIU Desktop reads ({known})</source>
        <translation>{version}.{minor} is nieuwer dan deze JIU Desktop kan lezen ({known})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="125"/>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="230"/>
        <source>appears twice</source>
        <translation>komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="46"/>
        <source>is not a JIU Desktop export</source>
        <extracomment>What a file says about itself, besides its sections; the last two are informative.</extracomment>
        <translation>is geen JIU Desktop-export</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="48"/>
        <source>is not “{format}”</source>
        <translation>is niet “{format}”</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="79"/>
        <source>is missing or not a number</source>
        <translation>ontbreekt of is geen getal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="81"/>
        <source>is not a whole number</source>
        <translation>is geen heel getal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="85"/>
        <source>{version} is not a version of this format</source>
        <translation>{version} is geen versie van dit formaat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/exchange_check.py" line="92"/>
        <source>{version} is newer than this JIU Desktop reads ({known})</source>
        <translation>{version} is nieuwer dan deze JIU Desktop kan lezen ({known})</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../jiu_desktop/models/notes.py" line="22"/>
        <source>Conversation note</source>
        <translation>Gespreksnotitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/notes.py" line="23"/>
        <source>Follow-up action</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/participant.py" line="56"/>
        <source>First name</source>
        <extracomment>Trajectory statuses in their usual order (codes; labels are translated in the views). Who sent them to the project (&apos;&apos; until filled in); ``referrer`` names the person or organisation in free text. Why someone stopped (afgehaakt), for the coaches only (&apos;&apos; when not said); the reasons the handbook lists (§2.1, Ad D).</extracomment>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/participant.py" line="57"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/participant.py" line="58"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/participant.py" line="59"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/participant.py" line="60"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/participant.py" line="61"/>
        <source>Referred by</source>
        <translation>Verwezen door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/participant.py" line="62"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/participant.py" line="138"/>
        <source>Referral: organisation</source>
        <extracomment>The consent records, only for the ``consent_*`` properties below (the services read consent through ``services/consent.py``). Loaded on request only (``participants.get_participant`` does): every list of participants would otherwise load every participant&apos;s records too.</extracomment>
        <translation>Verwijzing: organisatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/participant.py" line="139"/>
        <source>Referral: note</source>
        <translation>Verwijzing: notitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/team.py" line="21"/>
        <source>Group name</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/team.py" line="22"/>
        <source>Group: attendance requirement</source>
        <translation>Groep: afspraak over aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/team.py" line="40"/>
        <source>Coach name</source>
        <extracomment>What the group agreed about attendance (&quot;minstens 80% aanwezig&quot;), shown as plain text beside each count; never computed into a verdict.</extracomment>
        <translation>Naam van de coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/team.py" line="41"/>
        <source>Coach e-mail</source>
        <translation>E-mail van de coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/team.py" line="42"/>
        <source>Coach phone</source>
        <translation>Telefoon van de coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/team.py" line="64"/>
        <source>Team note</source>
        <extracomment>What a team note is about: intervision between coaches, coordination with partners, the week&apos;s planning, or something else.</extracomment>
        <translation>Teamnotitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/team.py" line="85"/>
        <source>Team name</source>
        <extracomment>The one row of team settings: the same id on every laptop.</extracomment>
        <translation>Teamnaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/intake.py" line="37"/>
        <source>Intake: what they do with their days</source>
        <extracomment>Source of income; ``onbekend`` until it came up (the method: do not question them). How to reach them when they do not show up (er op af).</extracomment>
        <translation>Kennismaking: wat doe je nu met je dagen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/intake.py" line="38"/>
        <source>Intake: who brought them in</source>
        <translation>Kennismaking: verbinder (wie bracht de jongere)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/intake.py" line="39"/>
        <source>Intake: how to reach who brought them in</source>
        <translation>Kennismaking: zo bereik je de verbinder</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/intake.py" line="42"/>
        <source>Intake: which parent</source>
        <translation>Kennismaking: welke ouder</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/intake.py" line="84"/>
        <source>Care worker: organisation</source>
        <extracomment>What they do with their days now, in their words. Many have no computer or printer at home: forms are printed, the location lends one. Permission of the social services (on benefits): needed, and given. The verbinder who brought them in and stays in the background (for when they drop out): a youth worker, a neighbourhood&apos;s key figure. Contact with a parent, and whether the young person agrees the team contacts them. How to reach them for er op af (a choice set: calling, app, text, visit). The life domains the coach works on with them (care workers have theirs).</extracomment>
        <translation>Hulpverlener: organisatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/intake.py" line="85"/>
        <source>Care worker: first name</source>
        <translation>Hulpverlener: voornaam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/intake.py" line="86"/>
        <source>Care worker: how to reach</source>
        <translation>Hulpverlener: zo bereik je hem of haar</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/talents.py" line="23"/>
        <source>Talent or success</source>
        <extracomment>A talent (&quot;kan goed uitleggen&quot;) or a success (&quot;eerste keer op tijd bij de training&quot;).</extracomment>
        <translation>Talent of wat goed ging</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/network_map.py" line="52"/>
        <source>Network map: remark</source>
        <extracomment>Who a person is to the young person; the backdrop&apos;s four sectors are the first four. Trust as an arrow: none, towards the person (&quot;bij wie hij terecht kan&quot;), or both ways. The annotations the handbook writes in brackets; own words go in ``own_words``. How a step to improve a connection went: not yet told, it worked, still obstacles. The line&apos;s thickness: 1 (thin: the relation feels bad) to 5; 3 for a new person.</extracomment>
        <translation>Netwerkkaart: opmerking</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/network_map.py" line="78"/>
        <source>Name on the network map</source>
        <extracomment>The coach who made this version (empty: not known). Show the four sectors and three closeness rings behind the map. The version this one was copied from (empty: drawn from scratch). The coach&apos;s remark on this version; never printed for the participant.</extracomment>
        <translation>Naam op de netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/network_map.py" line="79"/>
        <source>Network map: in their words</source>
        <translation>Netwerkkaart: in eigen woorden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/network_map.py" line="80"/>
        <source>Network map: coach&apos;s note</source>
        <translation>Netwerkkaart: notitie van de coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/network_map.py" line="117"/>
        <source>Network map: step</source>
        <extracomment>The same person on every version of the map (copies keep it). As the young person says it: &quot;moeder&quot;, &quot;sportmaatje&quot;, &quot;Ahmed&quot;, &quot;de hond&quot;. Never printed on the participant&apos;s version, hidden in &quot;Samen kijken&quot;. &quot;x y&quot; in millimetres from the middle (x to the right, y down): one field, so a move on two laptops lets one position win whole. The young person wants to improve this connection (steps 5–9 of the method).</extracomment>
        <translation>Netwerkkaart: stap</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/network_map.py" line="118"/>
        <source>Network map: step, with whom</source>
        <translation>Netwerkkaart: stap, met wie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/network_map.py" line="119"/>
        <source>Network map: how it went</source>
        <translation>Netwerkkaart: hoe het ging</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/dreams.py" line="36"/>
        <source>Dream</source>
        <extracomment>A dream is worked on, came true, or was let go. A step is open, taken (gezet), adjusted (bijgesteld) or went otherwise: strength-based words, never &quot;failed&quot;.</extracomment>
        <translation>Droom</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/dreams.py" line="55"/>
        <source>Dream tin: fresh resolution</source>
        <translation>Droomblik: vers voornemen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/dreams.py" line="56"/>
        <source>Dream tin: who helps</source>
        <translation>Droomblik: wie helpt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/dreams.py" line="57"/>
        <source>Dream tin: how it went</source>
        <translation>Droomblik: hoe het ging</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/forms.py" line="113"/>
        <source>Form answer</source>
        <extracomment>Built in (from ``resources/forms``) or made by the team. Who filled the form in. A peer (groepsgenoot) is stored by role only, never by name. Version numbers a template may have. The template JSON (``docs/forms.md``); never changes once published. One of TEMPLATE_SOURCES; set by the code that writes the row, never chosen. Who published this version (a coach&apos;s name): &quot;v2 (Sanne)&quot; and &quot;v2 (Henk)&quot; when two coordinators published a second version offline. The exact template version filled in (a published version is never deleted, so this always points at a row). Typed in by the coach from a filled-in paper form. The group meeting it was filled in for (None: not for a meeting).</extracomment>
        <translation>Antwoord op formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/meetings.py" line="41"/>
        <source>Meeting: topic</source>
        <extracomment>Levensstijlregie (LSR), the LEV training, the atelier, or something else. Aanwezig, te laat, afgemeld, afwezig zonder bericht, niet van toepassing (e.g. after someone stopped), in the order a click cycles through them. The marks that count as being there.</extracomment>
        <translation>Bijeenkomst: onderwerp</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/meetings.py" line="42"/>
        <source>Meeting: place</source>
        <translation>Bijeenkomst: plaats</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/meetings.py" line="43"/>
        <source>Meeting: led by</source>
        <translation>Bijeenkomst: geleid door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/outcomes.py" line="33"/>
        <source>Result: note</source>
        <extracomment>The kinds that count as &quot;afgerond met diploma&quot;.</extracomment>
        <translation>Resultaat: notitie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/outcomes.py" line="53"/>
        <source>Quote</source>
        <translation>Uitspraak</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/outcomes.py" line="54"/>
        <source>Quote: signed as</source>
        <translation>Uitspraak: ondertekend als</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/models/progress.py" line="36"/>
        <source>Spiral: note</source>
        <extracomment>The overall phase, then the ten life domains. Overleven, ontmoeten, ondersteunen, ontwikkelen, ondernemen, and (when the team uses it) the handbook&apos;s step 6, zelfstandig.</extracomment>
        <translation>Spiraal: notitie</translation>
    </message>
</context>
<context>
    <name>form_admin</name>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/catalogue_model.py" line="41"/>
        <source>Draft: not published yet</source>
        <translation>Concept: nog niet gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/catalogue_model.py" line="43"/>
        <source>Built in</source>
        <translation>Ingebouwd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/catalogue_model.py" line="46"/>
        <source>Published {date} by {name}</source>
        <translation>Gepubliceerd {date} door {name}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/catalogue_model.py" line="49"/>
        <source>Published {date}</source>
        <translation>Gepubliceerd {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/catalogue_model.py" line="69"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/catalogue_model.py" line="70"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/catalogue_model.py" line="71"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/catalogue_model.py" line="79"/>
        <source>draft v{version}</source>
        <translation>concept v{version}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/edits.py" line="34"/>
        <source>Not good</source>
        <translation>Niet goed</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/edits.py" line="35"/>
        <source>Not so good</source>
        <translation>Matig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/edits.py" line="36"/>
        <source>Okay</source>
        <translation>Gaat wel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/edits.py" line="37"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/edits.py" line="38"/>
        <source>Very good</source>
        <translation>Heel goed</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/edits.py" line="48"/>
        <source>Option 1</source>
        <translation>Keuze 1</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/edits.py" line="49"/>
        <source>Option 2</source>
        <translation>Keuze 2</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/edits.py" line="79"/>
        <source>This answer can start a dream tin, so it stays. Change its text instead.</source>
        <translation>Met dit antwoord kan een droomblik beginnen. Daarom blijft de vraag. Verander liever de tekst.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/edits.py" line="103"/>
        <source>A form needs at least one part.</source>
        <translation>Een formulier heeft minstens één onderdeel nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/edits.py" line="190"/>
        <source>A choice needs at least two options.</source>
        <translation>Een keuzevraag heeft minstens twee keuzes nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/kinds.py" line="11"/>
        <source>Scale of five</source>
        <translation>Schaal van vijf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/kinds.py" line="12"/>
        <source>Yes or no</source>
        <translation>Ja of nee</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/kinds.py" line="13"/>
        <source>One choice</source>
        <translation>Eén keuze</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/kinds.py" line="14"/>
        <source>Several choices</source>
        <translation>Meer keuzes</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/kinds.py" line="15"/>
        <source>Open answer</source>
        <translation>Open antwoord</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/kinds.py" line="16"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/form_admin/kinds.py" line="17"/>
        <source>Signature (on paper)</source>
        <translation>Handtekening (op papier)</translation>
    </message>
</context>
<context>
    <name>form_chart</name>
    <message>
        <location filename="../../jiu_desktop/printing/form_chart.py" line="57"/>
        <source>Self</source>
        <extracomment>The order the roles are drawn and listed in; the participant&apos;s own line on top. Markers of one day side by side (in points) where two roles gave the same answer.</extracomment>
        <translation>Zelf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_chart.py" line="58"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_chart.py" line="59"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_chart.py" line="60"/>
        <source>Peers</source>
        <translation>Groepsgenoten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_chart.py" line="147"/>
        <source>Not answered yet</source>
        <translation>Nog niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_chart.py" line="208"/>
        <source>{role}: from {first} to {last} ({count}×)</source>
        <translation>{role}: van {first} naar {last} ({count}×)</translation>
    </message>
</context>
<context>
    <name>form_document</name>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="29"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="30"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="31"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="32"/>
        <source>Peer</source>
        <translation>Groepsgenoot</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="120"/>
        <source>draft</source>
        <extracomment>The version as the lists name it: &quot;v1&quot;, or &quot;v2 (Sanne)&quot;. The role that filled it in (&quot;&quot; on a blank form: ticked by hand). The group meeting it is for, in words (&quot;Kookclinic, 13:00&quot;); &quot;&quot; when none.</extracomment>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="127"/>
        <source>“{form}” is a coach&apos;s own reflection: it is printed without a participant.</source>
        <translation>“{form}” is een reflectie van de coach zelf: dit formulier wordt zonder deelnemer afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="173"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="175"/>
        <source>More than one group is called “{name}”. Give its id: {ids}</source>
        <translation>Er zijn meer groepen met de naam “{name}”. Geef het id van de groep: {ids}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="194"/>
        <location filename="../../jiu_desktop/services/form_document.py" line="220"/>
        <source>Nobody is in the group “{group}” on {date}.</source>
        <translation>Op {date} zit niemand in de groep “{group}”.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="213"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_document.py" line="264"/>
        <source>{name} has not filled in “{form}” yet.</source>
        <translation>{name} heeft “{form}” nog niet ingevuld.</translation>
    </message>
</context>
<context>
    <name>form_pdf</name>
    <message>
        <location filename="../../jiu_desktop/printing/form_parts.py" line="142"/>
        <source>Yes</source>
        <extracomment>What was filled in (a pen&apos;s blue), apart from what was printed. The answers start under the question&apos;s text, past its number. The distance between lines to write on: room for handwriting.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_parts.py" line="142"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_parts.py" line="238"/>
        <source>day</source>
        <extracomment>An answer of up to this many lines stays on the page of its question; a longer one keeps its first few lines there and runs on to the next page.</extracomment>
        <translation>dag</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_parts.py" line="239"/>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_parts.py" line="240"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_parts.py" line="276"/>
        <source>signature</source>
        <translation>handtekening</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_parts.py" line="278"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="171"/>
        <source>Meeting: {meeting}</source>
        <translation>Bijeenkomst: {meeting}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="181"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="182"/>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="349"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="193"/>
        <source>Filled in by:</source>
        <translation>Ingevuld door:</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="308"/>
        <source>growth</source>
        <translation>groei</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="310"/>
        <source>Growth: {name}</source>
        <translation>Groei: {name}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="320"/>
        <source>Forms: {count} (from {first} to {last}).</source>
        <translation>Formulieren: {count} (van {first} tot {last}).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="350"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="351"/>
        <source>Filled in by</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="352"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/form_pdf.py" line="375"/>
        <source>{form} · {name} · series</source>
        <translation>{form} · {name} · reeks</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../jiu_desktop/services/coach_reflections.py" line="55"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/coach_reflections.py" line="62"/>
        <source>This form is filled in for a participant.</source>
        <translation>Dit formulier vul je in voor een deelnemer.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_builtin.py" line="52"/>
        <source>could not be read ({detail})</source>
        <extracomment>By title, then slug. One line per problem of a file that was left out, naming the file and the place.</extracomment>
        <translation>kon niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_builtin.py" line="60"/>
        <source>{value} is not the file name (a built-in template is &lt;slug&gt;.json)</source>
        <translation>{value} is niet de bestandsnaam (een ingebouwd formulier heet &lt;slug&gt;.json)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="90"/>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="197"/>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="315"/>
        <location filename="../../jiu_desktop/services/form_responses.py" line="79"/>
        <source>Form</source>
        <extracomment>When this version was published (a built-in one: None). Every published version, by title then version (newest last). Built-in files that could not be read, each named with its place.</extracomment>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="100"/>
        <location filename="../../jiu_desktop/services/form_document.py" line="121"/>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="102"/>
        <source>{version} ({name})</source>
        <translation>{version} ({name})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="268"/>
        <source>{title} (copy)</source>
        <extracomment>A question key made from its text keeps this many words: readable, and short.</extracomment>
        <translation>{title} (kopie)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="271"/>
        <source>New form</source>
        <translation>Nieuw formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="279"/>
        <source>What went well?</source>
        <translation>Wat ging goed?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="281"/>
        <source>Part 1</source>
        <translation>Deel 1</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="318"/>
        <source>A published form does not change. Make a new version instead.</source>
        <translation>Een gepubliceerd formulier verandert niet. Maak een nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_catalogue.py" line="344"/>
        <source>A form needs at least one question.</source>
        <translation>Een formulier heeft minstens één vraag nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_check.py" line="54"/>
        <source>is not UTF-8 text</source>
        <extracomment>B1: a sentence of more words than this is hard to read. The template, when there are no errors.</extracomment>
        <translation>is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_check.py" line="62"/>
        <source>this is not valid JSON ({detail})</source>
        <translation>dit is geen geldige JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_check.py" line="94"/>
        <source>a form about the coach is filled in by &quot;coach&quot; only</source>
        <translation>een formulier over de coach vult alleen de coach in (&quot;coach&quot;)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_check.py" line="101"/>
        <source>{value} is not a question in this form</source>
        <translation>{value} is geen vraag in dit formulier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_check.py" line="104"/>
        <source>{value} must be a &quot;{expected}&quot; question, not &quot;{actual}&quot;</source>
        <translation>{value} moet een vraag van het soort &quot;{expected}&quot; zijn, niet &quot;{actual}&quot;</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_check.py" line="112"/>
        <source>{value} is used twice</source>
        <translation>{value} wordt twee keer gebruikt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_check.py" line="121"/>
        <source>starts with &quot;Waarom&quot;: ask what or how instead</source>
        <translation>begint met &quot;Waarom&quot;: vraag liever wat of hoe</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_check.py" line="126"/>
        <source>has a sentence of {count} words: keep sentences to {limit} words or fewer</source>
        <translation>heeft een zin van {count} woorden: houd zinnen op {limit} woorden of minder</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_handover.py" line="50"/>
        <source>This form does not lead to a dream tin.</source>
        <translation>Dit formulier leidt niet naar een droomblik.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_handover.py" line="53"/>
        <source>Fill in first what the young person would like; that is the dream.</source>
        <translation>Vul eerst in wat de jongere zou willen; dat is de droom.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="100"/>
        <source>This form is a coach&apos;s own reflection, not about a participant.</source>
        <translation>Dit formulier is een reflectie van de coach zelf, niet over een deelnemer.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="103"/>
        <location filename="../../jiu_desktop/services/form_responses.py" line="148"/>
        <source>Filled in by</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="106"/>
        <source>This form is not filled in by a {role}.</source>
        <translation>Dit formulier wordt niet ingevuld door: {role}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="111"/>
        <location filename="../../jiu_desktop/services/form_responses.py" line="153"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="140"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="143"/>
        <source>A form needs the date it was filled in.</source>
        <translation>Een formulier heeft de datum nodig waarop het is ingevuld.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="157"/>
        <source>A form response has no field “{field}”.</source>
        <translation>Een ingevuld formulier heeft geen veld ‘{field}’.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="173"/>
        <source>This form was made with a newer JIU Desktop. Update this laptop to fill it in.</source>
        <translation>Dit formulier is gemaakt met een nieuwere JIU Desktop. Werk deze laptop bij om het in te vullen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="214"/>
        <source>The form “{form}” has no question “{key}”.</source>
        <translation>Het formulier ‘{form}’ heeft geen vraag ‘{key}’.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="246"/>
        <source>“{question}” is signed on paper; it holds no answer.</source>
        <translation>‘{question}’ wordt op papier getekend; hier komt geen antwoord.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_responses.py" line="257"/>
        <source>{question}: “{value}” is not a possible answer.</source>
        <translation>{question}: ‘{value}’ is geen mogelijk antwoord.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="71"/>
        <source>is missing</source>
        <extracomment>A JSON place: field names and list indexes from the top of the document.</extracomment>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="78"/>
        <source>unknown field</source>
        <translation>onbekend veld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="89"/>
        <source>does not belong in a question of type &quot;{type}&quot;</source>
        <translation>hoort niet bij een vraag van het soort &quot;{type}&quot;</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="100"/>
        <source>{value} is not a question type (use one of: {types})</source>
        <translation>{value} is geen soort vraag (kies uit: {types})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="104"/>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} kan niet; kies uit: {choices}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="108"/>
        <source>must be {expected}, not {value}</source>
        <translation>moet {expected} zijn, niet {value}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="114"/>
        <source>{value} may only hold the letters a to z, digits and &quot;-&quot;</source>
        <translation>{value} mag alleen de letters a tot en met z, cijfers en &quot;-&quot; bevatten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="118"/>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="120"/>
        <source>needs exactly five labels, for 1 to 5</source>
        <translation>heeft precies vijf woorden nodig, voor 1 tot en met 5</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="124"/>
        <source>may hold at most {count} items</source>
        <translation>mag hoogstens {count} onderdelen hebben</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="126"/>
        <source>{value} is less than {limit}</source>
        <translation>{value} is kleiner dan {limit}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="128"/>
        <source>{value} is more than {limit}</source>
        <translation>{value} is groter dan {limit}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="130"/>
        <source>holds the same value twice</source>
        <translation>heeft twee keer hetzelfde</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="131"/>
        <source>does not fit the template format ({detail})</source>
        <translation>past niet in de vorm van een formulierbestand ({detail})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="138"/>
        <source>the file holds no form template (it must be one JSON object)</source>
        <translation>het bestand bevat geen formulier (het moet één JSON-object zijn)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="140"/>
        <source>{value} is not a text</source>
        <translation>{value} is geen tekst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="142"/>
        <source>{value} is not a whole number</source>
        <translation>{value} is geen heel getal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="144"/>
        <source>{value} is not true or false</source>
        <translation>{value} is niet true of false</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="146"/>
        <source>{value} is not a list</source>
        <translation>{value} is geen lijst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="147"/>
        <source>{value} is not an object</source>
        <translation>{value} is geen object</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="152"/>
        <source>needs at least two options</source>
        <translation>heeft minstens twee keuzes nodig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="154"/>
        <source>needs at least one section</source>
        <translation>heeft minstens één onderdeel nodig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="156"/>
        <source>needs at least one question</source>
        <translation>heeft minstens één vraag nodig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="158"/>
        <source>needs at least one respondent</source>
        <translation>heeft minstens één invuller nodig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/form_schema.py" line="159"/>
        <source>needs at least {count} items</source>
        <translation>heeft minstens {count} onderdelen nodig</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <location filename="../../jiu_desktop/services/memberships.py" line="59"/>
        <source>Group membership</source>
        <translation>Plek in een groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/memberships.py" line="187"/>
        <location filename="../../jiu_desktop/services/memberships.py" line="257"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/memberships.py" line="195"/>
        <location filename="../../jiu_desktop/services/memberships.py" line="255"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/memberships.py" line="239"/>
        <location filename="../../jiu_desktop/services/memberships.py" line="262"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/memberships.py" line="259"/>
        <source>A membership needs a start date.</source>
        <translation>Een plek in een groep heeft een begindatum nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/memberships.py" line="264"/>
        <source>Unknown field: {field}</source>
        <translation>Onbekend veld: {field}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/memberships.py" line="285"/>
        <source>A membership cannot end before it starts.</source>
        <translation>Een plek in een groep kan niet eindigen voordat die begint.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="45"/>
        <location filename="../../jiu_desktop/views/participants/group_history.py" line="85"/>
        <source>(group removed)</source>
        <translation>(groep verwijderd)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="48"/>
        <source>{group} ({start} – {end})</source>
        <translation>{group} ({start} – {end})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="51"/>
        <source>{group} (from {start})</source>
        <translation>{group} (vanaf {start})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/participants/group_field.py" line="54"/>
        <source>{group} (since {start})</source>
        <translation>{group} (sinds {start})</translation>
    </message>
</context>
<context>
    <name>house_style</name>
    <message>
        <location filename="../../jiu_desktop/printing/house_style.py" line="41"/>
        <source>page {n}</source>
        <translation>pagina {n}</translation>
    </message>
</context>
<context>
    <name>intake</name>
    <message>
        <location filename="../../jiu_desktop/services/intake.py" line="65"/>
        <source>Unknown field: {field}</source>
        <translation>Onbekend veld: {field}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/intake.py" line="76"/>
        <source>Income</source>
        <translation>Inkomen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/intake.py" line="78"/>
        <source>How to reach them</source>
        <translation>Zo bereik je de jongere</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/intake.py" line="81"/>
        <source>What the coach works on</source>
        <translation>Waar de coach mee helpt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/intake.py" line="124"/>
        <source>Subjects</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/intake.py" line="146"/>
        <source>A care worker needs an organisation or a first name.</source>
        <translation>Vul bij een hulpverlener een organisatie of een voornaam in.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/intake.py" line="158"/>
        <location filename="../../jiu_desktop/services/intake.py" line="167"/>
        <source>Care worker</source>
        <translation>Hulpverlener</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="57"/>
        <location filename="../../jiu_desktop/views/labels.py" line="147"/>
        <location filename="../../jiu_desktop/views/labels.py" line="170"/>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="148"/>
        <location filename="../../jiu_desktop/views/labels.py" line="158"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="149"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="150"/>
        <source>Dropped out</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="59"/>
        <location filename="../../jiu_desktop/views/labels.py" line="151"/>
        <location filename="../../jiu_desktop/views/labels.py" line="172"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="152"/>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="159"/>
        <source>Coaching conversation</source>
        <translation>Coachgesprek</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="160"/>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="161"/>
        <source>Reaching out</source>
        <translation>Er op af</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="162"/>
        <source>Consultation with services</source>
        <translation>Overleg hulpverlening</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="163"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="56"/>
        <location filename="../../jiu_desktop/views/labels.py" line="169"/>
        <source>Suggested</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="58"/>
        <location filename="../../jiu_desktop/views/labels.py" line="171"/>
        <source>Ongoing</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="60"/>
        <location filename="../../jiu_desktop/views/labels.py" line="173"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="192"/>
        <source>Intervision</source>
        <translation>Intervisie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="193"/>
        <source>Coordination with partners</source>
        <translation>Afstemmingsoverleg</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="194"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="21"/>
        <source>LSR</source>
        <translation>LSR</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="22"/>
        <source>LEV</source>
        <translation>LEV</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="23"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="24"/>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="29"/>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="49"/>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="68"/>
        <location filename="../../jiu_desktop/views/labels.py" line="195"/>
        <location filename="../../jiu_desktop/views/labels.py" line="228"/>
        <source>Something else</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="34"/>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="35"/>
        <source>Late</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="36"/>
        <source>Excused</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="37"/>
        <source>Absent without notice</source>
        <translation>Afwezig zonder bericht</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meeting_labels.py" line="38"/>
        <source>Not applicable</source>
        <translation>N.v.t.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="205"/>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="206"/>
        <source>Success</source>
        <translation>Succes</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="223"/>
        <source>Not known yet</source>
        <translation>Nog niet bekend</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="224"/>
        <source>Benefits</source>
        <translation>Uitkering</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="17"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="22"/>
        <source>LSR 2 diploma</source>
        <translation>Diploma LSR 2</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="23"/>
        <source>LSR 3 diploma</source>
        <translation>Diploma LSR 3</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="24"/>
        <location filename="../../jiu_desktop/views/labels.py" line="225"/>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="25"/>
        <source>Education or school</source>
        <translation>Opleiding / school</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="26"/>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="27"/>
        <source>Volunteer work</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="28"/>
        <source>Follow-up programme (e.g. 2GetThere)</source>
        <translation>Vervolgtraject (bv. 2GetThere)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="40"/>
        <source>Social services / Werkplein</source>
        <translation>Sociale dienst / Werkplein</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="41"/>
        <source>Neighbourhood team</source>
        <translation>Wijkteam</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="42"/>
        <source>Community police officer / police</source>
        <translation>Wijkagent / politie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="43"/>
        <source>Youth work</source>
        <translation>Jongerenwerk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="44"/>
        <source>Social work</source>
        <translation>Maatschappelijk werk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="45"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="46"/>
        <source>Probation service</source>
        <translation>Reclassering</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="47"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="48"/>
        <source>Signed up themselves</source>
        <translation>Zelf aangemeld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="62"/>
        <source>Found work</source>
        <translation>Werk gevonden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="63"/>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="64"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="65"/>
        <source>Detention</source>
        <translation>Detentie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="66"/>
        <source>Moved away</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcome_labels.py" line="67"/>
        <source>Lost contact</source>
        <translation>Uit beeld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="226"/>
        <source>Student finance</source>
        <translation>Studiefinanciering</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="227"/>
        <source>No income</source>
        <translation>Geen inkomen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="239"/>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="240"/>
        <source>App</source>
        <translation>Appen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="241"/>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="242"/>
        <source>Visit</source>
        <translation>Langsgaan</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="289"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="290"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="291"/>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="292"/>
        <source>Group member</source>
        <translation>Groepsgenoot</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="15"/>
        <source>Housing and surroundings</source>
        <translation>Wonen en woonomgeving</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="16"/>
        <source>Work and daytime activities</source>
        <translation>Werk en dagbesteding</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="17"/>
        <source>Income and material situation</source>
        <translation>Inkomen en materiële situatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="20"/>
        <source>Learning and personal growth</source>
        <translation>Ontwikkeling en persoonlijke ontplooiing</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="22"/>
        <source>Health and physical well-being</source>
        <translation>Gezondheid en lichamelijk welbevinden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="23"/>
        <source>Meaning and religion</source>
        <translation>Zingeving en religie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="24"/>
        <source>Well-being and welfare</source>
        <translation>Welbevinden/welzijn</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="36"/>
        <source>Overall</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="261"/>
        <source>Working on it</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="262"/>
        <source>Came true</source>
        <translation>Uitgekomen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="263"/>
        <source>Let go</source>
        <translation>Losgelaten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="274"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="275"/>
        <source>Taken</source>
        <translation>Gezet</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="276"/>
        <source>Adjusted</source>
        <translation>Bijgesteld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="277"/>
        <source>Went otherwise</source>
        <translation>Anders gelopen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="18"/>
        <source>Getting around</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="19"/>
        <source>Free time</source>
        <translation>Vrije tijd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/domain_labels.py" line="21"/>
        <source>Social contacts</source>
        <translation>Sociale contacten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="253"/>
        <source>Given</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/labels.py" line="254"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>laptops</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="56"/>
        <source>not yet</source>
        <extracomment>Asks whether to take ``device`` out of the team and does so; True when it was taken out. Rows shown before the list scrolls (the Settings must fit a laptop screen). The widest the list asks to be (a longer name is cut short in its middle).</extracomment>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="61"/>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="25"/>
        <source>today at {time}</source>
        <translation>vandaag om {time}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="63"/>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="65"/>
        <source>{count} days ago</source>
        <translation>{count} dagen geleden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="68"/>
        <source>on {day} {month}</source>
        <translation>op {day} {month}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="69"/>
        <source>on {day} {month} {year}</source>
        <translation>op {day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="77"/>
        <source>Laptop without a name ({device})</source>
        <translation>Laptop zonder naam ({device})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="86"/>
        <source>taken out of the team</source>
        <translation>uit het team gehaald</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="88"/>
        <source>this laptop</source>
        <translation>deze laptop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="90"/>
        <source>1 file missing</source>
        <translation>1 bestand ontbreekt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="92"/>
        <source>{count} files missing</source>
        <translation>{count} bestanden ontbreken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_laptops.py" line="100"/>
        <source>Sync files of this laptop are missing from the folder or server ({count}); their changes arrive once it syncs again.</source>
        <translation>Er ontbreken synchronisatiebestanden van deze laptop in de map of op de server ({count}); de wijzigingen erin komen aan zodra die laptop weer synchroniseert.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="27"/>
        <source>yesterday at {time}</source>
        <translation>gisteren om {time}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="30"/>
        <source>on {day} {month} at {time}</source>
        <translation>op {day} {month} om {time}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="33"/>
        <source>on {day} {month} {year} at {time}</source>
        <translation>op {day} {month} {year} om {time}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="44"/>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="45"/>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="55"/>
        <source>No snapshot yet. Once a day a laptop of the team makes one by itself; older sync files are cleared away after that.</source>
        <translation>Nog geen momentopname. Eens per dag maakt een laptop van het team er vanzelf een; daarna worden oudere synchronisatiebestanden opgeruimd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="63"/>
        <source>Latest snapshot: {when}, by this laptop; older sync files are cleared away.</source>
        <translation>Laatste momentopname: {when}, door deze laptop; oudere synchronisatiebestanden worden opgeruimd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="69"/>
        <source>laptop {device}</source>
        <translation>laptop {device}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="73"/>
        <source>Latest snapshot: {when}, by {laptop}; older sync files are cleared away.</source>
        <translation>Laatste momentopname: {when}, door {laptop}; oudere synchronisatiebestanden worden opgeruimd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/team_snapshots.py" line="80"/>
        <source>The data of an erased participant may still be in older sync files in the folder or on the server; it is gone from there by {date} at the latest.</source>
        <translation>De gegevens van een gewiste deelnemer kunnen nog in oudere synchronisatiebestanden in de map of op de server staan; uiterlijk op {date} zijn ze daar weg.</translation>
    </message>
</context>
<context>
    <name>map_commands</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/commands.py" line="82"/>
        <source>Change line</source>
        <extracomment>``QUndoCommand.id`` of a thickness change, so steps on one person merge.</extracomment>
        <translation>Lijn veranderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/commands.py" line="101"/>
        <source>Move person</source>
        <translation>Persoon verplaatsen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/commands.py" line="107"/>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/commands.py" line="139"/>
        <source>Delete person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/commands.py" line="176"/>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/commands.py" line="217"/>
        <source>Change step</source>
        <translation>Stap veranderen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/commands.py" line="235"/>
        <source>Delete step</source>
        <translation>Stap verwijderen</translation>
    </message>
</context>
<context>
    <name>map_compare</name>
    <message>
        <location filename="../../jiu_desktop/services/map_compare.py" line="74"/>
        <source>was “{old}”</source>
        <extracomment>Trust as an order, to say whether it grew. +1 thicker line / trust gained, -1 thinner / lost, 0 neither (for colouring).</extracomment>
        <translation>was “{old}”</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_compare.py" line="77"/>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_compare.py" line="83"/>
        <source>line {old} → {new}</source>
        <translation>lijn {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_compare.py" line="89"/>
        <source>trust {old} → {new}</source>
        <translation>vertrouwen {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_compare.py" line="96"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_compare.py" line="98"/>
        <source>annotations {old} → {new}</source>
        <translation>aantekeningen {old} → {new}</translation>
    </message>
</context>
<context>
    <name>map_labels</name>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="13"/>
        <source>family</source>
        <translation>familie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="14"/>
        <source>friends/acquaintances</source>
        <translation>vrienden/kennissen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="15"/>
        <source>school/work</source>
        <translation>school/werk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="16"/>
        <source>care/professionals</source>
        <translation>hulpverlening/professionals</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="17"/>
        <source>pet</source>
        <translation>huisdier</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="18"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="19"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="25"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="26"/>
        <source>towards them</source>
        <translation>naar de persoon</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="27"/>
        <source>mutual</source>
        <translation>wederzijds</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="33"/>
        <source>deceased</source>
        <translation>overleden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="34"/>
        <source>out of the picture</source>
        <translation>uit beeld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="35"/>
        <source>argument</source>
        <translation>ruzie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="41"/>
        <source>not told yet</source>
        <translation>nog niet besproken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="42"/>
        <source>it worked</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/map_labels.py" line="43"/>
        <source>still obstacles</source>
        <translation>nog belemmeringen</translation>
    </message>
</context>
<context>
    <name>map_pdf</name>
    <message>
        <location filename="../../jiu_desktop/printing/map_drawing.py" line="218"/>
        <source>the thicker, the better the relation</source>
        <extracomment>The painter&apos;s colours (``views/network_map/painter.py``). The map is never drawn larger than on the screen&apos;s 1:1 millimetres. Draws one legend row from the top it is given.</extracomment>
        <translation>hoe dikker, hoe beter de relatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_drawing.py" line="222"/>
        <source>trusts</source>
        <translation>vertrouwt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_drawing.py" line="223"/>
        <source>mutual trust</source>
        <translation>wederzijds vertrouwen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_drawing.py" line="233"/>
        <source>wants to improve this connection</source>
        <translation>wil deze verbinding verbeteren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_drawing.py" line="259"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="83"/>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="86"/>
        <source>version {number} · {date}</source>
        <translation>versie {number} · {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="90"/>
        <source>coach: {name}</source>
        <translation>coach: {name}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="99"/>
        <source>Version for the participant</source>
        <translation>Versie voor de deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="101"/>
        <source>Coach&apos;s version: confidential</source>
        <translation>Versie voor de coach: vertrouwelijk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="156"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="157"/>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="158"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="159"/>
        <source>Feedback</source>
        <translation>Terugkoppeling</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="188"/>
        <source>Improve a connection</source>
        <translation>Verbinding verbeteren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="193"/>
        <source>Which connection would you like to improve? Write down the steps: what, with whom, when. Afterwards: did the plan work, or are there still obstacles?</source>
        <translation>Welke verbinding wil je verbeteren? Schrijf de stappen op: wat, met wie, wanneer. Daarna: is het plan gelukt, of zijn er nog belemmeringen?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="204"/>
        <source>How did it go?</source>
        <translation>Hoe ging het?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="209"/>
        <source>Connection with:</source>
        <translation>Verbinding met:</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="237"/>
        <source>For the coach only: not for the participant</source>
        <translation>Alleen voor de coach: niet voor de deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="314"/>
        <source>What changed from version {a} ({a_date}) to version {b} ({b_date})</source>
        <translation>Wat er veranderd is van versie {a} ({a_date}) naar versie {b} ({b_date})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="329"/>
        <source>New on the map</source>
        <translation>Nieuw op de kaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="330"/>
        <source>Changed</source>
        <translation>Veranderd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="331"/>
        <source>No longer on the map</source>
        <translation>Niet meer op de kaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/map_pdf.py" line="339"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>map_versions</name>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="30"/>
        <source>Version {number}</source>
        <translation>Versie {number}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="38"/>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/network_map/versions.py" line="40"/>
        <source>{n} persons</source>
        <translation>{n} personen</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="90"/>
        <source>{field}: fill in a time, such as 13:00.</source>
        <extracomment>A roster runs for at most a year. Participants in the group today. Meetings on or before today that did not get *gaat niet door*. Every meeting of the group (held, to come and cancelled).</extracomment>
        <translation>{field}: vul een tijd in, zoals 13:00.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="98"/>
        <source>{field}: “{value}” is not a time, such as 13:00.</source>
        <translation>{field}: “{value}” is geen tijd zoals 13:00.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="107"/>
        <source>A meeting cannot end before it starts.</source>
        <translation>Een bijeenkomst kan niet eindigen voordat hij begint.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="114"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="116"/>
        <location filename="../../jiu_desktop/services/meetings.py" line="262"/>
        <source>A meeting needs a date.</source>
        <translation>Een bijeenkomst heeft een datum nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="119"/>
        <location filename="../../jiu_desktop/services/meetings.py" line="330"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="121"/>
        <location filename="../../jiu_desktop/services/meetings.py" line="331"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="123"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="129"/>
        <location filename="../../jiu_desktop/services/meetings.py" line="199"/>
        <source>Unknown field: {field}</source>
        <translation>Onbekend veld: {field}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="134"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="138"/>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="192"/>
        <location filename="../../jiu_desktop/services/meetings.py" line="321"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="194"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="323"/>
        <source>A roster needs a first day.</source>
        <translation>Een rooster heeft een eerste dag nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="326"/>
        <source>A roster runs for 1 to {most} weeks.</source>
        <translation>Een rooster duurt 1 tot {most} weken.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="329"/>
        <source>Choose at least one day of the week.</source>
        <translation>Kies minstens één dag van de week.</translation>
    </message>
</context>
<context>
    <name>network_map</name>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="76"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="114"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="129"/>
        <source>Participant</source>
        <extracomment>The fields of a person that a service may set (``position`` as an (x, y) pair in mm).</extracomment>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="96"/>
        <source>Network map version</source>
        <translation>Versie van de netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="104"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="173"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="181"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="188"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="277"/>
        <source>Network map</source>
        <translation>Netwerkkaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="171"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="247"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="364"/>
        <source>Unknown field: {field}</source>
        <translation>Onbekend veld: {field}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="218"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="309"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="324"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="376"/>
        <source>Person on the map</source>
        <translation>Persoon op de kaart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="231"/>
        <source>Who they are</source>
        <translation>Wie het is</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="234"/>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="238"/>
        <source>Annotations</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="241"/>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="250"/>
        <source>Write who it is: a first name or a role (“moeder”).</source>
        <translation>Schrijf op wie het is: een voornaam of een rol (“moeder”).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="259"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="263"/>
        <source>A position is two numbers.</source>
        <translation>Een plek is twee getallen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="265"/>
        <source>That position lies far off the map.</source>
        <translation>Die plek ligt ver buiten de kaart.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="358"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="414"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="361"/>
        <source>How it went</source>
        <translation>Hoe het ging</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="366"/>
        <source>Write down the step in a few words.</source>
        <translation>Schrijf de stap in een paar woorden op.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="389"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="407"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/network_map.py" line="416"/>
        <source>A network map cannot be dated in the future.</source>
        <translation>Een netwerkkaart kan geen datum in de toekomst hebben.</translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <location filename="../../jiu_desktop/services/notes.py" line="38"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/notes.py" line="40"/>
        <source>A note needs a date.</source>
        <translation>Een notitie heeft een datum nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/notes.py" line="43"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/notes.py" line="47"/>
        <source>Due date</source>
        <translation>Uiterlijke datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/notes.py" line="51"/>
        <source>Unknown field: {field}</source>
        <translation>Onbekend veld: {field}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/notes.py" line="68"/>
        <location filename="../../jiu_desktop/services/notes.py" line="84"/>
        <location filename="../../jiu_desktop/services/notes.py" line="93"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <location filename="../../jiu_desktop/services/outcomes.py" line="42"/>
        <source>Participant (age {age}), {year}</source>
        <extracomment>The consent kind a quote needs, besides its own yes, to be used in a report.</extracomment>
        <translation>Deelnemer ({age} jaar), {year}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcomes.py" line="45"/>
        <source>Participant, {year}</source>
        <translation>Deelnemer, {year}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcomes.py" line="65"/>
        <location filename="../../jiu_desktop/services/outcomes.py" line="93"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcomes.py" line="65"/>
        <source>Quote</source>
        <translation>Uitspraak</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcomes.py" line="95"/>
        <location filename="../../jiu_desktop/services/outcomes.py" line="156"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcomes.py" line="97"/>
        <source>A result needs a date; roughly is fine.</source>
        <translation>Een resultaat heeft een datum nodig; ongeveer is goed.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcomes.py" line="102"/>
        <location filename="../../jiu_desktop/services/outcomes.py" line="165"/>
        <source>Unknown field: {field}</source>
        <translation>Onbekend veld: {field}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcomes.py" line="121"/>
        <source>Choose what the result is.</source>
        <translation>Kies wat het resultaat is.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcomes.py" line="154"/>
        <source>Write down what they said.</source>
        <translation>Schrijf op wat de jongere zei.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/outcomes.py" line="158"/>
        <source>A quote needs the date it was said.</source>
        <translation>Een uitspraak heeft de datum nodig waarop die gezegd is.</translation>
    </message>
</context>
<context>
    <name>participants</name>
    <message>
        <location filename="../../jiu_desktop/services/attendance.py" line="179"/>
        <location filename="../../jiu_desktop/services/consent.py" line="187"/>
        <location filename="../../jiu_desktop/services/consent.py" line="248"/>
        <location filename="../../jiu_desktop/services/consent.py" line="256"/>
        <location filename="../../jiu_desktop/services/consent.py" line="269"/>
        <location filename="../../jiu_desktop/services/erasure.py" line="24"/>
        <location filename="../../jiu_desktop/services/exchange.py" line="47"/>
        <location filename="../../jiu_desktop/services/form_responses.py" line="109"/>
        <location filename="../../jiu_desktop/services/intake.py" line="60"/>
        <location filename="../../jiu_desktop/services/memberships.py" line="54"/>
        <location filename="../../jiu_desktop/services/notes.py" line="75"/>
        <location filename="../../jiu_desktop/services/outcomes.py" line="56"/>
        <location filename="../../jiu_desktop/services/participants.py" line="140"/>
        <location filename="../../jiu_desktop/services/talents.py" line="67"/>
        <source>Participant</source>
        <extracomment>Choices that may be left open: &apos;&apos; is their first declared code (&quot;not filled in&quot;). ``left_reason`` is for the coaches only; it is kept when the status changes back. A status put back to the one before within this time, on the laptop that set it, was a slip (a wheel turn, a wrong click): its step is dropped, so it counts nowhere.</extracomment>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/participants.py" line="150"/>
        <location filename="../../jiu_desktop/services/participants.py" line="303"/>
        <source>Unknown field: {field}</source>
        <translation>Onbekend veld: {field}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/participants.py" line="162"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/participants.py" line="165"/>
        <source>Intake date</source>
        <translation>Intakedatum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/participants.py" line="168"/>
        <location filename="../../jiu_desktop/services/participants.py" line="299"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/participants.py" line="181"/>
        <source>Referred via</source>
        <translation>Aangemeld via</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/participants.py" line="182"/>
        <source>Why stopped</source>
        <translation>Waarom gestopt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/participants.py" line="201"/>
        <location filename="../../jiu_desktop/services/participants.py" line="230"/>
        <source>A participant needs at least a first name.</source>
        <translation>Een deelnemer heeft minstens een voornaam nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/participants.py" line="296"/>
        <source>Referral date</source>
        <translation>Datum van verwijzing</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/participants.py" line="311"/>
        <source>A referral needs an organisation.</source>
        <translation>Een verwijzing heeft een organisatie nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/participants.py" line="322"/>
        <location filename="../../jiu_desktop/services/participants.py" line="331"/>
        <source>Referral</source>
        <translation>Verwijzing</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <location filename="../../jiu_desktop/services/preferences.py" line="41"/>
        <source>Unknown language: {lang}</source>
        <extracomment>A printer offset larger than this (mm, either way) is a typing error, not a printer. Moves everything printed on a sticker sheet right (x) and down (y), in mm.</extracomment>
        <translation>Onbekende taal: {lang}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/preferences.py" line="45"/>
        <source>Auto-lock must be between {low} and {high} minutes.</source>
        <translation>Automatisch vergrendelen moet tussen {low} en {high} minuten liggen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/preferences.py" line="51"/>
        <source>The printer offset must be between -{most} and {most} mm.</source>
        <translation>De verschuiving van de printer moet tussen -{most} en {most} mm liggen.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../jiu_desktop/printing/to_printer.py" line="25"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/printing.py" line="27"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/printing.py" line="46"/>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/printing.py" line="48"/>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/printing.py" line="61"/>
        <source>Cannot save there: {reason}</source>
        <translation>Kan daar niet opslaan: {reason}</translation>
    </message>
</context>
<context>
    <name>profile</name>
    <message>
        <location filename="../../jiu_desktop/services/profile.py" line="31"/>
        <source>The passphrase needs at least {n} characters.</source>
        <translation>De wachtwoordzin moet minstens {n} tekens hebben.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/cli/profile.py" line="20"/>
        <location filename="../../jiu_desktop/services/profile.py" line="72"/>
        <source>The profile needs a name.</source>
        <translation>Het profiel heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>recovery_sheet</name>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="66"/>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="75"/>
        <source>JIU Desktop recovery key</source>
        <translation>Herstelsleutel JIU Desktop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="79"/>
        <source>Profile: {name} · made on {date}</source>
        <translation>Profiel: {name} · gemaakt op {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="92"/>
        <source>With this key you can open your JIU Desktop profile when you have forgotten your passphrase. Nobody else can do that for you: without the passphrase and without this key, the data cannot be recovered.</source>
        <translation>Met deze sleutel open je je JIU Desktop-profiel als je je wachtwoordzin bent vergeten. Niemand anders kan dat voor je doen: zonder wachtwoordzin en zonder deze sleutel zijn de gegevens niet terug te halen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="110"/>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="120"/>
        <source>Where to keep it</source>
        <translation>Waar bewaar je hem</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="121"/>
        <source>On paper, in a locked drawer or with the project coordinator: not in the laptop bag, not as a photo on your phone, not in an email.</source>
        <translation>Op papier, in een afgesloten la of bij de projectcoördinator: niet in de laptoptas, niet als foto op je telefoon, niet in een e-mail.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="128"/>
        <source>When you need it</source>
        <translation>Wanneer heb je hem nodig</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="129"/>
        <source>On the unlock screen choose “Forgot passphrase?”, type this key (capitals and dashes do not matter) and choose a new passphrase. The key stays valid.</source>
        <translation>Kies op het ontgrendelscherm “Wachtwoordzin vergeten?”, typ deze sleutel over (hoofdletters en streepjes maken niet uit) en kies een nieuwe wachtwoordzin. De sleutel blijft geldig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="136"/>
        <source>If it is lost</source>
        <translation>Als hij kwijt is</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="137"/>
        <source>As long as you know your passphrase, nothing is lost. Tell your coordinator; a new profile with a new key can be made and your data moved to it.</source>
        <translation>Zolang je je wachtwoordzin weet, is er niets verloren. Meld het bij je coördinator; er kan een nieuw profiel met een nieuwe sleutel gemaakt worden waar je gegevens naartoe gaan.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="157"/>
        <source>Name of the coach</source>
        <translation>Naam van de coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="159"/>
        <source>Date and signature</source>
        <translation>Datum en handtekening</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/recovery_sheet.py" line="165"/>
        <source>JIU Desktop · Jong in Uitvoering · keep this sheet confidential</source>
        <translation>JIU Desktop · Jong in Uitvoering · bewaar dit blad vertrouwelijk</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../jiu_desktop/printing/report_parts.py" line="110"/>
        <location filename="../../jiu_desktop/services/report_files.py" line="115"/>
        <source>Total</source>
        <extracomment>A column of numbers, and the most a table&apos;s first column takes.</extracomment>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_parts.py" line="133"/>
        <source>Nothing to count.</source>
        <translation>Niets te tellen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="63"/>
        <location filename="../../jiu_desktop/services/report_files.py" line="90"/>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="86"/>
        <source>page {n} of {total}</source>
        <translation>pagina {n} van {total}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="107"/>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="150"/>
        <source>Report to funders</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="130"/>
        <source>made on {day}</source>
        <translation>gemaakt op {day}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="154"/>
        <source>What the project reached in this period. The report names nobody: small numbers in the tables are hidden. How everything was counted is on the last page (How we counted).</source>
        <translation>Wat het project in deze periode bereikte. In het verslag staat niemand met naam: kleine aantallen in de tabellen zijn verborgen. Hoe alles geteld is, staat op de laatste pagina (Zo is geteld).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="172"/>
        <source>From registration to completion</source>
        <translation>Van aanmelding tot afronding</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="182"/>
        <location filename="../../jiu_desktop/services/report_explained.py" line="73"/>
        <source>Participation spiral</source>
        <translation>Participatiespiraal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="196"/>
        <source>Outflow and results</source>
        <translation>Uitstroom en resultaten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="215"/>
        <location filename="../../jiu_desktop/services/report_explained.py" line="139"/>
        <location filename="../../jiu_desktop/services/report_files.py" line="103"/>
        <source>Quotes</source>
        <translation>Uitspraken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="217"/>
        <source>No quotes with consent in this period.</source>
        <translation>Geen uitspraken met toestemming in deze periode.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/report_pdf.py" line="249"/>
        <source>How we counted</source>
        <translation>Zo is geteld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report.py" line="117"/>
        <source>Group</source>
        <extracomment>The name on the report when the team has not given one. The marks that count (every mark at a meeting held, except n.v.t.). Present (aanwezig or te laat) / marks; None without marks. The chosen group&apos;s name, None for all groups. Small numbers shown: for internal use only.</extracomment>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report.py" line="124"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report.py" line="125"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report.py" line="127"/>
        <source>A report needs a start and an end date.</source>
        <translation>Een verslag heeft een begin- en een einddatum nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report.py" line="129"/>
        <source>The end of the period lies before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report.py" line="169"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="68"/>
        <source>Registered by referral source</source>
        <translation>Aangemeld per verwijzer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="70"/>
        <source>Registered</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="90"/>
        <source>No group</source>
        <translation>Geen groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="108"/>
        <source>Reach per group</source>
        <translation>Bereik per groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="111"/>
        <source>In the group</source>
        <translation>In de groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="112"/>
        <location filename="../../jiu_desktop/services/report_labels.py" line="22"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="113"/>
        <location filename="../../jiu_desktop/services/report_labels.py" line="24"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="118"/>
        <source>In the group: on at least one day of the period. Someone in two groups counts in both.</source>
        <translation>In de groep: op minstens één dag van de periode. Wie in twee groepen zat, telt in allebei.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="130"/>
        <source>Participation spiral: movement per domain</source>
        <translation>Participatiespiraal: beweging per levensgebied</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="135"/>
        <source>Each row: the participants measured on that domain in the period.</source>
        <translation>Elke rij: de deelnemers die in de periode op dat levensgebied gemeten zijn.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="147"/>
        <source>Overall: steps at the first and the last measurement</source>
        <translation>Algemeen: trede bij de eerste en de laatste meting</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="150"/>
        <source>First measurement</source>
        <translation>Eerste meting</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="151"/>
        <source>Last measurement</source>
        <translation>Laatste meting</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="163"/>
        <source>Attendance per group</source>
        <translation>Aanwezigheid per groep</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="167"/>
        <source>Participants by their own attendance in the group. Someone in two groups counts in both.</source>
        <translation>Deelnemers naar hun eigen aanwezigheid in de groep. Wie in twee groepen zat, telt in allebei.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="177"/>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="233"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="178"/>
        <source>Non-participants</source>
        <translation>Niet-deelnemers</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="188"/>
        <source>Referrals in the period by status</source>
        <translation>Doorverwijzingen in de periode, per status</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="192"/>
        <source>The number of referrals, not of young people.</source>
        <translation>Het aantal doorverwijzingen, niet het aantal jongeren.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="201"/>
        <source>Young people referred in the period</source>
        <translation>Doorverwezen jongeren in de periode</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="203"/>
        <source>Young people</source>
        <translation>Jongeren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="214"/>
        <location filename="../../jiu_desktop/services/report_explained.py" line="116"/>
        <source>Reasons for dropping out</source>
        <translation>Redenen van afhaken</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="216"/>
        <location filename="../../jiu_desktop/services/report_labels.py" line="26"/>
        <source>Dropped out</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_breakdowns.py" line="231"/>
        <source>Results by kind</source>
        <translation>Resultaten per soort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="15"/>
        <source>Everyone in the profile. Deleted data never counts; someone whose data was erased is in no number any more.</source>
        <translation>Iedereen in het profiel. Verwijderde gegevens tellen nooit mee. Wie gewist is, zit in geen enkel getal meer.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="21"/>
        <source>Everyone who was in the group “{group}” on at least one day of the period, and the meetings of that group. Deleted data never counts; someone whose data was erased is in no number any more.</source>
        <translation>Iedereen die op minstens één dag van de periode in de groep “{group}” zat, en de bijeenkomsten van die groep. Verwijderde gegevens tellen nooit mee. Wie gewist is, zit in geen enkel getal meer.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="29"/>
        <location filename="../../jiu_desktop/services/report_files.py" line="87"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="30"/>
        <source>From {start} up to and including {end}. The dates come from the status history: the day a status changed.</source>
        <translation>Van {start} tot en met {end}. De datums komen uit de statusgeschiedenis: de dag waarop een status veranderde.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="36"/>
        <source>Who is counted</source>
        <translation>Wie tellen mee</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="38"/>
        <location filename="../../jiu_desktop/services/report_labels.py" line="20"/>
        <source>Registered or referred</source>
        <translation>Aangemeld of verwezen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="39"/>
        <source>The first status change lies in the period.</source>
        <translation>De eerste statuswijziging valt in de periode.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="42"/>
        <source>Intake, started, completed, dropped out, aftercare</source>
        <translation>Intake, gestart, afgerond, afgehaakt, nazorg</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="43"/>
        <source>A change to that status lies in the period. Started means: the status became Active.</source>
        <translation>Een wijziging naar die status valt in de periode. Gestart betekent: de status werd Actief.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="50"/>
        <location filename="../../jiu_desktop/services/report_labels.py" line="25"/>
        <source>of whom with a diploma</source>
        <translation>van wie met diploma</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="51"/>
        <source>Completed in the period, with a diploma LSR 2 or LSR 3 on record by the end of the period.</source>
        <translation>Afgerond in de periode, met een diploma LSR 2 of LSR 3 dat er aan het eind van de periode staat.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="58"/>
        <location filename="../../jiu_desktop/services/report_labels.py" line="28"/>
        <source>Registered but not started</source>
        <translation>Aangemeld maar niet gestart</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="59"/>
        <source>Registered in the period and never Active up to the end of the period.</source>
        <translation>Aangemeld in de periode en tot het eind van de periode nooit Actief.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="65"/>
        <location filename="../../jiu_desktop/services/report_labels.py" line="29"/>
        <source>Still in contact</source>
        <translation>Nog in contact</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="66"/>
        <source>Started at some time up to the end of the period, and a conversation note in the last {days} days of the period.</source>
        <translation>Ooit gestart (tot het eind van de periode), en een gespreksnotitie in de laatste {days} dagen van de periode.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="74"/>
        <source>Per life domain, and overall. The first measurement up to the end of the period is the starting point. The last measurement counts when it lies in the period and on a later day than the first. Rose: the last step is higher than the first. Someone first measured in the period counts as “one measurement”. Two measurements on the same day count as one.</source>
        <translation>Per levensgebied en algemeen. De eerste meting tot het eind van de periode is het beginpunt. De laatste meting telt als die in de periode valt en op een latere dag dan de eerste. Gestegen: de laatste trede is hoger dan de eerste. Wie in de periode voor het eerst gemeten is, telt als “één meting”. Twee metingen op dezelfde dag tellen als één.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="84"/>
        <source>Steps at the first and the last measurement</source>
        <translation>Trede bij de eerste en de laatste meting</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="85"/>
        <source>Of those measured on two days or more on Overall: the step at the first and at the last measurement.</source>
        <translation>Van wie op twee of meer dagen gemeten is op Algemeen: de trede bij de eerste en bij de laatste meting.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="92"/>
        <location filename="../../jiu_desktop/services/report_text.py" line="55"/>
        <location filename="../../jiu_desktop/services/report_text.py" line="65"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="93"/>
        <source>Meetings held: the meetings in the period that went ahead. Attendance: present plus late, divided by every mark except “not applicable”, over the meetings that went ahead. The bands use each participant&apos;s own attendance in a group; someone in two groups counts in both.</source>
        <translation>Bijeenkomsten gehouden: de bijeenkomsten in de periode die doorgingen. Aanwezigheid: aanwezig plus te laat, gedeeld door alle markeringen behalve “n.v.t.”, bij de bijeenkomsten die doorgingen. De groepen (80 % of meer enzovoort) gaan uit van de eigen aanwezigheid van elke deelnemer in een groep. Wie in twee groepen zat, telt in allebei.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="102"/>
        <source>Reaching out (er op af)</source>
        <translation>Er op af</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="103"/>
        <source>The conversation notes of the kind Reaching out dated in the period.</source>
        <translation>De gespreksnotities van de soort Er op af met een datum in de periode.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="108"/>
        <location filename="../../jiu_desktop/services/report_text.py" line="66"/>
        <source>Referrals</source>
        <translation>Doorverwijzingen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="109"/>
        <source>A referral counts when its date lies in the period. A non-participant was never Active up to the end of the period.</source>
        <translation>Een doorverwijzing telt als de datum in de periode valt. Een niet-deelnemer was tot het eind van de periode nooit Actief.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="117"/>
        <source>Of those who dropped out in the period: the reason on their record.</source>
        <translation>Van wie in de periode afhaakte: de reden die bij hen staat.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="123"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="124"/>
        <source>Per kind: the participants with a result of that kind dated in the period. A result without a date is not counted.</source>
        <translation>Per soort: de deelnemers met een resultaat van die soort met een datum in de periode. Een resultaat zonder datum telt niet mee.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="131"/>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="132"/>
        <source>Coaches with at least one participant who was Active on a day in the period (the coach the participant has now).</source>
        <translation>Coaches met minstens één deelnemer die op een dag in de periode Actief was (de coach die de deelnemer nu heeft).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="140"/>
        <source>Only quotes said in the period and marked “may be used in reports”, of participants whose consent for anonymous quotes stood at the end of the period and still stands. Only the text and how it is signed.</source>
        <translation>Alleen uitspraken uit de periode met “mag gebruikt worden in verslagen”, van deelnemers die aan het eind van de periode toestemming gaven voor anonieme uitspraken, en die toestemming nog steeds geven. Alleen de tekst en de ondertekening.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="147"/>
        <source>Small numbers</source>
        <translation>Kleine aantallen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="149"/>
        <source>Nothing about persons</source>
        <translation>Niets over personen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="150"/>
        <source>The report holds no names, dates of birth, addresses, ids or exact dates of participants, and no text about them except quotes given with consent.</source>
        <translation>In het verslag staan geen namen, geboortedata, adressen, nummers of precieze datums van deelnemers, en geen tekst over hen, behalve uitspraken met toestemming.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="161"/>
        <source>This report shows every number, also 1 and 2. It is for internal use only: do not share it.</source>
        <translation>Dit verslag laat elk getal zien, ook 1 en 2. Het is alleen voor intern gebruik: deel het niet.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_explained.py" line="166"/>
        <source>No number in a table can be traced to a person: 1 or 2 is shown as &lt;3. When a row or a column then has just one hidden number, the next smallest is hidden too (•), so it cannot be worked out from the total. 0 stays 0. The counts of Reach are shown as they are.</source>
        <translation>Geen getal in een tabel is terug te voeren op een persoon: 1 of 2 staat er als &lt;3. Heeft een rij of kolom dan maar één verborgen getal, dan is het op één na kleinste ook verborgen (•). Zo kun je het niet uitrekenen met het totaal. 0 blijft 0. De aantallen bij Bereik staan er zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_files.py" line="84"/>
        <source>{team} — report to funders</source>
        <translation>{team} — verantwoording</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_files.py" line="90"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_files.py" line="92"/>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_files.py" line="96"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_files.py" line="96"/>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_files.py" line="104"/>
        <source>Quote</source>
        <translation>Uitspraak</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_files.py" line="104"/>
        <source>Signed as</source>
        <translation>Ondertekend als</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="21"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="23"/>
        <source>Started (up to the end of the period)</source>
        <translation>Gestart (tot het eind van de periode)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="27"/>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="30"/>
        <source>Reaching-out contacts (er op af)</source>
        <translation>Er-op-af-contacten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="31"/>
        <source>Coaches with an active participant</source>
        <translation>Coaches met een actieve deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="50"/>
        <source>Not filled in</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="76"/>
        <source>Rose</source>
        <translation>Gestegen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="77"/>
        <source>Same</source>
        <translation>Gelijk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="78"/>
        <source>Lower</source>
        <translation>Gedaald</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="79"/>
        <source>One measurement</source>
        <translation>Eén meting</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="85"/>
        <source>80 % or more</source>
        <translation>80 % of meer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="86"/>
        <source>50–79 %</source>
        <translation>50–79 %</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="87"/>
        <source>Below 50 %</source>
        <translation>Minder dan 50 %</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_labels.py" line="93"/>
        <source>INTERNAL — do not share</source>
        <translation>INTERN — niet delen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_text.py" line="53"/>
        <source>Meetings held</source>
        <extracomment>How a number hidden because of another one is shown on paper and in the CSV. The headline counts of Reach, in the order of the report (the funnel first).</extracomment>
        <translation>Bijeenkomsten gehouden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_text.py" line="54"/>
        <source>Meetings that did not go ahead</source>
        <translation>Bijeenkomsten die niet doorgingen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_text.py" line="56"/>
        <source>Marks counted</source>
        <translation>Markeringen geteld</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_text.py" line="60"/>
        <source>Referrals in the period</source>
        <translation>Doorverwijzingen in de periode</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_text.py" line="61"/>
        <source>Young people referred</source>
        <translation>Doorverwezen jongeren</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/report_text.py" line="64"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
</context>
<context>
    <name>spiral</name>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="77"/>
        <source>Step</source>
        <extracomment>The steps every team&apos;s spiral has; step 6 only when the team uses it.</extracomment>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="81"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="83"/>
        <source>A measurement needs a date.</source>
        <translation>Een meting heeft een datum nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="85"/>
        <source>A measurement cannot lie in the future.</source>
        <translation>Een meting kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="90"/>
        <source>Life domain</source>
        <translation>Levensgebied</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="102"/>
        <source>This team&apos;s spiral has five steps. Step 6 (Zelfstandig) can be switched on in the Settings.</source>
        <translation>De spiraal van dit team heeft vijf stappen. Stap 6 (Zelfstandig) zet je aan bij Instellingen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="118"/>
        <source>{domain}: “{key}” is no criterion of the way from step {step}.</source>
        <translation>{domain}: “{key}” is geen criterium van de weg vanaf stap {step}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="145"/>
        <location filename="../../jiu_desktop/services/spiral.py" line="243"/>
        <source>Measurement</source>
        <translation>Meting</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="165"/>
        <source>Choose a step for at least one life domain.</source>
        <translation>Kies een stap voor minstens één levensgebied.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="169"/>
        <source>{domain}: choose a step before ticking its criteria.</source>
        <translation>{domain}: kies eerst een stap, dan pas de criteria.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="174"/>
        <location filename="../../jiu_desktop/services/spiral.py" line="244"/>
        <location filename="../../jiu_desktop/services/spiral.py" line="265"/>
        <source>Participant</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral.py" line="176"/>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/spiral_criteria.py" line="145"/>
        <location filename="../../jiu_desktop/services/spiral_criteria.py" line="152"/>
        <source>The spiral&apos;s criteria cannot be read: {reason}</source>
        <extracomment>``&quot;&lt;from&gt;-&lt;to&gt;.&lt;word&gt;&quot;``: the transition, then a short Dutch word for the criterion. The handbook&apos;s words, for the coach (&quot;is in staat tot het maken en nakomen van …&quot;). Addressed to the young person, B1 (&quot;Je kunt afspraken maken en nakomen.&quot;).</extracomment>
        <translation>De criteria van de spiraal zijn niet te lezen: {reason}</translation>
    </message>
</context>
<context>
    <name>spiral_document</name>
    <message>
        <location filename="../../jiu_desktop/services/spiral_document.py" line="90"/>
        <source>{name} has no spiral measurement yet.</source>
        <extracomment>Oldest first; empty in the young person&apos;s version. The steps the spiral shows (five, or six when the team uses *zelfstandig*). The domains measured, *Algemeen* first. The next step overall and its criteria (none at the last step or unmeasured).</extracomment>
        <translation>{name} heeft nog geen meting op de spiraal.</translation>
    </message>
</context>
<context>
    <name>spiral_pdf</name>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="164"/>
        <source>made on {date}</source>
        <extracomment>The overall phase (its code), shown first and large. The way travelled, between the start and now.</extracomment>
        <translation>gemaakt op {date}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="195"/>
        <source>You are at step {number}: {step}. {description}</source>
        <translation>Je staat nu op stap {number}: {step}. {description}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="206"/>
        <source>You began at step {number}: {step}.</source>
        <translation>Je begon bij stap {number}: {step}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="219"/>
        <source>{date}: step {step}</source>
        <translation>{date}: stap {step}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="223"/>
        <source>(together)</source>
        <translation>(samen)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="225"/>
        <source>Measured: {list}</source>
        <translation>Gemeten: {list}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="233"/>
        <source>now: {step}</source>
        <translation>nu: {step}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="236"/>
        <source>began: {step}</source>
        <translation>begon: {step}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="273"/>
        <source>On the way to {step}</source>
        <translation>Op weg naar {step}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="274"/>
        <source>Things to work on and talk about. A tick: you already show it.</source>
        <translation>Om aan te werken en over te praten. Een vinkje: dat laat je al zien.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="291"/>
        <source>What the steps mean</source>
        <translation>Wat de stappen betekenen</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="305"/>
        <source>My spiral</source>
        <translation>Mijn spiraal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="306"/>
        <source>Where you started, and where you stand now. Every step counts, and on every part of your life you go at your own pace.</source>
        <translation>Waar je begon, en waar je nu staat. Elke stap telt. Op elk deel van je leven ga je in je eigen tempo.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="312"/>
        <source>Spiral</source>
        <translation>Spiraal</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="313"/>
        <source>Coach&apos;s version: every measurement with its date, without the notes.</source>
        <translation>Coachversie: elke meting met de datum, zonder de notities.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="324"/>
        <source>where you started</source>
        <translation>waar je begon</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="324"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/spiral_pdf.py" line="334"/>
        <source>Per life domain</source>
        <translation>Per levensgebied</translation>
    </message>
</context>
<context>
    <name>strength</name>
    <message>
        <location filename="../../jiu_desktop/views/style.py" line="164"/>
        <source>too short</source>
        <translation>te kort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/style.py" line="165"/>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/style.py" line="166"/>
        <source>reasonable</source>
        <translation>redelijk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/style.py" line="167"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/style.py" line="168"/>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/style.py" line="170"/>
        <source>Strength: {word}</source>
        <translation>Sterkte: {word}</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../jiu_desktop/services/conflicts.py" line="118"/>
        <source>Conflict</source>
        <extracomment>The field&apos;s label as declared (translate with context &quot;fields&quot;). When each version was written (local time) and by which laptop (a device id). The date that tells the row apart (a note&apos;s date), when its table has one. What tells the row apart where its declaration says (a form answer&apos;s question).</extracomment>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/conflicts.py" line="126"/>
        <source>Unknown choice: {choice}</source>
        <translation>Onbekende keuze: {choice}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_service.py" line="119"/>
        <source>{pushed} changes sent, {pulled} received, {conflicts} conflicts</source>
        <extracomment>The team&apos;s keys before the current one (a laptop was removed since), by key id. The laptops removed from the team (sync/team.py Removal, as dicts). What the last round could not do, in words (empty when it did everything). Why this profile took a new device id, until a sync round has said so. The last round ran but could not exchange everything (``last_error`` says what).</extracomment>
        <translation>{pushed} wijzigingen verstuurd, {pulled} ontvangen, {conflicts} conflicten</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_service.py" line="132"/>
        <source>A server address starts with https:// (or http://).</source>
        <translation>Een serveradres begint met https:// (of http://).</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_service.py" line="135"/>
        <source>Unknown kind of sync target: {kind}</source>
        <translation>Onbekend soort map of server: {kind}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_service.py" line="176"/>
        <source>The folder {path} does not exist.</source>
        <translation>De map {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_service.py" line="182"/>
        <source>A team already syncs there. Choose “join” and its passphrase.</source>
        <translation>Daar synchroniseert al een team. Kies “aansluiten” en de wachtwoordzin van dat team.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_service.py" line="187"/>
        <source>Another device created a team there just now.</source>
        <translation>Een ander apparaat heeft daar zojuist een team aangemaakt.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_service.py" line="191"/>
        <source>No team syncs there yet. Choose “create” to start one.</source>
        <translation>Daar synchroniseert nog geen team. Kies “aanmaken” om er een te beginnen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_service.py" line="198"/>
        <source>The team file at {target} is older than what this laptop knows: the team passphrase has been changed since. Nothing was changed.</source>
        <translation>Het teambestand in {target} is ouder dan wat deze laptop al weet: de teamwachtwoordzin is sindsdien veranderd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_service.py" line="224"/>
        <location filename="../../jiu_desktop/services/sync_service.py" line="278"/>
        <location filename="../../jiu_desktop/services/team_removal.py" line="48"/>
        <source>Sync is not set up for this profile.</source>
        <extracomment>The id of the team&apos;s new key.</extracomment>
        <translation>Synchronisatie is voor dit profiel niet ingesteld.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="164"/>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="173"/>
        <source>the file is truncated</source>
        <extracomment>How far the writer had applied each device&apos;s bundles (its own: this bundle&apos;s number).
----------
How far the writer had applied every device&apos;s bundles (its own: its published head). The authors this laptop checked it for against its own change log (sync/vouching.py).</extracomment>
        <translation>het bestand is afgekapt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="167"/>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="176"/>
        <source>it is not a JIU Desktop sync file</source>
        <translation>het is geen JIU Desktop-synchronisatiebestand</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="170"/>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="179"/>
        <source>it was written by a newer version of JIU Desktop</source>
        <translation>het is geschreven door een nieuwere versie van JIU Desktop</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="189"/>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="182"/>
        <source>it belongs to another team</source>
        <translation>het hoort bij een ander team</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="192"/>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="185"/>
        <source>its contents do not match its place (copied or replayed)</source>
        <translation>de inhoud past niet bij de plaats (gekopieerd of opnieuw afgespeeld)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="196"/>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="189"/>
        <source>it uses a key this device does not have</source>
        <translation>het gebruikt een sleutel die dit apparaat niet heeft</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="246"/>
        <source>it is not signed, though its laptop signs its files from number {seq} on</source>
        <translation>het is niet ondertekend, terwijl die laptop zijn bestanden vanaf nummer {seq} ondertekent</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="255"/>
        <location filename="../../jiu_desktop/sync/bundle.py" line="261"/>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="194"/>
        <source>it is damaged or was altered (authentication failed)</source>
        <translation>het is beschadigd of veranderd (echtheidscontrole mislukt)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="266"/>
        <source>the card of its laptop, with the key it signs with, is not there</source>
        <translation>de kaart van die laptop, met de sleutel waarmee hij ondertekent, is er niet</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="271"/>
        <source>it is not signed by the laptop whose folder it is in (forged or moved)</source>
        <translation>het is niet ondertekend door de laptop in wiens map het staat (vervalst of verplaatst)</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="220"/>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="212"/>
        <source>its contents cannot be read</source>
        <translation>de inhoud kan niet gelezen worden</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/bundle.py" line="226"/>
        <location filename="../../jiu_desktop/sync/pull.py" line="250"/>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="382"/>
        <source>it holds a change this version cannot accept ({problem})</source>
        <extracomment>Bundles are applied together, one transaction for about this many changes: each commit of a large transaction costs much more than the changes in it.</extracomment>
        <translation>het bevat een wijziging die deze versie niet kan aannemen ({problem})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/engine.py" line="74"/>
        <source>The team&apos;s sync files are not in {target} (is the network drive connected?). Nothing was sent or received.</source>
        <translation>De synchronisatiebestanden van het team staan niet in {target} (is de netwerkschijf verbonden?). Er is niets verstuurd of ontvangen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/engine.py" line="85"/>
        <source>{target} now holds another team, or the team&apos;s key has changed. Nothing was sent or received; set up synchronisation again.</source>
        <translation>In {target} staat nu een ander team, of de sleutel van het team is veranderd. Er is niets verstuurd of ontvangen; stel de synchronisatie opnieuw in.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/engine.py" line="180"/>
        <location filename="../../jiu_desktop/sync/team.py" line="93"/>
        <source>The team file on the sync target cannot be read.</source>
        <translation>Het teambestand in de map of op de server kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/engine.py" line="269"/>
        <source>Sync files of this laptop keep being overwritten.</source>
        <translation>Synchronisatiebestanden van deze laptop worden steeds overschreven.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/transports/webdav.py" line="98"/>
        <source>The certificate of {url} is not trusted by this laptop. Nothing was sent.</source>
        <translation>Het certificaat van {url} wordt door deze laptop niet vertrouwd. Er is niets verstuurd.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/transports/webdav.py" line="117"/>
        <source>The server {url} refused the user name or password.</source>
        <translation>De server {url} weigerde de gebruikersnaam of het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/transports/webdav.py" line="124"/>
        <source>The server {url} answered with error {status}.</source>
        <translation>De server {url} antwoordde met fout {status}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/pull.py" line="279"/>
        <source>its changes cannot be applied here</source>
        <translation>de wijzigingen erin kunnen hier niet worden verwerkt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="26"/>
        <source>laptop {device}</source>
        <extracomment>(phase, done, total) while a round runs: &quot;push&quot; or &quot;pull&quot;. The longest laptop name shown (as on its card, sync/devices.py).</extracomment>
        <translation>laptop {device}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="27"/>
        <source>{name} ({device})</source>
        <translation>{name} ({device})</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="44"/>
        <source>Sync files of {laptop} are missing from the sync target (number {numbers}); their changes cannot arrive until that laptop syncs again.</source>
        <extracomment>The first few missing numbers. How many are missing in all.</extracomment>
        <translation>Synchronisatiebestanden van {laptop} ontbreken in de map of op de server (nummer {numbers}); die wijzigingen komen pas aan als die laptop opnieuw synchroniseert.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="61"/>
        <source>{count} changes from {laptop} are waiting: they are dated {date}, too far ahead of this laptop&apos;s clock. Check the date on that laptop and on this one.</source>
        <translation>{count} wijzigingen van {laptop} wachten: ze zijn gedateerd op {date}, te ver vooruit op de klok van deze laptop. Controleer de datum op die laptop en op deze.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="77"/>
        <source>{count} changes from {laptop} carry the identity of other changes already here: two copies of one profile wrote at the same instant. The first version is kept; check the latest edits of that laptop.</source>
        <translation>{count} wijzigingen van {laptop} dragen de identiteit van andere wijzigingen die hier al zijn: twee kopieën van één profiel schreven op hetzelfde moment. De eerste versie is bewaard; controleer de laatste wijzigingen van die laptop.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="132"/>
        <source>This laptop&apos;s clock has run ahead: its changes are dated up to {date}, and the other laptops take them only when their own date is close to that. Check the date and time of this laptop.</source>
        <extracomment>Own bundles that had gone missing from the remote and were written again. This laptop&apos;s own clock reading when it is so far ahead that others wait for it. Why sending failed (a full or read-only target); receiving still went on. Why this profile took a new device id in this round or since the last one. Device cards that could not be taken (unreadable, or another key than pinned). What the coaches call their laptops (device id → name from its card), so the lines below name a laptop as they know it (filled at the end of the round). Snapshots (sync/snapshots.py): the one written, the one started from, files retired. Snapshots that could not be used, one line each.</extracomment>
        <translation>De klok van deze laptop is vooruitgelopen: de wijzigingen zijn gedateerd tot {date}, en de andere laptops nemen ze pas aan als hun eigen datum daar dichtbij ligt. Controleer de datum en tijd van deze laptop.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="148"/>
        <source>{count} sync files of this laptop had gone missing from the target and were written again.</source>
        <translation>{count} synchronisatiebestanden van deze laptop waren verdwenen uit de map of van de server en zijn opnieuw geschreven.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="156"/>
        <source>This laptop started from a snapshot of the team&apos;s data instead of every older sync file.</source>
        <translation>Deze laptop is begonnen met een momentopname van de gegevens van het team, in plaats van met alle oudere synchronisatiebestanden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="168"/>
        <source>Snapshot written; {count} older sync files removed from the target.</source>
        <translation>Momentopname gemaakt; {count} oudere synchronisatiebestanden zijn weggehaald uit de map of van de server.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="171"/>
        <source>{count} older sync files removed from the target.</source>
        <translation>{count} oudere synchronisatiebestanden zijn weggehaald uit de map of van de server.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="180"/>
        <source>This profile was restored from a backup, so it now syncs as a new laptop; changes made since the backup come back from the sync target.</source>
        <translation>Dit profiel is teruggezet uit een back-up en synchroniseert daarom nu als een nieuwe laptop; wijzigingen van na de back-up komen terug uit de map of van de server.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="186"/>
        <source>Another copy of this profile syncs with the same identity, so this one now syncs as a new laptop. Nothing was lost.</source>
        <translation>Een andere kopie van dit profiel synchroniseert met dezelfde identiteit; deze kopie synchroniseert daarom nu als een nieuwe laptop. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/report.py" line="191"/>
        <source>This profile was copied or moved, so it now syncs as a new laptop. Nothing was lost.</source>
        <translation>Dit profiel is gekopieerd of verplaatst en synchroniseert daarom nu als een nieuwe laptop. Er is niets verloren gegaan.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/devices.py" line="136"/>
        <source>The card of laptop {device} cannot be read or is not its own.</source>
        <extracomment>The first bundle number it signed; None for a device of a version that did not sign. How far the device had applied each device&apos;s bundles (its own: its head); compaction retires a bundle only once every recent card says it was applied. {} on old cards. The snapshots on the remote it checked against its own change log, with the authors whose changes it found right there (sync/vouching.py). {} on old cards.</extracomment>
        <translation>Het kaartje van laptop {device} is niet te lezen of hoort niet bij die laptop.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/devices.py" line="286"/>
        <source>Laptop {device} ({name}) has a card with another key than before. It was not taken; ask the coordinator whether this laptop was set up again.</source>
        <extracomment>Where sync/snapshots.py remembers the snapshots it read: name -&gt; [written, covers, checked].</extracomment>
        <translation>Laptop {device} ({name}) heeft een kaartje met een andere sleutel dan eerder. Het is niet overgenomen; vraag de coördinator of deze laptop opnieuw is ingericht.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/removals.py" line="39"/>
        <source>it comes from laptop “{laptop}”, which was removed from the team on {date}</source>
        <translation>het komt van laptop “{laptop}”, die op {date} uit het team is gehaald</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/team.py" line="72"/>
        <source>The coordinator has changed the team passphrase (a laptop was removed from the team). Type the new team passphrase to continue syncing.</source>
        <extracomment>The highest of its bundle numbers that was known when it was removed. What its coach called it (from its card; &quot;&quot; when it had none). The keys before this one (by key id): files written before a rotation use them.</extracomment>
        <translation>De coördinator heeft de teamwachtwoordzin veranderd (er is een laptop uit het team gehaald). Typ de nieuwe teamwachtwoordzin om verder te synchroniseren.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="60"/>
        <source>Snapshot {name} was not used: {why}</source>
        <translation>Momentopname {name} is niet gebruikt: {why}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="198"/>
        <source>it is not signed by the laptop whose name it carries</source>
        <translation>hij is niet ondertekend door de laptop waarvan hij de naam draagt</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/sync/snapshots.py" line="297"/>
        <source>the card of the laptop that wrote it is missing</source>
        <translation>het kaartje van de laptop die hem maakte ontbreekt</translation>
    </message>
</context>
<context>
    <name>sync history</name>
    <message>
        <location filename="../../jiu_desktop/services/sync_rounds.py" line="40"/>
        <source>started from a snapshot</source>
        <extracomment>As many rounds as the sync history shows. Files (bundles and snapshots) the round deleted from the target.</extracomment>
        <translation>begonnen vanaf een momentopname</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_rounds.py" line="42"/>
        <source>snapshot written</source>
        <translation>momentopname geschreven</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_rounds.py" line="44"/>
        <source>1 old file cleared away</source>
        <translation>1 oud bestand opgeruimd</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/sync_rounds.py" line="47"/>
        <source>{count} old files cleared away</source>
        <translation>{count} oude bestanden opgeruimd</translation>
    </message>
</context>
<context>
    <name>sync_offer</name>
    <message>
        <location filename="../../jiu_desktop/views/sync/offer.py" line="20"/>
        <source>Synchronisation</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/offer.py" line="21"/>
        <source>Your work is saved on this laptop by itself. Ctrl+S also sends it to your team, but synchronisation is not set up yet. Set it up now?</source>
        <translation>Je werk wordt vanzelf op deze laptop bewaard. Ctrl+S stuurt het ook naar je team, maar synchronisatie is nog niet ingesteld. Nu instellen?</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/offer.py" line="27"/>
        <source>Set up…</source>
        <translation>Instellen…</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/sync/offer.py" line="29"/>
        <source>Not now</source>
        <translation>Nu niet</translation>
    </message>
</context>
<context>
    <name>talents</name>
    <message>
        <location filename="../../jiu_desktop/services/talents.py" line="28"/>
        <location filename="../../jiu_desktop/services/talents.py" line="48"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/talents.py" line="32"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/talents.py" line="34"/>
        <source>A talent or success needs a date.</source>
        <translation>Een talent of iets wat goed ging heeft een datum nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/talents.py" line="37"/>
        <source>Unknown field: {field}</source>
        <translation>Onbekend veld: {field}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/talents.py" line="65"/>
        <location filename="../../jiu_desktop/services/talents.py" line="76"/>
        <source>Write down the talent or success in a few words.</source>
        <translation>Schrijf het talent of wat goed ging op, in een paar woorden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/talents.py" line="78"/>
        <location filename="../../jiu_desktop/services/talents.py" line="87"/>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="190"/>
        <location filename="../../jiu_desktop/services/team.py" line="27"/>
        <source>A group needs a name.</source>
        <translation>Een groep heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/meetings.py" line="204"/>
        <location filename="../../jiu_desktop/services/team.py" line="29"/>
        <source>A group cannot end before it starts.</source>
        <translation>Een groep kan niet eindigen voordat hij begint.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team.py" line="45"/>
        <source>A coach needs a name.</source>
        <translation>Een coach heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/consent.py" line="190"/>
        <location filename="../../jiu_desktop/services/network_map.py" line="422"/>
        <location filename="../../jiu_desktop/services/team.py" line="73"/>
        <source>Coach</source>
        <extracomment>The coach this profile belongs to, kept on this laptop only: every coach&apos;s laptop knows its own, so &quot;mine&quot; on the Start page and in the list needs nothing from the team.</extracomment>
        <translation>Coach</translation>
    </message>
</context>
<context>
    <name>team_notes</name>
    <message>
        <location filename="../../jiu_desktop/services/team_notes.py" line="40"/>
        <source>Date</source>
        <extracomment>Words, also inside a hyphenated word (&quot;Bakker-familie&quot;); names are read the same way (&quot;Anne-Marie&quot; is &quot;anne marie&quot;). Words before a surname (tussenvoegsels, articles) that alone are no name: &quot;de Vries&quot; is also found as &quot;Vries&quot;, &quot;El Amrani&quot; as &quot;Amrani&quot;; &quot;de&quot; is never a name by itself.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team_notes.py" line="42"/>
        <source>A team note needs a date.</source>
        <translation>Een teamnotitie heeft een datum nodig.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team_notes.py" line="45"/>
        <location filename="../../jiu_desktop/services/team_notes.py" line="70"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team_notes.py" line="49"/>
        <source>Unknown field: {field}</source>
        <translation>Onbekend veld: {field}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team_notes.py" line="61"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team_notes.py" line="62"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team_notes.py" line="78"/>
        <location filename="../../jiu_desktop/services/team_notes.py" line="93"/>
        <location filename="../../jiu_desktop/services/team_notes.py" line="102"/>
        <source>Team note</source>
        <translation>Teamnotitie</translation>
    </message>
</context>
<context>
    <name>team_passphrase</name>
    <message>
        <location filename="../../jiu_desktop/services/team_passphrase.py" line="64"/>
        <source>The team passphrase needs at least {n} characters.</source>
        <translation>De teamwachtwoordzin moet minstens {n} tekens hebben.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team_passphrase.py" line="70"/>
        <source>That team passphrase is too easy to guess. Take four or five words that do not belong together, for example “candle bicycle seventh mill”.</source>
        <translation>Deze teamwachtwoordzin is te makkelijk te raden. Neem vier of vijf woorden die niet bij elkaar horen, bijvoorbeeld “kaars fiets zevende molen”.</translation>
    </message>
</context>
<context>
    <name>team_removal</name>
    <message>
        <location filename="../../jiu_desktop/services/team_removal.py" line="52"/>
        <source>That is this laptop. Remove it from another laptop of the team.</source>
        <translation>Dat is deze laptop zelf. Haal hem uit het team vanaf een andere laptop van het team.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team_removal.py" line="60"/>
        <source>Laptop {device} was removed from the team already.</source>
        <translation>Laptop {device} is al uit het team gehaald.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team_removal.py" line="104"/>
        <source>This laptop does not know a laptop {device} in the team. The command “jiu-desktop team” lists them.</source>
        <translation>Deze laptop kent geen laptop {device} in het team. Het commando “jiu-desktop team” laat ze zien.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/team_removal.py" line="121"/>
        <source>Laptop “{laptop}” was removed from the team; its sync files up to number {head} stay. The other laptops ask for the new team passphrase at their next sync.</source>
        <translation>Laptop “{laptop}” is uit het team gehaald; zijn synchronisatiebestanden tot en met nummer {head} blijven. De andere laptops vragen bij hun volgende synchronisatie om de nieuwe teamwachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>tin_labels</name>
    <message>
        <location filename="../../jiu_desktop/printing/tin_labels.py" line="91"/>
        <source>Unknown label sheet: {code}</source>
        <extracomment>The handbook&apos;s sticker, verbatim (Dutch on every sticker: it is the work form&apos;s own text). The part of a line&apos;s size above and below its baseline (DejaVu Sans, with room).</extracomment>
        <translation>Onbekend stickervel: {code}</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/tin_labels.py" line="276"/>
        <source>There are no stickers to print.</source>
        <translation>Er zijn geen stickers om te printen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/tin_labels.py" line="279"/>
        <source>Start at a position from 1 to {count}.</source>
        <translation>Begin bij een plek van 1 tot en met {count}.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/printing/tin_labels.py" line="287"/>
        <source>Dream tin stickers</source>
        <translation>Stickers voor het droomblik</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="239"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="240"/>
        <source>Your new passphrase is set. Use it from now on to open JIU Desktop.</source>
        <translation>Je nieuwe wachtwoordzin is ingesteld. Gebruik die voortaan om JIU Desktop te openen.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/views/unlock.py" line="243"/>
        <source>Your recovery key stays the same: keep the sheet where it was.</source>
        <translation>Je herstelsleutel blijft dezelfde: bewaar het blad waar het lag.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../jiu_desktop/services/validation.py" line="42"/>
        <source>{field}: “{value}” is not a date.</source>
        <translation>{field}: “{value}” is geen datum.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/validation.py" line="52"/>
        <location filename="../../jiu_desktop/services/validation.py" line="73"/>
        <source>{field}: “{value}” is not one of the options.</source>
        <translation>{field}: “{value}” is geen van de mogelijkheden.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/validation.py" line="93"/>
        <source>{label} must be a whole number from {low} to {high}.</source>
        <translation>{label} moet een heel getal van {low} tot en met {high} zijn.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/validation.py" line="104"/>
        <source>“{value}” is not an email address.</source>
        <translation>“{value}” is geen e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/validation.py" line="113"/>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}” is geen telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../jiu_desktop/services/validation.py" line="122"/>
        <source>The date of birth lies in the future or too far back.</source>
        <translation>De geboortedatum ligt in de toekomst of te ver terug.</translation>
    </message>
</context>
</TS>
