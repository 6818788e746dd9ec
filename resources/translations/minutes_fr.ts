<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../facilitation/export/content.py" line="29"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="30"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="31"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="32"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="35"/>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="36"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="37"/>
        <source>In person and online</source>
        <translation>En présentiel et en ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="110"/>
        <source>Minutes</source>
        <extracomment>relative column widths (they are scaled to the page) a last row set apart (a total) (speaker&apos;s name or &quot;&quot;, text) (group or &quot;&quot;, names joined) per line (group, seconds) for the chart, the longest first translated fixed words the writers need, by English source</extracomment>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="111"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="112"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="113"/>
        <source>Items discussed</source>
        <translation>Points abordés</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="114"/>
        <source>Record of decisions</source>
        <translation>Relevé de décisions</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="115"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="116"/>
        <source>Open questions for the next meeting</source>
        <translation>Questions ouvertes pour la prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="117"/>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="118"/>
        <source>Speaking time by group</source>
        <translation>Temps de parole par groupe</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="119"/>
        <source>Speaking time by person</source>
        <translation>Temps de parole par personne</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="120"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="121"/>
        <source>Discussion</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="122"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="123"/>
        <location filename="../../facilitation/export/content.py" line="193"/>
        <source>Objections: {text}</source>
        <translation>Objections : {text}</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="124"/>
        <source>Actions decided</source>
        <translation>Actions décidées</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="125"/>
        <source>Questions left open</source>
        <translation>Questions restées ouvertes</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="126"/>
        <source>No decision was recorded.</source>
        <translation>Aucune décision n’a été prise.</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="127"/>
        <source>No action was recorded.</source>
        <translation>Aucune action n’a été décidée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="128"/>
        <source>No question is left open.</source>
        <translation>Aucune question ne reste ouverte.</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="129"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="161"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="166"/>
        <source>{series}, no. {number}</source>
        <translation>{series}, n° {number}</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="174"/>
        <source>no. {number}</source>
        <translation>n° {number}</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="226"/>
        <source>not discussed</source>
        <translation>non abordé</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="233"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="234"/>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="238"/>
        <source>introduced by {name}</source>
        <translation>introduit par {name}</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="256"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="257"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="258"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="259"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="265"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="273"/>
        <source>How it was taken</source>
        <translation>Mode de décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="281"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="282"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="283"/>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="284"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="320"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="325"/>
        <source>Held</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="330"/>
        <source>Planned time</source>
        <translation>Horaire prévu</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="332"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="337"/>
        <source>Organised by</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="344"/>
        <source>In partnership with</source>
        <translation>En partenariat avec</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="349"/>
        <source>Facilitation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="351"/>
        <source>Note-taking</source>
        <translation>Prise de notes</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="360"/>
        <source>to be announced</source>
        <translation>à préciser</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="367"/>
        <source>By consensus</source>
        <translation>Adoptée par consensus</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="369"/>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="371"/>
        <source>{n} for</source>
        <translation>{n} pour</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="372"/>
        <source>{n} against</source>
        <translation>{n} contre</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="375"/>
        <source>By vote: {counts}</source>
        <translation>Vote : {counts}</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="380"/>
        <source>{n} abstentions</source>
        <translation>{n} abstentions</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="381"/>
        <source>{n} abstention</source>
        <translation>{n} abstention</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="391"/>
        <source>No group</source>
        <translation>Sans groupe</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="407"/>
        <source>{name} (proxy: {proxy})</source>
        <translation>{name} (procuration à {proxy})</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="416"/>
        <source>Present</source>
        <translation>Présent·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="417"/>
        <source>Represented</source>
        <translation>Représenté·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="418"/>
        <source>Excused</source>
        <translation>Excusé·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="419"/>
        <source>Absent</source>
        <translation>Absent·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="420"/>
        <source>Guests</source>
        <translation>Invité·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="435"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="438"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="440"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="442"/>
        <source>to be set</source>
        <translation>à fixer</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="474"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="475"/>
        <source>Speakers</source>
        <translation>Intervenant·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="476"/>
        <source>Turns</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="477"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="478"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="486"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
</TS>
