<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>%1%</source>
        <extracomment>the text size of the facilitator&apos;s and note-taker&apos;s windows, 1.0 = the system&apos;s</extracomment>
        <translation type="vanished">%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="206"/>
        <source>&amp;Language</source>
        <extracomment>the text size of the facilitator&apos;s and note-taker&apos;s windows, 1.0 = the system&apos;s</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="211"/>
        <source>Same as the &amp;system</source>
        <translation>Celle du &amp;système</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="220"/>
        <source>Takes effect at the next start</source>
        <translation>Prend effet au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="230"/>
        <source>The new language will be used the next time Facilitation starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Facilitation.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="236"/>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="240"/>
        <source>&amp;Normal</source>
        <translation>&amp;Normale</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="240"/>
        <source>&amp;Larger</source>
        <translation>&amp;Plus grande</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="240"/>
        <source>&amp;Much larger</source>
        <translation>&amp;Bien plus grande</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="240"/>
        <source>&amp;Very large</source>
        <translation>&amp;Très grande</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="267"/>
        <source>&amp;Bigger</source>
        <translation>A&amp;grandir</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="270"/>
        <source>&amp;Smaller</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/accessibility.py" line="281"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="77"/>
        <source>to come</source>
        <extracomment>a cell&apos;s width beyond its text, as Qt&apos;s delegate measures it here: the style sheet&apos;s padding (4 px a side), the focus margins and the grid line hidden in this order when the title would get less than TITLE_SHARE of the agenda&apos;s width</extracomment>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="78"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="79"/>
        <source>done</source>
        <translation>traité</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="80"/>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="249"/>
        <source>Item</source>
        <extracomment>each row&apos;s displayed values by item id: data() is a lookup, and a change notifies the view of the rows whose values differ from what it was last told, not of the whole table</extracomment>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="250"/>
        <source>Plan</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="251"/>
        <source>At</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="252"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="253"/>
        <source>Spent</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="254"/>
        <source>+/−</source>
        <translation>+/−</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="258"/>
        <source>Number on the agenda</source>
        <translation>Numéro à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="259"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="260"/>
        <source>Planned minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="261"/>
        <source>Planned start time</source>
        <translation>Heure de début prévue</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="262"/>
        <source>To come, running, done or skipped</source>
        <translation>À venir, en cours, traité ou passé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="263"/>
        <source>Time actually spent (all its intervals)</source>
        <translation>Temps réellement passé (toutes ses plages)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="264"/>
        <source>Minutes over (+) or under (−) the plan</source>
        <translation>Minutes de dépassement (+) ou d&apos;avance (−) sur le prévu</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="440"/>
        <source>Agenda</source>
        <extracomment>the text&apos;s margin inside the padding, as Qt&apos;s delegate leaves it (the focus frame&apos;s + 1)</extracomment>
        <translation>Ordre du jour</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="147"/>
        <source>Agenda and meeting details</source>
        <extracomment>an &quot;empty&quot; date or time: Qt editors cannot be blank, so their minimum stands for &quot;not set&quot; keys on the list: Ctrl+Up/Down (step -1/+1), Delete, Ctrl+Right (make sub-question)</extracomment>
        <translation>Ordre du jour et informations de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="152"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="153"/>
        <source>Meeting details</source>
        <translation>Informations de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="179"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="180"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="181"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="182"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="183"/>
        <source>Make sub-question</source>
        <translation>En faire une sous-question</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="190"/>
        <source>Add the opening points</source>
        <translation>Ajouter les points d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="192"/>
        <source>Welcome, approval of the agenda and minutes, follow-up of actions</source>
        <translation>Accueil, approbation de l&apos;ordre du jour et du compte rendu, suivi des actions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="195"/>
        <source>Add the closing points</source>
        <translation>Ajouter les points de clôture</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="196"/>
        <source>Any other business, date of the next meeting</source>
        <translation>Divers, date de la prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="198"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="201"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="218"/>
        <source>One sub-question per line</source>
        <translation>Une sous-question par ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="224"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="238"/>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="291"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="239"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="240"/>
        <source>Sub-questions:</source>
        <translation>Sous-questions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="241"/>
        <source>Planned:</source>
        <translation>Prévu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="242"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="243"/>
        <source>Presented by:</source>
        <translation>Présenté par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="264"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="268"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="273"/>
        <source>not set</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="278"/>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="279"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="280"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="285"/>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="287"/>
        <source>Separate names with semicolons</source>
        <translation>Séparer les noms par des points-virgules</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="292"/>
        <source>Series:</source>
        <translation>Série&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="293"/>
        <source>Number:</source>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="294"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="295"/>
        <source>Starts at:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="296"/>
        <source>Ends at:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="297"/>
        <source>Mode:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="298"/>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="299"/>
        <source>Online link:</source>
        <translation>Lien de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="300"/>
        <source>Organisers:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="301"/>
        <source>Partners:</source>
        <translation>Partenaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="302"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>This change is refused.</source>
        <translation type="vanished">Cette modification est refusée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="341"/>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="457"/>
        <source>Save the agenda as a template…</source>
        <translation>Enregistrer l&apos;ordre du jour comme modèle…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="468"/>
        <source>Insert “%1”</source>
        <translation>Insérer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="477"/>
        <source>Save as a template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="478"/>
        <source>Name of the template:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="491"/>
        <source>Template “%1” saved.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="540"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="550"/>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="550"/>
        <source>Already discussed</source>
        <translation>Déjà traité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="628"/>
        <source>Planned: %n min</source>
        <translation>
            <numerusform>Prévu&#xa0;: %n&#xa0;min</numerusform>
            <numerusform>Prévu&#xa0;: %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="632"/>
        <source>Planned: %1 min of the meeting&apos;s %2 min</source>
        <translation>Prévu&#xa0;: %1&#xa0;min sur les %2&#xa0;min de la réunion</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="638"/>
        <source>The agenda does not fit: %n min too many.</source>
        <translation>
            <numerusform>L&apos;ordre du jour déborde&#xa0;: %n&#xa0;min de trop.</numerusform>
            <numerusform>L&apos;ordre du jour déborde&#xa0;: %n&#xa0;min de trop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="92"/>
        <source>This meeting cannot be opened.

%1</source>
        <extracomment>the autosave slot this meeting was restored from (dropped once the new session holds it)</extracomment>
        <translation>Impossible d&apos;ouvrir cette réunion.

%1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="114"/>
        <source>The sample meeting cannot be copied: %1</source>
        <translation>Impossible de copier la réunion d&apos;exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="131"/>
        <source>Part of the meeting could not be restored: %1</source>
        <translation>Une partie de la réunion n&apos;a pas pu être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="159"/>
        <source>The meeting was not opened.</source>
        <translation>La réunion n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="166"/>
        <source>Changes cannot be kept safely (%1). The meeting is open read-only.</source>
        <translation>Les modifications ne peuvent pas être conservées en sécurité (%1). La réunion est ouverte en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="189"/>
        <source>This meeting is open in another window by %1 on %2 since %3.</source>
        <translation>Cette réunion est déjà ouverte dans une autre fenêtre par %1 sur %2 depuis %3.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="199"/>
        <source>Meeting already open</source>
        <translation>Réunion déjà ouverte</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="200"/>
        <source>Open it read-only?</source>
        <translation>L&apos;ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="207"/>
        <location filename="../../facilitation/ui/app/startup.py" line="267"/>
        <location filename="../../facilitation/ui/app/startup.py" line="289"/>
        <source>Facilitation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="230"/>
        <source>Changes are not being written to disk: %1 Facilitation keeps trying.</source>
        <translation>Les modifications ne sont pas écrites sur le disque&#xa0;: %1 Facilitation continue d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="261"/>
        <source>The meeting could not be saved to its file (%1). Its changes are kept in the autosave and will be offered at the next start.</source>
        <translation>La réunion n&apos;a pas pu être enregistrée dans son fichier (%1). Ses modifications sont gardées dans la sauvegarde automatique et vous seront proposées au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../facilitation/ui/core/context.py" line="167"/>
        <source>This meeting is open read-only.</source>
        <extracomment>what a window calls when a command it asked for is refused (the text is translated) the status line&apos;s text (&quot;Shared on …&quot;, &quot;Connected&quot;, &quot;Offline since 14:03 — 5 changes waiting&quot;) a command of this device refused when the shared log was replayed (text translated) the object that keeps the shared meeting running (``ui/sharing/link.py``&apos;s ShareLink) every change record of the one door, after the journal has it a storage problem the user must see (text already translated) the storage problem is over (a write succeeded again) the other windows; None where a window is tested on its own the storage session (autosave, journal, lock) when the meeting is kept on disk interface language (&quot;fr&quot; or &quot;en&quot;) text being typed when the app stopped, recovered from the autosave (key -&gt; text) the meeting shared with other devices, once it is (its door, its status)</extracomment>
        <translation>Cette réunion est ouverte en lecture seule.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../facilitation/models/commands.py" line="202"/>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="229"/>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="275"/>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="328"/>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="359"/>
        <source>Edit meeting details</source>
        <translation>Modifier les informations de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="373"/>
        <source>Edit next meeting</source>
        <translation>Modifier la prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="49"/>
        <source>Start the meeting</source>
        <translation>Commencer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="72"/>
        <source>Go to item</source>
        <translation>Passer au point</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="98"/>
        <source>Skip item</source>
        <translation>Passer le point</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="133"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="154"/>
        <source>Resume</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="173"/>
        <source>End the meeting</source>
        <translation>Clôturer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="196"/>
        <source>Add to the queue</source>
        <translation>Inscrire sur la liste des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="220"/>
        <source>Withdraw from the queue</source>
        <translation>Retirer de la liste des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="232"/>
        <source>Clear the queue</source>
        <translation>Vider la liste des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="245"/>
        <source>Give the floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="291"/>
        <source>End the turn</source>
        <translation>Terminer le tour de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="305"/>
        <source>Change the queue order</source>
        <translation>Changer l&apos;ordre des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="316"/>
        <source>Change the speaking-time limit</source>
        <translation>Changer la limite du temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="392"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="434"/>
        <source>Undo</source>
        <extracomment>what the step is called in the Edit menu when it is not an import (&quot;Add decision&quot;…); an English source string marked with QT_TRANSLATE_NOOP(&quot;Command&quot;, …) where it is written</extracomment>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="382"/>
        <source>Make a sub-question</source>
        <translation>En faire une sous-question</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="576"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="577"/>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="578"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="579"/>
        <source>Add open question</source>
        <translation>Ajouter une question en suspens</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/standard.py" line="96"/>
        <source>Add the opening points</source>
        <extracomment>&quot;opening&quot; or &quot;closing&quot;</extracomment>
        <translation>Ajouter les points d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/standard.py" line="98"/>
        <source>Add the closing points</source>
        <translation>Ajouter les points de clôture</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/templates.py" line="146"/>
        <source>Apply a template</source>
        <translation>Appliquer un modèle</translation>
    </message>
</context>
<context>
    <name>CommandError</name>
    <message>
        <location filename="../../facilitation/models/commands.py" line="134"/>
        <source>There is no {what} with the id {id}.</source>
        <extracomment>what the Edit menu says (&quot;Undo Add note&quot;): an English source string, translated by the UI</extracomment>
        <translation>Aucun élément {what} ne porte l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="143"/>
        <source>The id {id} is already used.</source>
        <translation>L&apos;identifiant {id} est déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="160"/>
        <source>This happens before the last recorded event.</source>
        <translation>Ceci se situe avant le dernier événement enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="188"/>
        <source>The meeting has not started.</source>
        <translation>La réunion n&apos;a pas commencé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="190"/>
        <source>The meeting has ended.</source>
        <translation>La réunion est terminée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="214"/>
        <location filename="../../facilitation/models/commands.py" line="237"/>
        <location filename="../../facilitation/models/commands.py" line="282"/>
        <location filename="../../facilitation/models/commands.py" line="336"/>
        <source>{coll} cannot be edited directly.</source>
        <translation>«&#xa0;{coll}&#xa0;» ne se modifie pas directement.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="248"/>
        <source>Unknown field {name}.</source>
        <translation>Champ inconnu&#xa0;: {name}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="251"/>
        <source>An id cannot be changed.</source>
        <translation>Un identifiant ne peut pas être changé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="256"/>
        <location filename="../../facilitation/models/commands.py" line="262"/>
        <location filename="../../facilitation/models/commands.py" line="351"/>
        <source>Invalid value: {problem}</source>
        <translation>Valeur non valable&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="290"/>
        <source>This is the current item: go to another item first.</source>
        <translation>C&apos;est le point en cours&#xa0;: passez d&apos;abord à un autre point.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="296"/>
        <source>This item has already been discussed: skip it rather than delete it.</source>
        <translation>Ce point a déjà été abordé&#xa0;: passez-le plutôt que de le supprimer.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="312"/>
        <source>This person has spoken or is named in the notes: mark them absent instead.</source>
        <translation>Cette personne a pris la parole ou est citée dans les notes&#xa0;: indiquez-la plutôt comme absente.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="56"/>
        <source>The meeting has already started.</source>
        <translation>La réunion a déjà commencé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="82"/>
        <source>This item is already the current one.</source>
        <translation>Ce point est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="106"/>
        <source>This item is already skipped.</source>
        <translation>Ce point est déjà passé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="141"/>
        <source>The meeting is already paused.</source>
        <translation>La réunion est déjà en pause.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="161"/>
        <source>The meeting is not paused.</source>
        <translation>La réunion n&apos;est pas en pause.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="210"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} est déjà sur la liste des tours de parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="257"/>
        <source>The meeting is paused.</source>
        <translation>La réunion est en pause.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="275"/>
        <source>Nobody is waiting to speak.</source>
        <translation>Personne n&apos;attend pour prendre la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="296"/>
        <source>Nobody has the floor.</source>
        <translation>Personne n&apos;a la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="321"/>
        <source>A limit must be positive.</source>
        <translation>Une limite doit être positive.</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/messages.py" line="8"/>
        <source>Another device has changed this since: it cannot be undone here.</source>
        <translation>Un autre appareil a modifié ceci depuis&#xa0;: impossible de l&apos;annuler ici.</translation>
    </message>
</context>
<context>
    <name>CurrentItem</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="86"/>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="48"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="227"/>
        <source>Recorded on this item</source>
        <extracomment>the space under each paragraph, as the rich text&apos;s ``margin:0 0 6px 0`` gave</extracomment>
        <translation>Noté sur ce point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="267"/>
        <source>The meeting has ended</source>
        <translation>La réunion est terminée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="268"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="270"/>
        <source>No agenda yet</source>
        <translation>Pas encore d&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="272"/>
        <source>Add agenda items with Meeting → Edit agenda…</source>
        <translation>Ajoutez des points avec Réunion → Modifier l&apos;ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="282"/>
        <source>First item · the meeting has not started</source>
        <translation>Premier point · la réunion n&apos;a pas commencé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="284"/>
        <source>Item %1 of %2</source>
        <translation>Point %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="288"/>
        <source>%n min planned</source>
        <translation>
            <numerusform>%n&#xa0;min prévue</numerusform>
            <numerusform>%n&#xa0;min prévues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="290"/>
        <source>presented by %1</source>
        <translation>présenté par %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="309"/>
        <source>This is the last item.</source>
        <translation>C&apos;est le dernier point.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="311"/>
        <source>Next: %1. %2</source>
        <translation>Ensuite&#xa0;: %1. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="314"/>
        <source>(%n min)</source>
        <translation>
            <numerusform>(%n&#xa0;min)</numerusform>
            <numerusform>(%n&#xa0;min)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="322"/>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="323"/>
        <source>vote %1–%2–%3</source>
        <translation>vote %1–%2–%3</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="327"/>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="329"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="335"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="338"/>
        <source>Open question</source>
        <translation>Question en suspens</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="339"/>
        <source>Nothing yet. Ctrl+D: decision · Ctrl+J: action · Ctrl+K: question</source>
        <translation>Rien pour l&apos;instant. Ctrl+D&#xa0;: décision · Ctrl+J&#xa0;: action · Ctrl+K&#xa0;: question</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="356"/>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="359"/>
        <source>Meeting %1 · started %2</source>
        <translation>Réunion %1 · commencée à %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="363"/>
        <source>breaks %1</source>
        <translation>pauses %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="371"/>
        <source>Break since %1 (%2) — F9 to resume</source>
        <translation>En pause depuis %1 (%2) — F9 pour la reprise</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../facilitation/ui/core/command_labels.py" line="23"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/command_labels.py" line="24"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/command_labels.py" line="30"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/command_labels.py" line="31"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>FacilitatorWindow</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="148"/>
        <source>Agenda</source>
        <extracomment>the agenda&apos;s and the speakers&apos; default share of the width, each within (least, most) pixels; the question in the middle gets the rest. The agenda needs room for its titles next to its four narrow columns: at its minimum width a title showed only a few letters on a 1280-pixel screen every action by name (&quot;next&quot;, &quot;give_floor&quot; …); shadows QWidget.actions() on purpose, tests and the accessibility checks look actions up here by name False when started with --terminate-after-init: never ask anything</extracomment>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="158"/>
        <source>Enter or double-click: go to the item</source>
        <translation>Entrée ou double-clic&#xa0;: passer au point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="109"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="115"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="119"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="120"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="121"/>
        <source>&amp;Export minutes…</source>
        <translation>E&amp;xporter le compte rendu…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="124"/>
        <source>Open the &amp;note-taker&apos;s window</source>
        <translation>Ouvrir la fenêtre de &amp;prise de notes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="130"/>
        <source>Open the &amp;projector window</source>
        <translation>Ouvrir la fenêtre du pro&amp;jecteur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="136"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="137"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="139"/>
        <source>&amp;Start the meeting</source>
        <translation>&amp;Commencer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="140"/>
        <source>&amp;Previous item</source>
        <translation>Point &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="141"/>
        <source>&amp;Next item</source>
        <translation>Point &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="142"/>
        <source>S&amp;kip this item</source>
        <translation>Passer ce poin&amp;t</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="143"/>
        <location filename="../../facilitation/ui/facilitator/window.py" line="257"/>
        <source>&amp;Pause for a break</source>
        <translation>Faire une p&amp;ause</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="144"/>
        <source>&amp;End the meeting</source>
        <translation>C&amp;lôturer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="147"/>
        <source>Record a &amp;decision…</source>
        <translation>Noter une &amp;décision…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="151"/>
        <source>Record an ac&amp;tion…</source>
        <translation>Noter une actio&amp;n…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="154"/>
        <source>Record an open &amp;question…</source>
        <translation>Noter une &amp;question en suspens…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="160"/>
        <source>Edit the &amp;agenda…</source>
        <translation>Modifier l&apos;&amp;ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="166"/>
        <source>P&amp;articipants…</source>
        <translation>Pa&amp;rticipant·es…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="172"/>
        <source>Import an agenda…</source>
        <translation>Importer un ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="177"/>
        <source>Import participants…</source>
        <translation>Importer des participant·es…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="180"/>
        <source>Prepare the &amp;next meeting…</source>
        <translation>Préparer la prochaine ré&amp;union…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="184"/>
        <source>&amp;Add to the queue</source>
        <translation>&amp;Inscrire sur la liste</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="190"/>
        <source>Add a &amp;direct reply</source>
        <translation>Inscrire une &amp;réponse directe</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="196"/>
        <source>Add a point of &amp;order</source>
        <translation>Inscrire un point d&apos;&amp;ordre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="200"/>
        <source>&amp;Give the floor to the next</source>
        <translation>&amp;Donner la parole à la personne suivante</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="201"/>
        <source>&amp;End the turn</source>
        <translation>&amp;Terminer le tour de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="202"/>
        <source>Go to the &amp;queue</source>
        <translation>Aller à la &amp;liste des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="203"/>
        <source>Go to the a&amp;genda</source>
        <translation>Aller à l&apos;ordre du &amp;jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="207"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="211"/>
        <source>&amp;About Facilitation</source>
        <translation>À &amp;propos de Facilitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="212"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="220"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="235"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="237"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="258"/>
        <source>&amp;Speakers</source>
        <translation>&amp;Parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="270"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="286"/>
        <source>Start the meeting</source>
        <translation>Commencer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="287"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="288"/>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="289"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="290"/>
        <source>End</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="182"/>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="183"/>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="236"/>
        <source>New meeting</source>
        <extracomment>None until first laid out; then True while the split follows the window&apos;s width (no saved layout, no handle moved yet), False once the facilitator has chosen</extracomment>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="237"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="254"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="257"/>
        <source>&amp;Resume after the break</source>
        <translation>&amp;Reprendre après la pause</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="283"/>
        <source>Read-only: changes are not saved</source>
        <translation>Lecture seule&#xa0;: les modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="286"/>
        <source>Not saved (no file)</source>
        <translation>Non enregistrée (pas de fichier)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="293"/>
        <source>Every change is kept · saved to file at %1</source>
        <translation>Chaque modification est gardée · enregistrée dans le fichier à %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="298"/>
        <source>Every change is kept</source>
        <translation>Chaque modification est gardée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="339"/>
        <source>This is the last item. Shift+F5 ends the meeting.</source>
        <translation>C&apos;est le dernier point. Maj+F5 clôture la réunion.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="346"/>
        <source>This is the first item.</source>
        <translation>C&apos;est le premier point.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="365"/>
        <source>Choose the item to skip in the agenda.</source>
        <translation>Choisissez dans l&apos;ordre du jour le point à passer.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="394"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="398"/>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="409"/>
        <source>There is no agenda item to record this on.</source>
        <translation>Il n&apos;y a pas de point de l&apos;ordre du jour où noter ceci.</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>This part of Facilitation is not available in this version.</source>
        <translation type="vanished">Cette partie de Facilitation n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="81"/>
        <source>Open a meeting</source>
        <translation>Ouvrir une réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="59"/>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="81"/>
        <source>Meetings (*.json)</source>
        <translation>Réunions (*.json)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="91"/>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="102"/>
        <source>This meeting cannot be saved (read-only).</source>
        <translation>Cette réunion ne peut pas être enregistrée (lecture seule).</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="104"/>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="237"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="106"/>
        <source>Save the meeting as</source>
        <translation>Enregistrer la réunion sous</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="122"/>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="246"/>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="123"/>
        <source>The meeting was not saved: %1</source>
        <translation>La réunion n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="126"/>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="140"/>
        <source>Save the meeting?</source>
        <translation>Enregistrer la réunion&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="141"/>
        <source>This meeting has no file yet. Save it before closing?</source>
        <translation>Cette réunion n&apos;a pas encore de fichier. L&apos;enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="159"/>
        <source>minutes</source>
        <translation>compte-rendu</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="163"/>
        <source>Export the minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="165"/>
        <source>Word document (*.docx);;Markdown (*.md)</source>
        <translation>Document Word (*.docx);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="175"/>
        <source>Minutes not written</source>
        <translation>Compte rendu non écrit</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="178"/>
        <source>Minutes written</source>
        <translation>Compte rendu écrit</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="179"/>
        <source>The minutes were written to %1</source>
        <translation>Le compte rendu a été écrit dans %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="180"/>
        <source>Open the document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="181"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="238"/>
        <source>%1 (next)</source>
        <translation>%1 (suivante)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="239"/>
        <source>Prepare the next meeting</source>
        <translation>Préparer la prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="250"/>
        <source>Next meeting prepared</source>
        <translation>Prochaine réunion préparée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="251"/>
        <source>The next meeting was written to %1. Open it now?</source>
        <translation>La prochaine réunion a été écrite dans %1. L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="260"/>
        <source>About Facilitation</source>
        <translation>À propos de Facilitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="261"/>
        <source>Facilitation %1

Run meetings well: agenda, timers, speakers&apos; queue, notes and minutes. Offline, on your own computer.</source>
        <translation>Facilitation %1

Pour bien animer les réunions&#xa0;: ordre du jour, minuteurs, liste des tours de parole, prise de notes et compte rendu. Hors ligne, sur votre propre ordinateur.</translation>
    </message>
</context>
<context>
    <name>ImportAgendaDialog</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="238"/>
        <source>Import an agenda</source>
        <translation>Importer un ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="241"/>
        <source>1. Welcome (10 min)
2. Budget (20 min)
   - grants
3. Any other business</source>
        <translation>1. Accueil (10 min)
2. Budget (20 min)
   - subsides
3. Divers</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="244"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="244"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="244"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="249"/>
        <source>Add after the current agenda</source>
        <translation>Ajouter après l&apos;ordre du jour actuel</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="251"/>
        <source>Replace the items not yet discussed (the others stay)</source>
        <translation>Remplacer les points pas encore abordés (les autres restent)</translation>
    </message>
    <message>
        <source>Replace the items not yet discussed</source>
        <translation type="vanished">Remplacer les points pas encore abordés</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="259"/>
        <source>Agendas (*.md *.markdown *.txt *.docx);;All files (*)</source>
        <translation>Ordres du jour (*.md *.markdown *.txt *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="265"/>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="289"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="291"/>
        <source>%n minute(s) planned</source>
        <translation>
            <numerusform>%n minute prévue</numerusform>
            <numerusform>%n minutes prévues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="67"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="72"/>
        <source>paragraph</source>
        <translation>paragraphe</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="74"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="77"/>
        <source>%1, %2 %3: %4</source>
        <translation>%1, %2 %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="87"/>
        <source>Paragraph %1</source>
        <translation>Paragraphe %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="89"/>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>ImportParticipantsDialog</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="308"/>
        <source>Import participants</source>
        <translation>Importer des participant·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="310"/>
        <source>Name; group; e-mail (optional), one person per line</source>
        <translation>Nom&#xa0;; groupe&#xa0;; e-mail (facultatif), une personne par ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="314"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="315"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="316"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="317"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="318"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="327"/>
        <source>Also add the duplicates</source>
        <translation>Ajouter aussi les doublons</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="333"/>
        <source>Lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listes (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="340"/>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="352"/>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="353"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="354"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="382"/>
        <source>%n person(s) will be added</source>
        <translation>
            <numerusform>%n personne sera ajoutée</numerusform>
            <numerusform>%n personnes seront ajoutées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../facilitation/imports/agenda.py" line="149"/>
        <source>No agenda point was found in this file.</source>
        <extracomment>a line longer than this is prose, not an agenda point the numbering typed into a heading (&quot;## 2. Budget&quot;, &quot;II) Élections&quot;) text that continues the list entry above it (indented under it, no blank line between) a title for the meeting found in the document (&quot;&quot; when none) what a note&apos;s number counts: &quot;line&quot; (text) or &quot;paragraph&quot; (Word)</extracomment>
        <translation>Aucun point d&apos;ordre du jour n&apos;a été trouvé dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda.py" line="155"/>
        <source>Too many agenda points ({count}; at most {limit}).</source>
        <translation>Trop de points à l&apos;ordre du jour ({count}&#xa0;; au plus {limit}).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda.py" line="239"/>
        <source>“{text}” is an empty form field, not an agenda point: left out.</source>
        <translation>«&#xa0;{text}&#xa0;» est un champ de formulaire vide, pas un point de l&apos;ordre du jour&#xa0;: laissé de côté.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda.py" line="251"/>
        <source>This point has no title: left out.</source>
        <translation>Ce point n&apos;a pas de titre&#xa0;: laissé de côté.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda.py" line="258"/>
        <source>A very long title: check that this is an agenda point.</source>
        <translation>Titre très long&#xa0;: vérifiez qu&apos;il s&apos;agit bien d&apos;un point de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda.py" line="290"/>
        <source>Lists nested more than two levels deep are flattened into sub-questions.</source>
        <translation>Les listes de plus de deux niveaux sont ramenées à des sous-questions.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda.py" line="332"/>
        <source>No agenda was found: the text has no numbered or bulleted list and no headings, and its lines are too long to be agenda points.</source>
        <translation>Aucun ordre du jour n&apos;a été trouvé&#xa0;: le texte n&apos;a ni liste numérotée ou à puces, ni titres, et ses lignes sont trop longues pour être des points de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="45"/>
        <source>This Word file is password-protected: remove the password in Word and try again.</source>
        <extracomment>what the parts of the document may weigh once unpacked (a small .docx can unpack to gigabytes)</extracomment>
        <translation>Ce fichier Word est protégé par un mot de passe&#xa0;: retirez le mot de passe dans Word et réessayez.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="52"/>
        <source>This is not a Word .docx file: it looks password-protected or is an old Word (.doc) file. Open it in Word and save it as .docx without a password.</source>
        <translation>Ce n&apos;est pas un fichier Word .docx&#xa0;: il semble protégé par un mot de passe ou c&apos;est un ancien fichier Word (.doc). Ouvrez-le dans Word et enregistrez-le en .docx sans mot de passe.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="59"/>
        <location filename="../../facilitation/imports/agenda_text.py" line="112"/>
        <location filename="../../facilitation/imports/textio.py" line="63"/>
        <location filename="../../facilitation/imports/textio.py" line="83"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="67"/>
        <source>This is not a Word .docx file, or the file is damaged.</source>
        <translation>Ce n&apos;est pas un fichier Word .docx, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="74"/>
        <source>This packed file is not a Word document (an OpenDocument or Excel file?): save it as .docx.</source>
        <translation>Ce fichier compressé n&apos;est pas un document Word (un fichier OpenDocument ou Excel&#xa0;?)&#xa0;: enregistrez-le en .docx.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="83"/>
        <source>The document is too big for an agenda.</source>
        <translation>Le document est trop gros pour un ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="201"/>
        <source>The document is too long for an agenda ({count} paragraphs).</source>
        <translation>Le document est trop long pour un ordre du jour ({count} paragraphes).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="215"/>
        <source>This Word file is damaged and cannot be read.</source>
        <translation>Ce fichier Word est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="223"/>
        <source>No agenda was found outside tables; agendas laid out in a table are not read: use headings or a list.</source>
        <translation>Aucun ordre du jour n&apos;a été trouvé hors des tableaux&#xa0;; un ordre du jour présenté en tableau n&apos;est pas lu&#xa0;: utilisez des titres ou une liste.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_text.py" line="103"/>
        <source>The text is too long for an agenda ({count} lines; at most {limit}).</source>
        <extracomment>an agenda is a page or two; ten thousand lines is a wrong file</extracomment>
        <translation>Le texte est trop long pour un ordre du jour ({count} lignes&#xa0;; au plus {limit}).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/files.py" line="26"/>
        <source>Old Word (.doc) files cannot be read: open it in Word and save it as .docx.</source>
        <translation>Les anciens fichiers Word (.doc) ne peuvent pas être lus&#xa0;: ouvrez-le dans Word et enregistrez-le en .docx.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/files.py" line="35"/>
        <source>OpenDocument files cannot be read: save it as .docx or text.</source>
        <translation>Les fichiers OpenDocument ne peuvent pas être lus&#xa0;: enregistrez-le en .docx ou en texte.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="161"/>
        <source>The list is empty.</source>
        <extracomment>the separator found: &quot;,&quot; &quot;;&quot; &quot;	&quot;, or &quot;&quot; for one name per line</extracomment>
        <translation>La liste est vide.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="169"/>
        <source>The list is too long ({count} rows; at most {limit}).</source>
        <translation>La liste est trop longue ({count} lignes&#xa0;; au plus {limit}).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="193"/>
        <source>Only the name, group and e-mail are read; other columns are ignored.</source>
        <translation>Seuls le nom, le groupe et l&apos;e-mail sont lus&#xa0;; les autres colonnes sont ignorées.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="201"/>
        <source>A quotation mark makes this row run over several lines: check the quotes.</source>
        <translation>Un guillemet fait déborder cette ligne sur plusieurs lignes&#xa0;: vérifiez les guillemets.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="210"/>
        <source>This row has no name: it is not imported.</source>
        <translation>Cette ligne n&apos;a pas de nom&#xa0;: elle n&apos;est pas importée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="216"/>
        <source>The name is too long ({count} characters): it is not imported.</source>
        <translation>Le nom est trop long ({count} caractères)&#xa0;: il n&apos;est pas importé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="226"/>
        <source>“{email}” is not a valid e-mail address: the row is not imported.</source>
        <translation>«&#xa0;{email}&#xa0;» n&apos;est pas une adresse e-mail valable&#xa0;: la ligne n&apos;est pas importée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="238"/>
        <source>{name} is already on the list (as {other}).</source>
        <translation>{name} est déjà sur la liste (sous le nom {other}).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="247"/>
        <source>{name} has the same e-mail address as {other}, already on the list.</source>
        <translation>{name} a la même adresse e-mail que {other}, déjà sur la liste.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="263"/>
        <source>The list has a header but nobody in it.</source>
        <translation>La liste a une ligne d&apos;en-tête mais personne dedans.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="301"/>
        <source>A quotation mark opened on this line is never closed.</source>
        <translation>Un guillemet ouvert sur cette ligne n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/participants.py" line="305"/>
        <source>A quotation mark is misplaced (inside a field, quotes must be doubled).</source>
        <translation>Un guillemet est mal placé (dans un champ, les guillemets doivent être doublés).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/templates.py" line="78"/>
        <source>The template cannot be saved: {reason}</source>
        <translation>Le modèle ne peut pas être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/templates.py" line="89"/>
        <source>This template file cannot be read.</source>
        <translation>Ce fichier de modèle ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/templates.py" line="93"/>
        <source>This is not an agenda template.</source>
        <translation>Ce n&apos;est pas un modèle d&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/templates.py" line="99"/>
        <source>This template was made by a newer version of the app.</source>
        <translation>Ce modèle a été créé par une version plus récente de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/templates.py" line="113"/>
        <source>This template is damaged ({problem}).</source>
        <translation>Ce modèle est endommagé ({problem}).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/textio.py" line="32"/>
        <source>The file is too big ({size} KB; at most {limit} KB).</source>
        <extracomment>a meeting&apos;s agenda or guest list is a few pages; anything bigger is not what the user meant</extracomment>
        <translation>Le fichier est trop gros ({size}&#xa0;Ko&#xa0;; au plus {limit}&#xa0;Ko).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/textio.py" line="41"/>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/textio.py" line="45"/>
        <source>This is a folder, not a file.</source>
        <translation>C&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/textio.py" line="49"/>
        <source>You are not allowed to read this file.</source>
        <translation>Vous n&apos;avez pas le droit de lire ce fichier.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/textio.py" line="55"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/textio.py" line="78"/>
        <location filename="../../facilitation/imports/textio.py" line="136"/>
        <source>This is not a text file (it contains binary data).</source>
        <translation>Ce n&apos;est pas un fichier texte (il contient des données binaires).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/textio.py" line="96"/>
        <source>The text encoding cannot be recognised (save the file as UTF-8 and try again).</source>
        <translation>L&apos;encodage du texte n&apos;est pas reconnu (enregistrez le fichier en UTF-8 et réessayez).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/textio.py" line="109"/>
        <source>This is a packed document (Word, Excel or LibreOffice), not plain text: save it as text or CSV, or import the Word file itself.</source>
        <translation>C&apos;est un document compressé (Word, Excel ou LibreOffice), pas du texte brut&#xa0;: enregistrez-le en texte ou en CSV, ou importez directement le fichier Word.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/textio.py" line="119"/>
        <source>This is an old Office document (.doc or .xls), not plain text: save it as text or CSV.</source>
        <translation>C&apos;est un ancien document Office (.doc ou .xls), pas du texte brut&#xa0;: enregistrez-le en texte ou en CSV.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/textio.py" line="128"/>
        <source>This is a PDF file: copy its text and paste it instead.</source>
        <translation>C&apos;est un fichier PDF&#xa0;: copiez-en le texte et collez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="96"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="97"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="98"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="27"/>
        <source>Join a meeting</source>
        <translation>Rejoindre une réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="30"/>
        <source>Type or paste what the facilitator&apos;s computer shows in Meeting → Share on the network. The note-taker&apos;s window opens on the meeting.</source>
        <translation>Tapez ou collez ce qu&apos;affiche l&apos;ordinateur de l&apos;animateur·rice dans Réunion → Partager sur le réseau. La fenêtre de prise de notes s&apos;ouvre sur la réunion.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="40"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="41"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="43"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="44"/>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="45"/>
        <source>Also open the &amp;projector&apos;s window</source>
        <translation>Ouvrir aussi la fenêtre du &amp;projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="56"/>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
</context>
<context>
    <name>JoinedMeeting</name>
    <message>
        <source>Join a meeting</source>
        <translation type="vanished">Rejoindre une réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/joined.py" line="119"/>
        <source>The meeting at %1 could not be reached. Is it still shared, on this network?</source>
        <translation>La réunion à l&apos;adresse %1 est injoignable. Est-elle toujours partagée, sur ce réseau&#xa0;?</translation>
    </message>
</context>
<context>
    <name>KindPanel</name>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="64"/>
        <source>Kind of entry</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="65"/>
        <source>Mark the entry (Ctrl+1 to Ctrl+4)</source>
        <translation>Marquer la note (Ctrl+1 à Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="67"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="68"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="69"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="70"/>
        <source>Open question</source>
        <translation>Question en suspens</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="76"/>
        <source>How it was decided</source>
        <translation>Mode de décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="78"/>
        <source>by consensus</source>
        <translation>par consensus</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="79"/>
        <source>by vote</source>
        <translation>par vote</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="80"/>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="83"/>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="91"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="84"/>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="92"/>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="85"/>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="93"/>
        <source>Abst.</source>
        <translation>Abst.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="104"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="105"/>
        <source>Who is in charge</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="107"/>
        <source>Due</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="110"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="46"/>
        <source>The meeting has not started yet</source>
        <extracomment>the big figure: &quot;12:04&quot;, &quot;+3:12&quot; what it means, in words (status is never told by colour alone): &quot;left&quot;, &quot;over time&quot; no item is running (not started, paused, ended)</extracomment>
        <translation>La réunion n&apos;a pas encore commencé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="51"/>
        <source>The meeting has ended</source>
        <translation>La réunion est terminée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="57"/>
        <source>No item under discussion</source>
        <translation>Aucun point en discussion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="62"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="66"/>
        <source>elapsed</source>
        <translation>écoulées</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="70"/>
        <source>left</source>
        <translation>restantes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="73"/>
        <source>over time</source>
        <translation>de dépassement</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="82"/>
        <source>{figure} {caption}</source>
        <translation>{figure} {caption}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="96"/>
        <source>Nobody is waiting to speak</source>
        <translation>Personne n&apos;attend pour prendre la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="99"/>
        <source>Next: 1 person waiting</source>
        <translation>Ensuite&#xa0;: 1 personne inscrite</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="100"/>
        <source>Next: {n} people waiting</source>
        <translation>Ensuite&#xa0;: {n} personnes inscrites</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="103"/>
        <source>Next: {names} (and {more} more)</source>
        <translation>Ensuite&#xa0;: {names} (et {more} autres)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="106"/>
        <source>Next: {names}</source>
        <translation>Ensuite&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="110"/>
        <source>Nobody has the floor</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="112"/>
        <source>Someone has the floor</source>
        <translation>Quelqu&apos;un a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="113"/>
        <source>Speaking: {name}</source>
        <translation>À la parole&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="136"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>NoteTakerWindow</name>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="152"/>
        <source>Agenda item in view</source>
        <extracomment>the item whose notes are in view</extracomment>
        <translation>Point affiché</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="153"/>
        <source>Look at the notes of another item (the meeting stays put)</source>
        <translation>Voir les notes d&apos;un autre point (la réunion ne bouge pas)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="161"/>
        <source>&amp;Follow the live item</source>
        <translation>&amp;Suivre le point en cours</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="164"/>
        <source>Show the item under discussion as the meeting moves (Ctrl+L)</source>
        <translation>Afficher le point en discussion à mesure que la réunion avance (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="307"/>
        <source>Move the note up</source>
        <translation>Monter la note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="308"/>
        <source>Move the note down</source>
        <translation>Descendre la note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="214"/>
        <location filename="../../facilitation/ui/notetaker/window.py" line="485"/>
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="218"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="230"/>
        <source>Speaker (optional)</source>
        <translation>Orateur·rice (facultatif)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="231"/>
        <source>Speaker</source>
        <translation>Orateur·rice</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="234"/>
        <source>Current speaker (F2)</source>
        <translation>Personne qui a la parole (F2)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="236"/>
        <source>Tie the note to whoever has the floor</source>
        <translation>Attribuer la note à la personne qui a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="239"/>
        <location filename="../../facilitation/ui/notetaker/window.py" line="306"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="248"/>
        <source>Enter adds the note · Shift+Enter starts a new line · the note is timed from its first letter</source>
        <translation>Entrée ajoute la note · Maj+Entrée passe à la ligne · la note est horodatée dès sa première lettre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="304"/>
        <source>Current speaker</source>
        <translation>Personne qui a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="305"/>
        <source>Follow the live item</source>
        <translation>Suivre le point en cours</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="313"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="316"/>
        <source>Show the &amp;facilitator&apos;s window</source>
        <translation>Afficher la fenêtre d&apos;&amp;animation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="318"/>
        <source>&amp;Window</source>
        <translation>&amp;Fenêtre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="326"/>
        <source>The facilitator&apos;s window is not open in this program.</source>
        <translation>La fenêtre d&apos;animation n&apos;est pas ouverte dans ce programme.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="333"/>
        <source>Notes — {title}</source>
        <translation>Notes — {title}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="333"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="368"/>
        <source>No item under discussion yet</source>
        <translation>Aucun point en discussion pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="370"/>
        <source>No agenda item yet</source>
        <translation>Pas encore de point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="377"/>
        <source>The meeting is not on an item</source>
        <translation>La réunion n&apos;est sur aucun point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="379"/>
        <source>Not the item under discussion: the meeting is on item {n}</source>
        <translation>Ce n&apos;est pas le point en discussion&#xa0;: la réunion en est au point {n}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="419"/>
        <source>You are writing on item {mine}; the meeting has moved on to item {live}.</source>
        <translation>Vous écrivez sur le point {mine}&#xa0;; la réunion est passée au point {live}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="469"/>
        <source>Item {n}: {timer}</source>
        <translation>Point {n}&#xa0;: {timer}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="481"/>
        <source>&amp;New note, started at {time}</source>
        <translation>&amp;Nouvelle note, commencée à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="501"/>
        <source>The note you were typing has been recovered.</source>
        <translation>La note que vous étiez en train d&apos;écrire a été récupérée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="506"/>
        <source>Nobody has the floor.</source>
        <translation>Personne n&apos;a la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="537"/>
        <source>That item was removed from the agenda: press Enter again to add the note to the item under discussion.</source>
        <translation>Ce point a été retiré de l&apos;ordre du jour&#xa0;: appuyez encore sur Entrée pour ajouter la note au point en discussion.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="544"/>
        <source>There is no agenda item to write on yet.</source>
        <translation>Il n&apos;y a pas encore de point de l&apos;ordre du jour où écrire.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="549"/>
        <source>Nobody called “{name}” takes part.</source>
        <translation>Personne du nom de «&#xa0;{name}&#xa0;» ne participe.</translation>
    </message>
    <message>
        <source>This change cannot be made.</source>
        <translation type="vanished">Cette modification est impossible.</translation>
    </message>
</context>
<context>
    <name>NotesHistory</name>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_history.py" line="61"/>
        <source>Move the note up</source>
        <translation>Monter la note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_history.py" line="64"/>
        <source>Move the note down</source>
        <translation>Descendre la note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_history.py" line="66"/>
        <source>Edit</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_history.py" line="67"/>
        <source>Correct the selected note (Enter in the list)</source>
        <translation>Corriger la note choisie (Entrée dans la liste)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_history.py" line="69"/>
        <source>Move to item</source>
        <translation>Déplacer vers un point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_history.py" line="70"/>
        <source>Put the selected note under another agenda item</source>
        <translation>Ranger la note choisie sous un autre point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_history.py" line="74"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_history.py" line="75"/>
        <source>Delete the selected note</source>
        <translation>Supprimer la note choisie</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_history.py" line="102"/>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_history.py" line="124"/>
        <source>Notes of item {n}</source>
        <translation>Notes du point {n}</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_list.py" line="26"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_list.py" line="27"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_list.py" line="28"/>
        <source>Open question</source>
        <translation>Question en suspens</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_list.py" line="40"/>
        <source>{speaker}: {text}</source>
        <translation>{speaker}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_list.py" line="55"/>
        <source>Notes of this item</source>
        <translation>Notes de ce point</translation>
    </message>
</context>
<context>
    <name>Number</name>
    <message>
        <location filename="../../facilitation/ui/core/i18n.py" line="120"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/participants_panel.py" line="36"/>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/participants_panel.py" line="74"/>
        <source>not heard yet</source>
        <translation>pas encore entendu·e</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="102"/>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="108"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="109"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="110"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="111"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="112"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="113"/>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="312"/>
        <source>Represented by</source>
        <translation>Représenté·e par</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="139"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="140"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="141"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="153"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="154"/>
        <source>Facilitator</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="155"/>
        <source>Note-taker</source>
        <translation>Preneur·euse de notes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="156"/>
        <source>Guest</source>
        <translation>Invité·e</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="159"/>
        <source>Present</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="160"/>
        <source>Represented</source>
        <translation>Représenté·e</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="161"/>
        <source>Excused</source>
        <translation>Excusé·e</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="162"/>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <source>This change is refused.</source>
        <translation type="vanished">Cette modification est refusée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="198"/>
        <source>New participant</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="313"/>
        <source>Who holds the proxy of a person represented (someone present)</source>
        <translation>Qui détient la procuration d&apos;une personne représentée (une personne présente)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="334"/>
        <source>— nobody chosen —</source>
        <translation>— personne —</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="353"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant·e</numerusform>
            <numerusform>%n participant·es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="355"/>
        <source>%n present or represented</source>
        <translation>
            <numerusform>%n présent·e ou représenté·e</numerusform>
            <numerusform>%n présent·es ou représenté·es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="357"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastNoteEditor</name>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_past.py" line="57"/>
        <source>Text of the note being corrected</source>
        <translation>Texte de la note en cours de correction</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_past.py" line="61"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_past.py" line="62"/>
        <source>Finish correcting the note (Esc)</source>
        <translation>Terminer la correction de la note (Échap)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_past.py" line="82"/>
        <source>Correcting the note of {time}: saved as you type</source>
        <translation>Correction de la note de {time}&#xa0;: enregistrée au fil de la frappe</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="67"/>
        <source>Projector</source>
        <extracomment>type never shrinks below this (pixels): past it, the room could not read it anyway</extracomment>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="129"/>
        <source>Hide names</source>
        <translation>Masquer les noms</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="134"/>
        <source>Show how many people wait to speak rather than their names</source>
        <translation>Afficher le nombre de personnes inscrites plutôt que leurs noms</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="137"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="141"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="144"/>
        <source>Close the projector</source>
        <translation>Fermer le projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="210"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="230"/>
        <source>Item {n} of {total}</source>
        <translation>Point {n} sur {total}</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="118"/>
        <source>not heard yet</source>
        <translation>pas encore entendu·e</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="120"/>
        <source>waiting %1</source>
        <translation>attend depuis %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="200"/>
        <source>Queue of speakers</source>
        <translation>Liste des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="231"/>
        <source>Speakers</source>
        <extracomment>where a refusal of the queue&apos;s commands is told (the facilitator&apos;s status bar)</extracomment>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="256"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="259"/>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="260"/>
        <source>Kind of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="274"/>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="451"/>
        <source>Nobody waits to speak.</source>
        <translation>Personne n&apos;attend pour prendre la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="284"/>
        <source>First come</source>
        <translation>Par ordre d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="286"/>
        <source>Progressive (this item)</source>
        <translation>Priorité à qui n&apos;a pas parlé (ce point)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="290"/>
        <source>Progressive (meeting)</source>
        <translation>Priorité à qui n&apos;a pas parlé (réunion)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="294"/>
        <source>Order of the queue. Progressive: people not heard yet (on this item, or in the whole meeting) go ahead. Points of order and direct replies always go first.</source>
        <translation>Ordre de la liste des tours de parole. Priorité à qui n&apos;a pas parlé&#xa0;: les personnes pas encore entendues (sur ce point, ou de toute la réunion) passent devant. Les points d&apos;ordre et les réponses directes passent toujours en premier.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="304"/>
        <source>No time limit</source>
        <translation>Pas de limite de temps</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="306"/>
        <source>%n min per turn</source>
        <translation>
            <numerusform>%n&#xa0;min par tour</numerusform>
            <numerusform>%n&#xa0;min par tour</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="309"/>
        <source>Speaking-time limit per turn</source>
        <translation>Limite du temps de parole par tour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="317"/>
        <source>Order:</source>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="318"/>
        <source>Limit:</source>
        <translation>Limite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="338"/>
        <source>Name, then Enter</source>
        <translation>Nom, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="340"/>
        <source>Name, then Enter (%1)</source>
        <translation>Nom, puis Entrée (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="356"/>
        <source>Several people match: %1</source>
        <translation>Plusieurs personnes correspondent&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="439"/>
        <source>%1 per turn</source>
        <translation>%1 par tour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="447"/>
        <source>Enter or double-click: give the floor · Delete: withdraw · Ctrl+↑/↓: move</source>
        <translation>Entrée ou double-clic&#xa0;: donner la parole · Suppr&#xa0;: retirer · Ctrl+↑/↓&#xa0;: déplacer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="461"/>
        <source>Nobody has the floor</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="243"/>
        <source>F3: give the floor to the next in the queue</source>
        <translation>F3&#xa0;: donner la parole à la personne suivante</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="71"/>
        <source>asks to speak</source>
        <translation>demande la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="72"/>
        <source>direct reply</source>
        <translation>réponse directe</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="73"/>
        <source>point of order</source>
        <translation>point d&apos;ordre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="154"/>
        <source>New participant</source>
        <translation>Nouvelle personne participante</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="157"/>
        <source>%1 is not on the list of participants.</source>
        <translation>%1 n&apos;est pas sur la liste des participant·es.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="164"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="165"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="170"/>
        <source>Add and queue</source>
        <translation>Ajouter et inscrire</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="56"/>
        <source>Item:</source>
        <translation>Point&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="87"/>
        <source>This cannot be recorded.</source>
        <translation>Ceci ne peut pas être noté.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="103"/>
        <source>Record a decision</source>
        <translation>Noter une décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="104"/>
        <source>What was decided</source>
        <translation>Ce qui a été décidé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="105"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="107"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="108"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="109"/>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="110"/>
        <source>&amp;How:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="114"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="115"/>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="116"/>
        <source>abstentions</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="124"/>
        <source>Votes:</source>
        <translation>Votes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="127"/>
        <source>Objections or reservations, if any</source>
        <translation>Objections ou réserves éventuelles</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="129"/>
        <source>&amp;Objections:</source>
        <translation>&amp;Objections&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="158"/>
        <source>Record an action</source>
        <translation>Noter une action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="159"/>
        <source>What is to be done</source>
        <translation>Ce qui est à faire</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="160"/>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="169"/>
        <source>A participant, or anyone (free text)</source>
        <translation>Une personne participante, ou n&apos;importe qui (texte libre)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="170"/>
        <source>W&amp;ho:</source>
        <translation>Q&amp;ui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="172"/>
        <source>due by</source>
        <translation>pour le</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="183"/>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="223"/>
        <source>Record an open question</source>
        <translation>Noter une question en suspens</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="224"/>
        <source>The question left open</source>
        <translation>La question restée en suspens</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="225"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="26"/>
        <source>an untitled meeting</source>
        <translation>une réunion sans titre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="29"/>
        <source>“%1” was not closed properly.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été fermée correctement.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="31"/>
        <source>Its last change was at %1.</source>
        <translation>Sa dernière modification date de %1.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="35"/>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="42"/>
        <source>Restore a meeting</source>
        <translation>Restaurer une réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="45"/>
        <source>Restore it with every change made until it stopped, open its file as last saved, or discard the autosaved changes?</source>
        <translation>La restaurer avec toutes les modifications faites jusqu&apos;à l&apos;arrêt, ouvrir son fichier tel qu&apos;enregistré la dernière fois, ou abandonner les modifications sauvegardées automatiquement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="51"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="55"/>
        <source>Open the file as saved</source>
        <translation>Ouvrir le fichier enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="58"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="60"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="73"/>
        <source>Discard the autosave</source>
        <translation>Abandonner la sauvegarde automatique</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="74"/>
        <source>The changes not saved to the file will be lost. Discard them?</source>
        <translation>Les modifications non enregistrées dans le fichier seront perdues. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="62"/>
        <source>Share the meeting on the network</source>
        <translation>Partager la réunion sur le réseau</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="65"/>
        <source>Other computers (the note-taker&apos;s, the projector&apos;s) can then follow and change this meeting. Everything sent is encrypted: only those who get the invitation can read it. Nothing listens on the network until you share.</source>
        <translation>D&apos;autres ordinateurs (celui de la prise de notes, celui du projecteur) pourront alors suivre et modifier cette réunion. Tout ce qui est envoyé est chiffré&#xa0;: seules les personnes qui reçoivent l&apos;invitation peuvent le lire. Rien n&apos;écoute sur le réseau tant que vous ne partagez pas.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="76"/>
        <source>Every network of this computer (others in the room can join)</source>
        <translation>Tous les réseaux de cet ordinateur (les autres dans la salle peuvent rejoindre)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="78"/>
        <source>This computer only (to try it out)</source>
        <translation>Cet ordinateur seulement (pour essayer)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="79"/>
        <source>Where to listen</source>
        <translation>Où écouter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="80"/>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="84"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="85"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="98"/>
        <source>Address to join</source>
        <translation>Adresse à rejoindre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="99"/>
        <source>Address to join:</source>
        <translation>Adresse à rejoindre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="102"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="103"/>
        <source>Invitation:</source>
        <translation>Invitation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="104"/>
        <source>&amp;Copy the address and the invitation</source>
        <translation>&amp;Copier l&apos;adresse et l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="108"/>
        <source>Give the invitation only to the people who may see the meeting (by hand, in a message to them): it is the key.</source>
        <translation>Ne donnez l&apos;invitation qu&apos;aux personnes qui peuvent voir la réunion (de la main à la main, dans un message qui leur est adressé)&#xa0;: c&apos;est la clé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="119"/>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../facilitation/ui/sharing/actions.py" line="103"/>
        <source>The meeting cannot be shared there: %1 Choose another port.</source>
        <translation>La réunion ne peut pas être partagée là&#xa0;: %1 Choisissez un autre port.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/menus.py" line="36"/>
        <source>St&amp;op sharing</source>
        <translation>Arrêt&amp;er le partage</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/menus.py" line="55"/>
        <source>S&amp;hare on the network…</source>
        <translation>Parta&amp;ger sur le réseau…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/menus.py" line="62"/>
        <source>Sharing stopped: nothing listens on the network any more.</source>
        <translation>Partage arrêté&#xa0;: plus rien n&apos;écoute sur le réseau.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/menus.py" line="65"/>
        <source>&amp;Join a meeting…</source>
        <translation>&amp;Rejoindre une réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="34"/>
        <source>Shared on the network · %1</source>
        <translation>Partagée sur le réseau · %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="36"/>
        <source>Not shared any more: the meeting goes on on this computer</source>
        <translation>Plus partagée&#xa0;: la réunion continue sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="38"/>
        <source>Connected to the shared meeting</source>
        <translation>Connecté·e à la réunion partagée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="40"/>
        <source>Connecting to the shared meeting…</source>
        <translation>Connexion à la réunion partagée…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="41"/>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/sharing/link.py" line="47"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="109"/>
        <source>Not done, another device was first: %1</source>
        <translation>Pas fait, un autre appareil est passé avant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../facilitation/ui/common/shortcuts.py" line="44"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/shortcuts.py" line="48"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/shortcuts.py" line="48"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="54"/>
        <source>(no group)</source>
        <translation>(sans groupe)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="108"/>
        <source>Nobody has spoken yet.</source>
        <translation>Personne n&apos;a encore pris la parole.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="145"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="168"/>
        <source>Speaking time</source>
        <extracomment>the closed turns&apos; totals, followed change by change (not re-walked every second)</extracomment>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="172"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="173"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="211"/>
        <source>Not heard yet (%1): %2</source>
        <translation>Pas encore entendu·es (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="216"/>
        <source>Everyone present has spoken.</source>
        <translation>Toutes les personnes présentes ont pris la parole.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../facilitation/ui/core/i18n.py" line="97"/>
        <source>HH:mm</source>
        <extracomment>A QTime format. French writes 21 h 40: HH&apos; h &apos;mm (quotes around literal text).</extracomment>
        <translation>HH&apos;&#xa0;h&#xa0;&apos;mm</translation>
    </message>
</context>
<context>
    <name>Timing</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="59"/>
        <source>%1 h %2 min</source>
        <extracomment>the bar turns amber when this share of the planned time is left … … or when this little time is left, whichever comes first</extracomment>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="63"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="78"/>
        <source>%1 spent</source>
        <extracomment>elapsed / planned (0 when nothing is planned)</extracomment>
        <translation>%1 écoulées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="85"/>
        <source>overrun by %n min</source>
        <translation>
            <numerusform>dépassement de %n&#xa0;min</numerusform>
            <numerusform>dépassement de %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="89"/>
        <source>%n min left</source>
        <translation>
            <numerusform>encore %n&#xa0;min</numerusform>
            <numerusform>encore %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="91"/>
        <source>time is up</source>
        <translation>temps écoulé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="102"/>
        <source>speaking for %1</source>
        <translation>parle depuis %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="107"/>
        <source>limit reached (%1 of %2)</source>
        <translation>limite atteinte (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="111"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="126"/>
        <source>No planned times: the end cannot be projected.</source>
        <translation>Pas de durées prévues&#xa0;: impossible d&apos;estimer l&apos;heure de fin.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="128"/>
        <source>Ended at %1</source>
        <translation>Terminée à %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="130"/>
        <source>Planned to end at %1</source>
        <translation>Fin prévue à %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="132"/>
        <source>At this pace we end at %1</source>
        <translation>À ce rythme, fin à %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="137"/>
        <source>%n min late</source>
        <translation>
            <numerusform>%n&#xa0;min de retard</numerusform>
            <numerusform>%n&#xa0;min de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="139"/>
        <source>%n min early</source>
        <translation>
            <numerusform>%n&#xa0;min d&apos;avance</numerusform>
            <numerusform>%n&#xa0;min d&apos;avance</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="141"/>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="142"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="44"/>
        <source>Close the facilitator&apos;s window</source>
        <translation>Fermer la fenêtre d&apos;animation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="47"/>
        <source>Other windows are still open: {names}.</source>
        <translation>D&apos;autres fenêtres sont encore ouvertes&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="52"/>
        <source>Closing windows never ends the meeting: it stays as it is, saved. Close all the windows, or keep the others open?</source>
        <translation>Fermer des fenêtres ne clôture jamais la réunion&#xa0;: elle reste telle quelle, enregistrée. Fermer toutes les fenêtres, ou garder les autres ouvertes&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="59"/>
        <source>Close all windows</source>
        <translation>Fermer toutes les fenêtres</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="63"/>
        <source>Keep the others open</source>
        <translation>Garder les autres ouvertes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="67"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="245"/>
        <source>This meeting cannot be joined: %1</source>
        <extracomment>meetings joined from other computers (File → Join a meeting…)</extracomment>
        <translation>Impossible de rejoindre cette réunion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="256"/>
        <source>Join a meeting</source>
        <translation>Rejoindre une réunion</translation>
    </message>
</context>
<context>
    <name>_ImportDialog</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="113"/>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="115"/>
        <source>or paste the text below</source>
        <translation>ou collez le texte ci-dessous</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="171"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="194"/>
        <source>Pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>This cannot be imported.</source>
        <translation type="vanished">Ceci ne peut pas être importé.</translation>
    </message>
</context>
</TS>
