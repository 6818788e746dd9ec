<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Minutes</name>
        <message>
            <location filename="../../facilitation/export/content.py" line="29" />
            <source>To do</source>
            <translation>À faire</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="30" />
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="31" />
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="32" />
            <source>Dropped</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="35" />
            <source>In person</source>
            <translation>En présentiel</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="36" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="37" />
            <source>In person and online</source>
            <translation>En présentiel et en ligne</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="110" />
            <source>Minutes</source>
            <extracomment>relative column widths (they are scaled to the page) a last row set apart (a total) (speaker's name or "", text) (group or "", names joined) per line (group, seconds) for the chart, the longest first translated fixed words the writers need, by English source</extracomment>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="111" />
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="112" />
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="113" />
            <source>Items discussed</source>
            <translation>Points abordés</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="114" />
            <source>Record of decisions</source>
            <translation>Relevé de décisions</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="115" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="116" />
            <source>Open questions for the next meeting</source>
            <translation>Questions ouvertes pour la prochaine réunion</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="117" />
            <source>Next meeting</source>
            <translation>Prochaine réunion</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="118" />
            <source>Speaking time by group</source>
            <translation>Temps de parole par groupe</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="119" />
            <source>Speaking time by person</source>
            <translation>Temps de parole par personne</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="120" />
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="121" />
            <source>Discussion</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="122" />
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="123" />
            <location filename="../../facilitation/export/content.py" line="191" />
            <source>Objections: {text}</source>
            <translation>Objections : {text}</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="124" />
            <source>Actions decided</source>
            <translation>Actions décidées</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="125" />
            <source>Questions left open</source>
            <translation>Questions restées ouvertes</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="126" />
            <source>No decision was recorded.</source>
            <translation>Aucune décision n’a été prise.</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="127" />
            <source>No action was recorded.</source>
            <translation>Aucune action n’a été décidée.</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="128" />
            <source>No question is left open.</source>
            <translation>Aucune question ne reste ouverte.</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="129" />
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="161" />
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="166" />
            <source>{series}, no. {number}</source>
            <translation>{series}, n° {number}</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="173" />
            <source>no. {number}</source>
            <translation>n° {number}</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="224" />
            <source>not discussed</source>
            <translation>non abordé</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="231" />
            <source>planned</source>
            <translation>prévu</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="232" />
            <source>actual</source>
            <translation>réel</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="236" />
            <source>introduced by {name}</source>
            <translation>introduit par {name}</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="254" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="255" />
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="256" />
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="257" />
            <source>Actual</source>
            <translation>Réel</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="261" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="266" />
            <source>How it was taken</source>
            <translation>Mode de décision</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="274" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="275" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="276" />
            <source>By when</source>
            <translation>Pour quand</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="277" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="313" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="318" />
            <source>Held</source>
            <translation>Horaire</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="323" />
            <source>Planned time</source>
            <translation>Horaire prévu</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="324" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="327" />
            <source>Organised by</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="331" />
            <source>In partnership with</source>
            <translation>En partenariat avec</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="334" />
            <source>Facilitation</source>
            <translation>Animation</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="336" />
            <source>Note-taking</source>
            <translation>Prise de notes</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="345" />
            <source>to be announced</source>
            <translation>à préciser</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="352" />
            <source>By consensus</source>
            <translation>Adoptée par consensus</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="354" />
            <source>Postponed</source>
            <translation>Reportée</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="356" />
            <source>{n} for</source>
            <translation>{n} pour</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="357" />
            <source>{n} against</source>
            <translation>{n} contre</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="360" />
            <source>By vote: {counts}</source>
            <translation>Vote : {counts}</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="365" />
            <source>{n} abstentions</source>
            <translation>{n} abstentions</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="366" />
            <source>{n} abstention</source>
            <translation>{n} abstention</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="376" />
            <source>No group</source>
            <translation>Sans groupe</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="392" />
            <source>{name} (proxy: {proxy})</source>
            <translation>{name} (procuration à {proxy})</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="401" />
            <source>Present</source>
            <translation>Présent·es</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="402" />
            <source>Represented</source>
            <translation>Représenté·es</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="403" />
            <source>Excused</source>
            <translation>Excusé·es</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="404" />
            <source>Absent</source>
            <translation>Absent·es</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="405" />
            <source>Guests</source>
            <translation>Invité·es</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="420" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="423" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="425" />
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="427" />
            <source>to be set</source>
            <translation>à fixer</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="454" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="455" />
            <source>Speakers</source>
            <translation>Intervenant·es</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="456" />
            <source>Turns</source>
            <translation>Interventions</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="457" />
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="458" />
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../facilitation/export/content.py" line="466" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
    </context>
</TS>
