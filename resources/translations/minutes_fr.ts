<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Minutes</name>
    <message>
        <location filename="../../facilitation/export/content.py" line="62"/>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="63"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="64"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="65"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="68"/>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="69"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="70"/>
        <source>In person and online</source>
        <translation>En présentiel et en ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="75"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="76"/>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="77"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="78"/>
        <source>Items discussed</source>
        <translation>Points abordés</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="80"/>
        <source>Record of decisions</source>
        <translation>Relevé de décisions</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="81"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="82"/>
        <source>Open questions for the next meeting</source>
        <translation>Questions ouvertes pour la prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="83"/>
        <source>Next meeting</source>
        <translation>Prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="84"/>
        <location filename="../../facilitation/export/content.py" line="324"/>
        <source>Speaking time by group</source>
        <translation>Temps de parole par groupe</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="85"/>
        <source>Speaking time by person</source>
        <translation>Temps de parole par personne</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="263"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="86"/>
        <source>Discussion</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="79"/>
        <source>Items not discussed or postponed</source>
        <translation>Points non abordés / reportés</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="87"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="88"/>
        <location filename="../../facilitation/export/content.py" line="202"/>
        <source>Objections: {text}</source>
        <translation>Objections : {text}</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="89"/>
        <source>Actions decided</source>
        <translation>Actions décidées</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="90"/>
        <source>Questions left open</source>
        <translation>Questions restées ouvertes</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="91"/>
        <source>No decision was recorded.</source>
        <translation>Aucune décision n’a été prise.</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="92"/>
        <source>No action was recorded.</source>
        <translation>Aucune action n’a été décidée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="93"/>
        <source>No question is left open.</source>
        <translation>Aucune question ne reste ouverte.</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="94"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="161"/>
        <source>Meeting</source>
        <extracomment>what a note marked as a record is shown as, by kind: the list of that record</extracomment>
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
        <location filename="../../facilitation/export/content.py" line="238"/>
        <source>not discussed</source>
        <translation>non abordé</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="250"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="251"/>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="255"/>
        <source>introduced by {name}</source>
        <translation>introduit par {name}</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="274"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="275"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="276"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="277"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="283"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="291"/>
        <source>How it was taken</source>
        <translation>Mode de décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="299"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="300"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="301"/>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="302"/>
        <location filename="../../facilitation/export/content.py" line="427"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="315"/>
        <source>Anonymised minutes: attendance is counted by group, speakers are named by their group, and speaking time is given by group only.</source>
        <translation>Compte rendu anonymisé : les présences sont comptées par groupe, les intervenant·es sont désigné·es par leur groupe et le temps de parole n&apos;est donné que par groupe.</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="355"/>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="357"/>
        <source>not reached</source>
        <translation>non abordé</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="358"/>
        <source>carried over to the next meeting</source>
        <translation>reporté à la prochaine rencontre</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="371"/>
        <source>Decisions and actions read back to the meeting at {time}.</source>
        <translation>Décisions et actions relues en séance à {time}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="376"/>
        <source>Decisions and actions read back to the meeting.</source>
        <translation>Décisions et actions relues en séance.</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="379"/>
        <source>Not read back: {n} of {total}.</source>
        <translation>Non relues : {n} sur {total}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="392"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="397"/>
        <source>Held</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="402"/>
        <source>Planned time</source>
        <translation>Horaire prévu</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="404"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="408"/>
        <source>Organised by</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="413"/>
        <source>In partnership with</source>
        <translation>En partenariat avec</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="418"/>
        <source>Facilitation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="420"/>
        <source>Note-taking</source>
        <translation>Prise de notes</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="422"/>
        <source>approved on {date}</source>
        <translation>approuvé le {date}</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="426"/>
        <source>draft, to be approved at the next meeting</source>
        <translation>projet, à approuver lors de la prochaine rencontre</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="436"/>
        <source>to be announced</source>
        <translation>à préciser</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="443"/>
        <source>By consensus</source>
        <translation>Adoptée par consensus</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="445"/>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="447"/>
        <source>{n} for</source>
        <translation>{n} pour</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="448"/>
        <source>{n} against</source>
        <translation>{n} contre</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="451"/>
        <source>By vote: {counts}</source>
        <translation>Vote : {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/export/content.py" line="456"/>
        <source>%n abstentions</source>
        <translation>
            <numerusform>%n abstention</numerusform>
            <numerusform>%n abstentions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="30"/>
        <source>a participant</source>
        <translation>un·e participant·e</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="31"/>
        <source>[e-mail]</source>
        <translation>[courriel]</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="81"/>
        <source>No group</source>
        <extracomment>what stands for each participant: their group, or &quot;a participant&quot;</extracomment>
        <translation>Sans groupe</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="109"/>
        <source>{name} (proxy: {proxy})</source>
        <translation>{name} (procuration à {proxy})</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="118"/>
        <source>Present</source>
        <translation>Présent·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="119"/>
        <source>Represented</source>
        <translation>Représenté·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="120"/>
        <source>Excused</source>
        <translation>Excusé·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="121"/>
        <source>Absent</source>
        <translation>Absent·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="122"/>
        <source>Guests</source>
        <translation>Invité·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="466"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="469"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="471"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/content.py" line="473"/>
        <source>to be set</source>
        <translation>à fixer</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="160"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="161"/>
        <source>Speakers</source>
        <translation>Intervenant·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="162"/>
        <source>Turns</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="163"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="164"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/people.py" line="172"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../facilitation/export/options.py" line="117"/>
        <source>anonymised</source>
        <extracomment>the folder under the user&apos;s documents where the minutes go by default the longest file name suggested (with its extension); far below every system&apos;s limit &quot;docx&quot;, &quot;md&quot; or &quot;pdf&quot; &quot;fr&quot; or &quot;en&quot;; None: the meeting&apos;s language with ``anonymous``: keep the names of the people in charge of actions an organisation&apos;s Word template (Word only), or None</extracomment>
        <translation>anonymisé</translation>
    </message>
</context>
</TS>
