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
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="53"/>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="54"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="55"/>
        <source>done</source>
        <translation>traité</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="56"/>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="324"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="325"/>
        <source>Plan</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="326"/>
        <source>At</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="327"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="328"/>
        <source>Spent</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="329"/>
        <source>+/−</source>
        <translation>+/−</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="333"/>
        <source>Number on the agenda</source>
        <translation>Numéro à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="334"/>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="335"/>
        <source>Planned minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="336"/>
        <source>Planned start time</source>
        <translation>Heure de début prévue</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="337"/>
        <source>To come, running, done or skipped</source>
        <translation>À venir, en cours, traité ou passé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="338"/>
        <source>Time actually spent (all its intervals)</source>
        <translation>Temps réellement passé (toutes ses plages)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="339"/>
        <source>Minutes over (+) or under (−) the plan</source>
        <translation>Minutes de dépassement (+) ou d&apos;avance (−) sur le prévu</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_panel.py" line="279"/>
        <source>Agenda</source>
        <extracomment>hidden in this order when the title would get less than TITLE_SHARE of the agenda&apos;s width (the item&apos;s lead or lag last: large text on a laptop; the middle panel says the pace) the title&apos;s padding in its cell (4 px a side and the text&apos;s margin, RowDelegate.TEXT_MARGIN) a title&apos;s words up to this many letters get room of their own: with larger text, the optional columns and then the planned minutes (in the row&apos;s tooltip and the middle panel too) give way rather than a title cut mid-word (&quot;Prochai…&quot;); a longer word (an address) may still be cut a title column narrower than this many letters shows its titles on two lines (larger text) a row&apos;s height beyond its lines of text, and its least height the text&apos;s margin inside the padding, as Qt&apos;s delegate leaves it (the focus frame&apos;s + 1) (the view&apos;s font, that font in bold, the bold font&apos;s metrics) titles too wide for one line go on two (set by the view: larger text) the title as last drawn, by row (&quot;
&quot; between its two lines): the tests read it the palette&apos;s colours by its cache key: (highlight, highlighted text, text) each title as fitted to its cell, by (font, title, room, two lines): fitting it measures it and then its shorter heads word by word, and the same titles are drawn again and again</extracomment>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="287"/>
        <source>Skipped: %1</source>
        <extracomment>interval id → (item id, start, end or None while open) each row&apos;s displayed values by item id: data() is a lookup, and a change notifies the view of the rows whose values differ from what it was last told, not of the whole table each item&apos;s state and planned start (the starts from the last full pass), the intervals&apos; totals by item, and the live state the rows were last made from</extracomment>
        <translation>Passé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="88"/>
        <source>Agenda and meeting details</source>
        <translation>Ordre du jour et informations de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="93"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="95"/>
        <source>Meeting details</source>
        <translation>Informations de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="120"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="121"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="122"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="123"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="124"/>
        <source>Make sub-question</source>
        <translation>En faire une sous-question</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="131"/>
        <source>Add the opening points</source>
        <translation>Ajouter les points d&apos;ouverture</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="133"/>
        <source>Welcome, approval of the agenda and minutes, follow-up of actions</source>
        <translation>Accueil, approbation de l&apos;ordre du jour et du compte rendu, suivi des actions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="136"/>
        <source>Add the closing points</source>
        <translation>Ajouter les points de clôture</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="137"/>
        <source>Any other business, date of the next meeting</source>
        <translation>Divers, date de la prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="139"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="142"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="159"/>
        <source>One sub-question per line</source>
        <translation>Une sous-question par ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="165"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="179"/>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="86"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="180"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="181"/>
        <source>Sub-questions:</source>
        <translation>Sous-questions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="182"/>
        <source>Planned:</source>
        <translation>Prévu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="183"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="184"/>
        <source>Presented by:</source>
        <translation>Présenté par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="70"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="71"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="72"/>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="73"/>
        <source>not set</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/fields.py" line="28"/>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/fields.py" line="29"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/fields.py" line="30"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="80"/>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="82"/>
        <source>Separate names with semicolons</source>
        <translation>Séparer les noms par des points-virgules</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="87"/>
        <source>Series:</source>
        <translation>Série&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="88"/>
        <source>Number:</source>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="89"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="90"/>
        <source>Starts at:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="91"/>
        <source>Ends at:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="92"/>
        <source>Mode:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="93"/>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="94"/>
        <source>Online link:</source>
        <translation>Lien de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="95"/>
        <source>Organisers:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="96"/>
        <source>Partners:</source>
        <translation>Partenaires&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/details_form.py" line="97"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="222"/>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="315"/>
        <source>Save the agenda as a template…</source>
        <translation>Enregistrer l&apos;ordre du jour comme modèle…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="326"/>
        <source>Insert “%1”</source>
        <translation>Insérer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="335"/>
        <source>Save as a template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="336"/>
        <source>Name of the template:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="349"/>
        <source>Template “%1” saved.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="396"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="406"/>
        <source>Skipped</source>
        <translation>Passé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="406"/>
        <source>Already discussed</source>
        <translation>Déjà traité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="450"/>
        <source>Planned: %n min</source>
        <translation>
            <numerusform>Prévu&#xa0;: %n&#xa0;min</numerusform>
            <numerusform>Prévu&#xa0;: %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="454"/>
        <source>Planned: %1 min of the meeting&apos;s %2 min</source>
        <translation>Prévu&#xa0;: %1&#xa0;min sur les %2&#xa0;min de la réunion</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="460"/>
        <source>The agenda does not fit: %n min too many.</source>
        <translation>
            <numerusform>L&apos;ordre du jour déborde&#xa0;: %n&#xa0;min de trop.</numerusform>
            <numerusform>L&apos;ordre du jour déborde&#xa0;: %n&#xa0;min de trop.</numerusform>
        </translation>
    </message>
    <message>
        <source>This change is refused.</source>
        <translation type="vanished">Cette modification est refusée.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="142"/>
        <location filename="../../facilitation/ui/app/startup.py" line="158"/>
        <source>This meeting cannot be opened.

%1</source>
        <translation>Impossible d&apos;ouvrir cette réunion.

%1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="174"/>
        <source>The sample meeting cannot be copied: %1</source>
        <translation>Impossible de copier la réunion d&apos;exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="127"/>
        <location filename="../../facilitation/ui/app/startup.py" line="205"/>
        <source>Part of the meeting could not be restored: %1</source>
        <extracomment>the autosave slot this meeting was restored from (dropped once the new session holds it) the file as the meeting was read from it, so a file replaced meanwhile is not taken for ours</extracomment>
        <translation>Une partie de la réunion n&apos;a pas pu être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="132"/>
        <source>This autosave is no longer there: it was restored or removed.</source>
        <translation>Cette sauvegarde automatique n&apos;est plus là&#x202f;: elle a été restaurée ou supprimée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="238"/>
        <source>The meeting was not opened.</source>
        <translation>La réunion n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="245"/>
        <source>Changes cannot be kept safely (%1). The meeting is open read-only.</source>
        <translation>Les modifications ne peuvent pas être conservées en sécurité (%1). La réunion est ouverte en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="270"/>
        <source>This meeting is open in another window by %1 on %2 since %3.</source>
        <translation>Cette réunion est déjà ouverte dans une autre fenêtre par %1 sur %2 depuis %3.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="280"/>
        <source>Meeting already open</source>
        <translation>Réunion déjà ouverte</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="281"/>
        <source>Open it read-only?</source>
        <translation>L&apos;ouvrir en lecture seule&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="290"/>
        <location filename="../../facilitation/ui/app/startup.py" line="390"/>
        <location filename="../../facilitation/ui/app/startup.py" line="525"/>
        <source>Facilitation</source>
        <translation>Facilitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="344"/>
        <source>Changes are not being written to disk: %1 Facilitation keeps trying.</source>
        <translation>Les modifications ne sont pas écrites sur le disque&#xa0;: %1 Facilitation continue d&apos;essayer.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="382"/>
        <source>The meeting could not be saved to its file (%1). Its changes are kept in the autosave and will be offered at the next start.</source>
        <translation>La réunion n&apos;a pas pu être enregistrée dans son fichier (%1). Ses modifications sont gardées dans la sauvegarde automatique et vous seront proposées au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="456"/>
        <source>This shared meeting cannot be reopened: %1</source>
        <translation>Cette réunion partagée ne peut pas être rouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="462"/>
        <source>Nothing of this shared meeting was kept on this computer.</source>
        <translation>Rien de cette réunion partagée n&apos;a été gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/startup.py" line="360"/>
        <source>%1 was readable by other users; it is now readable by you only.</source>
        <translation>%1 était lisible par d’autres utilisateur·rices&#xa0;; il n’est plus lisible que par vous.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../facilitation/ui/core/context.py" line="238"/>
        <source>This meeting is open read-only.</source>
        <extracomment>what a window calls when a command it asked for is refused (the text is translated) the status line&apos;s text (&quot;Shared on …&quot;, &quot;Connected&quot;, &quot;Offline since 14:03 — 5 changes waiting&quot;) a command of this device refused when the shared log was replayed (text translated) the object that keeps the shared meeting running (``ui/sharing/link.py``&apos;s ShareLink) every change record of the one door, after the journal has it a storage problem the user must see (text already translated) the storage problem is over (a write succeeded again) the other windows; None where a window is tested on its own the storage session (autosave, journal, lock) when the meeting is kept on disk interface language (&quot;fr&quot; or &quot;en&quot;) text being typed when the app stopped, recovered from the autosave (key -&gt; text) the meeting shared with other devices, once it is (its door, its status)</extracomment>
        <translation>Cette réunion est ouverte en lecture seule.</translation>
    </message>
</context>
<context>
    <name>ApprovePrevious</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/approve_previous.py" line="39"/>
        <source>This is the meeting being held: choose the previous one&apos;s file.</source>
        <translation>C&apos;est la réunion en cours&#xa0;: choisissez le fichier de la précédente.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../../facilitation/models/commands.py" line="201"/>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="238"/>
        <source>Edit</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="283"/>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="335"/>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="365"/>
        <source>Edit meeting details</source>
        <translation>Modifier les informations de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="378"/>
        <location filename="../../facilitation/models/minutes_commands.py" line="89"/>
        <source>Edit next meeting</source>
        <translation>Modifier la prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="49"/>
        <source>Start the meeting</source>
        <translation>Commencer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="71"/>
        <source>Go to item</source>
        <translation>Passer au point</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="96"/>
        <source>Skip item</source>
        <translation>Passer le point</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="132"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="152"/>
        <source>Resume</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="170"/>
        <source>End the meeting</source>
        <translation>Clôturer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="192"/>
        <source>Add to the queue</source>
        <translation>Inscrire sur la liste des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="215"/>
        <source>Withdraw from the queue</source>
        <translation>Retirer de la liste des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="226"/>
        <source>Clear the queue</source>
        <translation>Vider la liste des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="238"/>
        <source>Give the floor</source>
        <translation>Donner la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="283"/>
        <source>End the turn</source>
        <translation>Terminer le tour de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="296"/>
        <source>Change the queue order</source>
        <translation>Changer l&apos;ordre des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="306"/>
        <source>Change the speaking-time limit</source>
        <translation>Changer la limite du temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="396"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="432"/>
        <source>Undo</source>
        <extracomment>read back from the journal as plain data, then built as commands (the union is known only once every command module is imported) what the step is called in the Edit menu when it is not an import (&quot;Add decision&quot;…); an English source string marked with QT_TRANSLATE_NOOP(&quot;Command&quot;, …) where it is written</extracomment>
        <translation>Annulation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="263"/>
        <source>Make a sub-question</source>
        <translation>En faire une sous-question</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/entry.py" line="83"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/entry.py" line="84"/>
        <source>Add decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/entry.py" line="85"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/entry.py" line="86"/>
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
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="19"/>
        <source>Reload the file</source>
        <translation>Recharger le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/minutes_commands.py" line="35"/>
        <source>Mark read</source>
        <translation>Marquer comme relu</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="222"/>
        <location filename="../../facilitation/models/minutes_commands.py" line="54"/>
        <source>Read back</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/minutes_commands.py" line="73"/>
        <source>Approve minutes</source>
        <translation>Approuver le PV</translation>
    </message>
</context>
<context>
    <name>CommandError</name>
    <message>
        <location filename="../../facilitation/models/commands.py" line="135"/>
        <source>There is no {what} with the id {id}.</source>
        <extracomment>what the Edit menu says (&quot;Undo Add note&quot;): an English source string, translated by the UI</extracomment>
        <translation>Aucun élément {what} ne porte l&apos;identifiant {id}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="144"/>
        <source>The id {id} is already used.</source>
        <translation>L&apos;identifiant {id} est déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="156"/>
        <source>This happens before the last recorded event.</source>
        <translation>Ceci se situe avant le dernier événement enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="184"/>
        <source>The meeting has not started.</source>
        <translation>La réunion n&apos;a pas commencé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="186"/>
        <source>The meeting has ended.</source>
        <translation>La réunion est terminée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="222"/>
        <location filename="../../facilitation/models/commands.py" line="246"/>
        <location filename="../../facilitation/models/commands.py" line="290"/>
        <location filename="../../facilitation/models/commands.py" line="343"/>
        <source>{coll} cannot be edited directly.</source>
        <translation>«&#xa0;{coll}&#xa0;» ne se modifie pas directement.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="257"/>
        <location filename="../../facilitation/models/minutes_commands.py" line="99"/>
        <source>Unknown field {name}.</source>
        <translation>Champ inconnu&#xa0;: {name}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="260"/>
        <source>An id cannot be changed.</source>
        <translation>Un identifiant ne peut pas être changé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="265"/>
        <location filename="../../facilitation/models/commands.py" line="271"/>
        <location filename="../../facilitation/models/commands.py" line="358"/>
        <location filename="../../facilitation/models/minutes_commands.py" line="105"/>
        <source>Invalid value: {problem}</source>
        <translation>Valeur non valable&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="298"/>
        <source>This is the current item: go to another item first.</source>
        <translation>C&apos;est le point en cours&#xa0;: passez d&apos;abord à un autre point.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="304"/>
        <source>This item has already been discussed: skip it rather than delete it.</source>
        <translation>Ce point a déjà été abordé&#xa0;: passez-le plutôt que de le supprimer.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/commands.py" line="320"/>
        <source>This person has spoken or is named in the notes: mark them absent instead.</source>
        <translation>Cette personne a pris la parole ou est citée dans les notes&#xa0;: indiquez-la plutôt comme absente.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="56"/>
        <source>The meeting has already started.</source>
        <translation>La réunion a déjà commencé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="81"/>
        <source>This item is already the current one.</source>
        <translation>Ce point est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="106"/>
        <source>This item is already skipped.</source>
        <translation>Ce point est déjà passé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="140"/>
        <source>The meeting is already paused.</source>
        <translation>La réunion est déjà en pause.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="159"/>
        <source>The meeting is not paused.</source>
        <translation>La réunion n&apos;est pas en pause.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="206"/>
        <source>{name} is already in the queue.</source>
        <translation>{name} est déjà sur la liste des tours de parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="250"/>
        <source>The meeting is paused.</source>
        <translation>La réunion est en pause.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="268"/>
        <source>Nobody is waiting to speak.</source>
        <translation>Personne n&apos;attend pour prendre la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="288"/>
        <source>Nobody has the floor.</source>
        <translation>Personne n&apos;a la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/live_commands.py" line="311"/>
        <source>A limit must be positive.</source>
        <translation>Une limite doit être positive.</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/messages.py" line="8"/>
        <source>Another device has changed this since: it cannot be undone here.</source>
        <translation>Un autre appareil a modifié ceci depuis&#xa0;: impossible de l&apos;annuler ici.</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/messages.py" line="12"/>
        <source>Your role in this shared meeting does not allow this change.</source>
        <translation>Votre rôle dans cette réunion partagée ne permet pas cette modification.</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/messages.py" line="16"/>
        <source>Another device has changed this since: it cannot be redone here.</source>
        <translation>Un autre appareil a modifié ceci depuis&#xa0;: impossible de le rétablir ici.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/minutes_commands.py" line="43"/>
        <source>Only decisions and actions are read back.</source>
        <translation>Seules les décisions et les actions sont relues.</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/minutes_commands.py" line="61"/>
        <source>A read-back happens during the meeting, after it started.</source>
        <translation>La relecture a lieu pendant la réunion, après son début.</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="59"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="60"/>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="61"/>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="62"/>
        <source>By:</source>
        <translation>Pour le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CurrentItem</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/agenda_model.py" line="62"/>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="49"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="256"/>
        <source>Recorded on this item</source>
        <extracomment>the space under each paragraph, as the rich text&apos;s ``margin:0 0 6px 0`` gave the layout checks know it shows whole lines only, as many as it has room for</extracomment>
        <translation>Noté sur ce point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="308"/>
        <source>The meeting has ended</source>
        <translation>La réunion est terminée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="309"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="311"/>
        <source>No agenda yet</source>
        <translation>Pas encore d&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="313"/>
        <source>Add agenda items with Meeting → Edit agenda…</source>
        <translation>Ajoutez des points avec Réunion → Modifier l&apos;ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="323"/>
        <source>First item · the meeting has not started</source>
        <translation>Premier point · la réunion n&apos;a pas commencé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="325"/>
        <source>Item %1 of %2</source>
        <translation>Point %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="329"/>
        <source>%n min planned</source>
        <translation>
            <numerusform>%n&#xa0;min prévue</numerusform>
            <numerusform>%n&#xa0;min prévues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="331"/>
        <source>presented by %1</source>
        <translation>présenté par %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="350"/>
        <source>This is the last item.</source>
        <translation>C&apos;est le dernier point.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="352"/>
        <source>Next: %1. %2</source>
        <translation>Ensuite&#xa0;: %1. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="355"/>
        <source>(%n min)</source>
        <translation>
            <numerusform>(%n&#xa0;min)</numerusform>
            <numerusform>(%n&#xa0;min)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="363"/>
        <source>consensus</source>
        <translation>consensus</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="364"/>
        <source>vote %1–%2–%3</source>
        <translation>vote %1–%2–%3</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="368"/>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="370"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="376"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="379"/>
        <source>Open question</source>
        <translation>Question en suspens</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="380"/>
        <source>Nothing yet. Ctrl+D: decision · Ctrl+J: action · Ctrl+K: question</source>
        <translation>Rien pour l&apos;instant. Ctrl+D&#xa0;: décision · Ctrl+J&#xa0;: action · Ctrl+K&#xa0;: question</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="397"/>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="400"/>
        <source>Meeting %1 · started %2</source>
        <translation>Réunion %1 · commencée à %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="404"/>
        <source>breaks %1</source>
        <translation>pauses %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/current_item.py" line="412"/>
        <source>Break since %1 (%2) — F9 to resume</source>
        <translation>En pause depuis %1 (%2) — F9 pour la reprise</translation>
    </message>
</context>
<context>
    <name>DataError</name>
    <message>
        <location filename="../../facilitation/models/meeting.py" line="62"/>
        <source>agenda item</source>
        <extracomment>the ordered lists of a meeting, by name, with the type of their parts the single-valued parts of a meeting, by name, with their type the parts that belong to an agenda item (their ``item_id`` must name one) what a reference points at, for the messages</extracomment>
        <translation>point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/meeting.py" line="63"/>
        <source>participant</source>
        <translation>participant·e</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/meeting.py" line="64"/>
        <source>speaking turn</source>
        <translation>tour de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/meeting.py" line="65"/>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/meeting.py" line="414"/>
        <source>no {what} has the id {id}</source>
        <extracomment>the lists whose parts are intervals of time (``start``, ``end``): what &quot;the last recorded event&quot; is made of, with the meeting&apos;s start the latest end (or start, while open) of the runs, turns and pauses (``last_event``), kept up to date by ``put`` and ``delete`` while ``_last_known``; worked out again from every interval when it is not</extracomment>
        <translation>aucun·e {what} n’a l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="139"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="140"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="141"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="142"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="143"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="144"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="145"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="146"/>
        <source>a date and time (ISO 8601 with offset)</source>
        <translation>une date et une heure (ISO 8601 avec le décalage horaire)</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="147"/>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="148"/>
        <source>a time (HH:MM:SS)</source>
        <translation>une heure (par ex. 18:30:00)</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="263"/>
        <location filename="../../facilitation/storage/fileformat.py" line="175"/>
        <source>this field is required</source>
        <translation>ce champ est obligatoire</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="272"/>
        <location filename="../../facilitation/models/wire.py" line="288"/>
        <location filename="../../facilitation/models/wire.py" line="305"/>
        <source>expected {expected}, found {found}</source>
        <translation>{expected} attendu, trouvé {found}</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="279"/>
        <source>expected a number of {low} or more, found {found}</source>
        <translation>un nombre d’au moins {low} attendu, trouvé {found}</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="287"/>
        <source>this text cannot be blank</source>
        <translation>ce texte ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="295"/>
        <source>unknown kind {found}</source>
        <translation>type inconnu&#xa0;: {found}</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="298"/>
        <source>expected one of {choices}, found {found}</source>
        <translation>une de ces valeurs attendue&#xa0;: {choices}&#xa0;; trouvé {found}</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="303"/>
        <source>a timestamp needs its UTC offset (e.g. +02:00)</source>
        <translation>un horodatage doit indiquer son décalage horaire (par ex. +02:00)</translation>
    </message>
    <message>
        <location filename="../../facilitation/models/wire.py" line="310"/>
        <source>the number {found} is out of range</source>
        <translation>le nombre {found} est hors limites</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="53"/>
        <source>online</source>
        <extracomment>how often &quot;last seen 2 min ago&quot; is reworded (ms)</extracomment>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="55"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="58"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/sharing/devices.py" line="60"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;min</numerusform>
            <numerusform>il y a %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="62"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="63"/>
        <source>offline · %1</source>
        <translation>hors ligne · %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="77"/>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="107"/>
        <source>Devices in the meeting</source>
        <extracomment>device, role, state (online, or offline and when last seen), clock offset the devices as last read, by id</extracomment>
        <translation>Appareils dans la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="108"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="108"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="108"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="108"/>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="124"/>
        <source>Change the &amp;role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="132"/>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="138"/>
        <source>No other device has joined yet: Meeting → Invite a device…</source>
        <translation>Aucun autre appareil n&apos;a encore rejoint la réunion&#xa0;: Réunion → Faire entrer un appareil…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="206"/>
        <source>%1 joined as %2</source>
        <translation>%1 a rejoint la réunion comme %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="211"/>
        <source>%1 left the meeting</source>
        <translation>%1 a quitté la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="241"/>
        <source>Make it %1</source>
        <translation>En faire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="245"/>
        <source>Remove from the meeting…</source>
        <translation>Retirer de la réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="258"/>
        <source>%1 is now %2</source>
        <translation>%1 est maintenant %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="268"/>
        <source>Remove %1 from the meeting? It will receive nothing new; to come back it needs a new invitation.</source>
        <translation>Retirer %1 de la réunion&#xa0;? Il ne recevra plus rien de nouveau&#xa0;; pour revenir, il lui faudra une nouvelle invitation.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="280"/>
        <source>%1 was removed from the meeting</source>
        <translation>%1 a été retiré de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="287"/>
        <source>Remove a device</source>
        <translation>Retirer un appareil</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/devices.py" line="303"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/sharing/devices.py" line="312"/>
        <source>Online now: %n</source>
        <translation>
            <numerusform>En ligne maintenant&#xa0;: %n</numerusform>
            <numerusform>En ligne maintenant&#xa0;: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <location filename="../../facilitation/ui/core/command_labels.py" line="31"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/command_labels.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/command_labels.py" line="32"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/command_labels.py" line="39"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="vanished">&amp;Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="vanished">&amp;Rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Ending</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/ending.py" line="27"/>
        <source>An item was never opened: %1</source>
        <translation>Un point n&apos;a jamais été ouvert&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/ending.py" line="31"/>
        <source>%n items were never opened: %1</source>
        <translation>
            <numerusform>%n point n&apos;a jamais été ouvert&#xa0;: %1</numerusform>
            <numerusform>%n points n&apos;ont jamais été ouverts&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/ending.py" line="38"/>
        <source>%1 still has the floor.</source>
        <translation>%1 a encore la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/ending.py" line="46"/>
        <source>Someone still waits to speak: %1</source>
        <translation>Une personne attend encore la parole&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/ending.py" line="50"/>
        <source>%n people still wait to speak: %1</source>
        <translation>
            <numerusform>%n personne attend encore la parole&#xa0;: %1</numerusform>
            <numerusform>%n personnes attendent encore la parole&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/ending.py" line="62"/>
        <location filename="../../facilitation/ui/facilitator/ending.py" line="66"/>
        <source>End the meeting</source>
        <translation>Terminer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/ending.py" line="63"/>
        <source>End the meeting now?</source>
        <translation>Terminer la réunion maintenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/ending.py" line="68"/>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="87"/>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="217"/>
        <source>Export the minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="95"/>
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="95"/>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="101"/>
        <source>Anonymous: people counted and named by their group</source>
        <translation>Anonyme&#xa0;: les personnes comptées et nommées par leur groupe</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="102"/>
        <source>Keep the names of those in charge of actions</source>
        <translation>Garder les noms des responsables des actions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="103"/>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="105"/>
        <source>None: the app&apos;s own layout</source>
        <translation>Aucun&#xa0;: la mise en page de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="106"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="113"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="118"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="119"/>
        <source>Language of the minutes:</source>
        <translation>Langue du compte rendu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="123"/>
        <source>Organisation&apos;s template:</source>
        <translation>Modèle de l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="124"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="134"/>
        <source>Open the document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="136"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="138"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="141"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="203"/>
        <source>An organisation&apos;s Word template</source>
        <translation>Le modèle Word d&apos;une organisation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="205"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="212"/>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="213"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="214"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="234"/>
        <source>Say where to write the minutes.</source>
        <translation>Indiquez où écrire le compte rendu.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="238"/>
        <source>This is the app&apos;s own hidden folder: choose another one.</source>
        <translation>C&apos;est le dossier caché de l&apos;application&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="253"/>
        <source>The minutes were not written: %1</source>
        <translation>Le compte rendu n&apos;a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="256"/>
        <source>The minutes were written to %1</source>
        <translation>Le compte rendu a été écrit dans %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="261"/>
        <source>Your choices could not be kept: %1</source>
        <translation>Vos choix n&apos;ont pas pu être gardés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="272"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/export_dialog.py" line="273"/>
        <source>%1 already exists. Replace it with these minutes?</source>
        <translation>%1 existe déjà. Le remplacer par ce compte rendu&#xa0;?</translation>
    </message>
</context>
<context>
    <name>FacilitatorWindow</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="153"/>
        <source>Agenda</source>
        <extracomment>every action by name (&quot;next&quot;, &quot;give_floor&quot; …); shadows QWidget.actions() on purpose, tests and the accessibility checks look actions up here by name the step buttons shown (under the question) when the split was last made the question asked before ending the meeting, while it is open False when started with --terminate-after-init: never ask anything</extracomment>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="163"/>
        <source>Enter or double-click: go to the item</source>
        <translation>Entrée ou double-clic&#xa0;: passer au point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="221"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="227"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="233"/>
        <source>Start pa&amp;ge</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="237"/>
        <source>&amp;Reset the demo…</source>
        <translation>&amp;Recommencer la démo…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="239"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="240"/>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="241"/>
        <source>&amp;Export minutes…</source>
        <translation>E&amp;xporter le compte rendu…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="250"/>
        <source>Open the &amp;projector window</source>
        <translation>Ouvrir la fenêtre du pro&amp;jecteur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="254"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="256"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="257"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="259"/>
        <source>&amp;Start the meeting</source>
        <translation>&amp;Commencer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="260"/>
        <source>&amp;Previous item</source>
        <translation>Point &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="261"/>
        <source>&amp;Next item</source>
        <translation>Point &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="262"/>
        <source>S&amp;kip this item</source>
        <translation>Passer ce poin&amp;t</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="264"/>
        <source>&amp;End the meeting</source>
        <translation>C&amp;lôturer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="267"/>
        <source>Record a &amp;decision…</source>
        <translation>Noter une &amp;décision…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="271"/>
        <source>Record an ac&amp;tion…</source>
        <translation>Noter une actio&amp;n…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="274"/>
        <source>Record an open &amp;question…</source>
        <translation>Noter une &amp;question en suspens…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="280"/>
        <source>Edit the &amp;agenda…</source>
        <translation>Modifier l&apos;&amp;ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="292"/>
        <source>Import an agenda…</source>
        <translation>Importer un ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="297"/>
        <source>Import participants…</source>
        <translation>Importer des participant·es…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="306"/>
        <source>Prepare the next meetin&amp;g…</source>
        <translation>Préparer la prochaine ré&amp;union…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="321"/>
        <source>&amp;Add to the queue</source>
        <translation>&amp;Inscrire sur la liste</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="327"/>
        <source>Add a &amp;direct reply</source>
        <translation>Inscrire une &amp;réponse directe</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="333"/>
        <source>Add a point of &amp;order</source>
        <translation>Inscrire un point d&apos;&amp;ordre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="337"/>
        <source>&amp;Give the floor to the next</source>
        <translation>&amp;Donner la parole à la personne suivante</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="338"/>
        <source>&amp;End the turn</source>
        <translation>&amp;Terminer le tour de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="339"/>
        <source>Go to the &amp;queue</source>
        <translation>Aller à la &amp;liste des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="344"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="348"/>
        <source>&amp;About Facilitation</source>
        <translation>À &amp;propos de Facilitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="349"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="359"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="376"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="378"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="403"/>
        <source>&amp;Speakers</source>
        <translation>&amp;Parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="415"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="431"/>
        <source>Start the meeting</source>
        <translation>Commencer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="432"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="433"/>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="434"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="435"/>
        <source>End</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="199"/>
        <location filename="../../facilitation/ui/facilitator/window.py" line="205"/>
        <source>Speaking time</source>
        <extracomment>the tabs&apos; names, and the short ones for a column too narrow for both (large text); the bar&apos;s width with the long names, by font</extracomment>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="200"/>
        <location filename="../../facilitation/ui/facilitator/window.py" line="205"/>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="207"/>
        <source>Time</source>
        <comment>the speaking-time tab</comment>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="208"/>
        <source>People</source>
        <comment>the participants&apos; tab</comment>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="270"/>
        <source>New meeting</source>
        <extracomment>None until first laid out; then True while the split follows the window&apos;s width (no saved layout, no handle moved yet), False once the facilitator has chosen</extracomment>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="271"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="501"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="504"/>
        <source>&amp;Resume after the break</source>
        <translation>&amp;Reprendre après la pause</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="348"/>
        <source>This is the first item.</source>
        <translation>C&apos;est le premier point.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="367"/>
        <source>Choose the item to skip in the agenda.</source>
        <translation>Choisissez dans l&apos;ordre du jour le point à passer.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="31"/>
        <location filename="../../facilitation/ui/facilitator/window.py" line="407"/>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="33"/>
        <location filename="../../facilitation/ui/facilitator/window.py" line="411"/>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="37"/>
        <location filename="../../facilitation/ui/facilitator/window.py" line="422"/>
        <source>There is no agenda item to record this on.</source>
        <translation>Il n&apos;y a pas de point de l&apos;ordre du jour où noter ceci.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="302"/>
        <source>Set the ne&amp;xt meeting&apos;s date…</source>
        <translation>Fixer la date de la pro&amp;chaine rencontre…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="309"/>
        <source>&amp;Read back the decisions and actions…</source>
        <translation>Rel&amp;ire les décisions et les actions…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="315"/>
        <source>Approve the previous &amp;minutes…</source>
        <translation>Approuver le P&amp;V précédent…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="175"/>
        <source>The meeting&apos;s keys (F2 to F9 and their Shift and Ctrl variants, Ctrl+D, Ctrl+J, Ctrl+K, Ctrl+Z) work in every window of Facilitation: the note-taker&apos;s and the projector&apos;s too. Two exceptions: while you type in a text field, Ctrl+Z undoes your typing; in the note-taker&apos;s window F2 ties the note to the current speaker. Names and records are typed in this window, which comes to the front.
F6 goes back to the item just before, whatever its state: a finished item is reopened (its time adds up), a skipped item is taken up after all. F7 goes to the next item still to come, passing over those finished or skipped.</source>
        <extracomment>whether its words may go on two lines (the window says, from the width it gives the row) the actions of the live meeting: their keys work from every window of the app (the note-taker&apos;s, the projector&apos;s), see ``SecondaryWindow.take_live_actions``</extracomment>
        <translation>Les touches de la réunion (F2 à F9 et leurs variantes avec Maj et Ctrl, Ctrl+D, Ctrl+J, Ctrl+K, Ctrl+Z) fonctionnent dans toutes les fenêtres de Facilitation&#xa0;: aussi celle de la prise de notes et celle du projecteur. Deux exceptions&#xa0;: pendant que vous tapez dans un champ de texte, Ctrl+Z annule votre frappe&#xa0;; dans la fenêtre de prise de notes, F2 attribue la note à la personne qui a la parole. Les noms et les relevés se tapent dans cette fenêtre-ci, qui passe au premier plan.
F6 revient au point juste avant, quel que soit son état&#xa0;: un point terminé est rouvert (son temps s&apos;additionne), un point passé est finalement abordé. F7 va au prochain point encore à venir, en passant ceux terminés ou passés.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="205"/>
        <source>Nobody has the floor: a direct reply answers the person speaking.</source>
        <translation>Personne n&apos;a la parole&#xa0;: une réponse directe répond à la personne qui parle.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="244"/>
        <source>Open the no&amp;te-taker&apos;s window</source>
        <translation>Ouvrir la fenêtre de &amp;prise de notes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="263"/>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="504"/>
        <source>Pa&amp;use for a break</source>
        <translation>Faire une p&amp;ause</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="286"/>
        <source>Part&amp;icipants…</source>
        <translation>Pa&amp;rticipant·es…</translation>
    </message>
    <message>
        <source>Prepare the ne&amp;xt meeting…</source>
        <translation type="vanished">Préparer la prochaine ré&amp;union…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/actions.py" line="340"/>
        <source>Go &amp;to the agenda</source>
        <translation>Aller à l&apos;ordre du &amp;jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/window.py" line="341"/>
        <source>No item is left to come. Shift+F5 ends the meeting.</source>
        <translation>Il ne reste aucun point à venir. Maj+F5 termine la réunion.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="28"/>
        <source>This meeting is open read-only.</source>
        <translation>Cette réunion est ouverte en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="35"/>
        <source>The meeting has already started.</source>
        <translation>La réunion a déjà commencé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="35"/>
        <source>The agenda is empty.</source>
        <translation>L&apos;ordre du jour est vide.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="39"/>
        <source>The meeting has ended.</source>
        <translation>La réunion est terminée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="41"/>
        <source>Nobody has the floor.</source>
        <translation>Personne n&apos;a la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="43"/>
        <source>The meeting has not started yet: F5 starts it.</source>
        <translation>La réunion n&apos;a pas encore commencé&#xa0;: F5 la commence.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="45"/>
        <source>The meeting is on a break: F9 resumes it.</source>
        <translation>La réunion est en pause&#xa0;: F9 la reprend.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/refusals.py" line="46"/>
        <source>That cannot be done now.</source>
        <translation>Ce n&apos;est pas possible maintenant.</translation>
    </message>
    <message>
        <source>Open the &amp;note-taker&apos;s window</source>
        <translation type="vanished">Ouvrir la fenêtre de &amp;prise de notes</translation>
    </message>
    <message>
        <source>&amp;Pause for a break</source>
        <translation type="vanished">Faire une p&amp;ause</translation>
    </message>
    <message>
        <source>P&amp;articipants…</source>
        <translation type="vanished">Pa&amp;rticipant·es…</translation>
    </message>
    <message>
        <source>Go to the a&amp;genda</source>
        <translation type="vanished">Aller à l&apos;ordre du &amp;jour</translation>
    </message>
    <message>
        <source>Read-only: changes are not saved</source>
        <translation type="vanished">Lecture seule&#xa0;: les modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>Not saved (no file)</source>
        <translation type="vanished">Non enregistrée (pas de fichier)</translation>
    </message>
    <message>
        <source>Every change is kept · saved to file at %1</source>
        <translation type="vanished">Chaque modification est gardée · enregistrée dans le fichier à %1</translation>
    </message>
    <message>
        <source>Every change is kept</source>
        <translation type="vanished">Chaque modification est gardée</translation>
    </message>
    <message>
        <source>This is the last item. Shift+F5 ends the meeting.</source>
        <translation type="vanished">C&apos;est le dernier point. Maj+F5 clôture la réunion.</translation>
    </message>
</context>
<context>
    <name>FileConflict</name>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="34"/>
        <source>The meeting&apos;s file was changed</source>
        <translation>Le fichier de la réunion a été modifié</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="36"/>
        <source>The file %1 was deleted or moved away.</source>
        <translation>Le fichier %1 a été supprimé ou déplacé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="37"/>
        <source>The file %1 was replaced by another file.</source>
        <translation>Le fichier %1 a été remplacé par un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="38"/>
        <source>The file %1 was changed by another program.</source>
        <translation>Le fichier %1 a été modifié par un autre programme.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="39"/>
        <source>A file %1 was created by another program.</source>
        <translation>Un fichier %1 a été créé par un autre programme.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="44"/>
        <source>Facilitation no longer saves over it; every change is still kept in the autosave. Keep this meeting under another name, take the file&apos;s version (Undo brings this one back), or overwrite the file with this meeting?</source>
        <translation>Facilitation n’enregistre plus par-dessus&#xa0;; chaque modification reste gardée dans la sauvegarde automatique. Garder cette réunion sous un autre nom, prendre la version du fichier (Annuler ramène celle-ci), ou écraser le fichier avec cette réunion&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="53"/>
        <source>Save this meeting as…</source>
        <translation>Enregistrer cette réunion sous…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="58"/>
        <source>Take the file&apos;s version</source>
        <translation>Prendre la version du fichier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="62"/>
        <source>Overwrite the file</source>
        <translation>Écraser le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="66"/>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="94"/>
        <source>The file was overwritten with this meeting.</source>
        <translation>Le fichier a été écrasé avec cette réunion.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="99"/>
        <source>The file now holds another meeting: save this one under another name.</source>
        <translation>Le fichier contient maintenant une autre réunion&#xa0;: enregistrez celle-ci sous un autre nom.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/file_conflict.py" line="107"/>
        <source>The file&apos;s version is now open.</source>
        <translation>La version du fichier est maintenant ouverte.</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="123"/>
        <source>Open a meeting</source>
        <translation>Ouvrir une réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="99"/>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="125"/>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="304"/>
        <source>Meetings (*.json)</source>
        <translation>Réunions (*.json)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="160"/>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="171"/>
        <source>This meeting cannot be saved (read-only).</source>
        <translation>Cette réunion ne peut pas être enregistrée (lecture seule).</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="76"/>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="79"/>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="146"/>
        <source>This meeting is not the demo.</source>
        <translation>Cette réunion n&apos;est pas la démo.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="150"/>
        <source>Reset the demo</source>
        <translation>Recommencer la démo</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="151"/>
        <source>Start the demo over? What was done in it is lost.</source>
        <translation>Recommencer la démo&#x202f;? Ce qui y a été fait sera perdu.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="174"/>
        <source>Save the meeting as</source>
        <translation>Enregistrer la réunion sous</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="190"/>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="353"/>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="191"/>
        <source>The meeting was not saved: %1</source>
        <translation>La réunion n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="196"/>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="210"/>
        <source>Save the meeting?</source>
        <translation>Enregistrer la réunion&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="211"/>
        <source>This meeting has no file yet. Save it before closing?</source>
        <translation>Cette réunion n&apos;a pas encore de fichier. L&apos;enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="347"/>
        <source>Prepare the next meeting</source>
        <translation>Préparer la prochaine réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="358"/>
        <source>Next meeting prepared</source>
        <translation>Prochaine réunion préparée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="359"/>
        <source>The next meeting was written to %1. Open it now?</source>
        <translation>La prochaine réunion a été écrite dans %1. L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="368"/>
        <source>About Facilitation</source>
        <translation>À propos de Facilitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="369"/>
        <source>Facilitation %1

Run meetings well: agenda, timers, speakers&apos; queue, notes and minutes. Offline, on your own computer.</source>
        <translation>Facilitation %1

Pour bien animer les réunions&#xa0;: ordre du jour, minuteurs, liste des tours de parole, prise de notes et compte rendu. Hors ligne, sur votre propre ordinateur.</translation>
    </message>
    <message>
        <source>This part of Facilitation is not available in this version.</source>
        <translation type="vanished">Cette partie de Facilitation n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="315"/>
        <source>The minutes of “%1” are marked approved today.</source>
        <translation>Le PV de «&#xa0;%1&#xa0;» est marqué approuvé aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="318"/>
        <source>Minutes approved</source>
        <translation>PV approuvé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="319"/>
        <source>The minutes of “%1” now say they were approved. Export them again now?</source>
        <translation>Le PV de «&#xa0;%1&#xa0;» indique maintenant qu&apos;il a été approuvé. L&apos;exporter à nouveau maintenant&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="302"/>
        <source>The previous meeting, whose minutes are approved</source>
        <translation>La réunion précédente, dont le PV est approuvé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/file_menu.py" line="312"/>
        <source>Minutes not approved</source>
        <translation>PV non approuvé</translation>
    </message>
    <message>
        <source>The minutes of “%1” are marked approved today; export them again to send them.</source>
        <translation type="vanished">Le PV de «&#xa0;%1&#xa0;» est marqué approuvé aujourd&apos;hui&#xa0;; exportez-le à nouveau pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="vanished">compte-rendu</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation type="vanished">Exporter le compte rendu</translation>
    </message>
    <message>
        <source>Word document (*.docx);;Markdown (*.md)</source>
        <translation type="vanished">Document Word (*.docx);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Minutes not written</source>
        <translation type="vanished">Compte rendu non écrit</translation>
    </message>
    <message>
        <source>Minutes written</source>
        <translation type="vanished">Compte rendu écrit</translation>
    </message>
    <message>
        <source>The minutes were written to %1</source>
        <translation type="vanished">Le compte rendu a été écrit dans %1</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation type="vanished">Ouvrir le document</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="vanished">Afficher dans le dossier</translation>
    </message>
    <message>
        <source>%1 (next)</source>
        <translation type="vanished">%1 (suivante)</translation>
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
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="289"/>
        <source>%n items</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="291"/>
        <source>%n minutes planned</source>
        <translation>
            <numerusform>%n minute prévue</numerusform>
            <numerusform>%n minutes prévues</numerusform>
        </translation>
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
        <source>%n item(s)</source>
        <translation type="vanished">
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) planned</source>
        <translation type="vanished">
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
        <source>%n people will be added</source>
        <translation>
            <numerusform>%n personne sera ajoutée</numerusform>
            <numerusform>%n personnes seront ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be added</source>
        <translation type="vanished">
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
        <location filename="../../facilitation/imports/agenda_docx.py" line="93"/>
        <source>The document is too long for an agenda ({count} paragraphs).</source>
        <translation>Le document est trop long pour un ordre du jour ({count} paragraphes).</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="247"/>
        <source>This Word file is damaged and cannot be read.</source>
        <translation>Ce fichier Word est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../../facilitation/imports/agenda_docx.py" line="255"/>
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
    <name>InviteDialog</name>
    <message>
        <source>facilitator (host)</source>
        <extracomment>how long an invitation may be used, in minutes; the second is proposed</extracomment>
        <translation type="vanished">animation (hôte)</translation>
    </message>
    <message>
        <source>co-facilitator</source>
        <translation type="vanished">co-animateur·rice</translation>
    </message>
    <message>
        <source>note-taker</source>
        <translation type="vanished">secrétaire</translation>
    </message>
    <message>
        <source>projector / viewer</source>
        <translation type="vanished">projection</translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="vanished">sans rôle</translation>
    </message>
    <message>
        <source>Runs the meeting too: steps the agenda, gives the floor, edits everything. Cannot invite.</source>
        <translation type="vanished">Anime aussi la réunion&#xa0;: avance dans l&apos;ordre du jour, donne la parole, modifie tout. Ne peut pas inviter.</translation>
    </message>
    <message>
        <source>Writes the notes, decisions and actions; reads everything; cannot step the agenda.</source>
        <translation type="vanished">Écrit les notes, décisions et actions&#xa0;; lit tout&#xa0;; ne peut pas avancer dans l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Shows the meeting (the projector): reads only, changes nothing.</source>
        <translation type="vanished">Montre la réunion (la projection)&#xa0;: lit seulement, ne change rien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="55"/>
        <source>%n min</source>
        <extracomment>how long an invitation may be used, in minutes; the second is proposed</extracomment>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="56"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n&#xa0;h</numerusform>
            <numerusform>%n&#xa0;h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="63"/>
        <source>This invitation has expired: invite another.</source>
        <translation>Cette invitation a expiré&#xa0;: invitez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="67"/>
        <source>Expires in %1</source>
        <translation>Expire dans %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="97"/>
        <source>Invite a device</source>
        <translation>Faire entrer un appareil</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="129"/>
        <source>This meeting is not shared yet. Share it on the network first: the invited device then joins it here.</source>
        <extracomment>the invitation shown, once made</extracomment>
        <translation>Cette réunion n&apos;est pas encore partagée. Partagez-la d&apos;abord sur le réseau&#xa0;: l&apos;appareil invité la rejoint ensuite ici.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="136"/>
        <source>&amp;Share on the network…</source>
        <translation>&amp;Partager sur le réseau…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="146"/>
        <source>The invitation lets one device into this meeting, once, with the role you choose. Give it only to the person who will use it.</source>
        <translation>L&apos;invitation fait entrer un seul appareil dans cette réunion, une seule fois, avec le rôle que vous choisissez. Ne la donnez qu&apos;à la personne qui va l&apos;utiliser.</translation>
    </message>
    <message>
        <source>&amp;Co-facilitator</source>
        <translation type="vanished">&amp;Co-animateur·rice</translation>
    </message>
    <message>
        <source>&amp;Note-taker</source>
        <translation type="vanished">&amp;Secrétaire</translation>
    </message>
    <message>
        <source>&amp;Projector / viewer</source>
        <translation type="vanished">&amp;Projection / lecture seule</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="174"/>
        <source>Valid for</source>
        <translation>Valable</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="175"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valable pendant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="181"/>
        <source>This computer&apos;s name for the others</source>
        <translation>Le nom de cet ordinateur pour les autres</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="183"/>
        <source>What every device&apos;s Devices list, and the invitation, show for this computer, e.g. Facilitation laptop.</source>
        <translation>Ce que la liste des appareils de chacun, et l’invitation, montrent pour cet ordinateur, par exemple «&#xa0;Portable de l’animation&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="189"/>
        <source>T&amp;his computer&apos;s name for the others:</source>
        <translation>Nom de cet &amp;ordinateur pour les autres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="191"/>
        <source>&amp;Make the invitation</source>
        <translation>&amp;Créer l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="208"/>
        <source>Code to type (say it across the room):</source>
        <translation>Code à taper (à dire à travers la salle)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="214"/>
        <source>Code to type</source>
        <translation>Code à taper</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="218"/>
        <source>&amp;Link (paste it in File → Join a meeting):</source>
        <translation>&amp;Lien (à coller dans Fichier → Rejoindre une réunion)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="223"/>
        <source>Link of the invitation</source>
        <translation>Lien de l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="227"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="235"/>
        <source>&amp;Invite another</source>
        <translation>&amp;Inviter un autre appareil</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="242"/>
        <source>Or scan it with the device&apos;s camera.</source>
        <translation>Ou scannez-le avec la caméra de l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="292"/>
        <source>An invitation for one device, as %1, to “%2”.</source>
        <translation>Une invitation pour un appareil, comme %1, à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/qr.py" line="53"/>
        <source>QR code of the link</source>
        <extracomment>the white border a reader needs around the code, in modules (the standard&apos;s four)</extracomment>
        <translation>Code QR du lien</translation>
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
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="57"/>
        <source>Join a meeting</source>
        <translation>Rejoindre une réunion</translation>
    </message>
    <message>
        <source>Type or paste what the facilitator&apos;s computer shows in Meeting → Share on the network. The note-taker&apos;s window opens on the meeting.</source>
        <translation type="vanished">Tapez ou collez ce qu&apos;affiche l&apos;ordinateur de l&apos;animateur·rice dans Réunion → Partager sur le réseau. La fenêtre de prise de notes s&apos;ouvre sur la réunion.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="93"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="vanished">&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="vanished">Invitation</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation type="vanished">&amp;Invitation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="60"/>
        <source>Paste the link or type the code the facilitator&apos;s computer shows in Meeting → Invite a device. The window of your role opens on the meeting.</source>
        <translation>Collez le lien ou tapez le code que montre l&apos;ordinateur de l&apos;animation dans Réunion → Faire entrer un appareil. La fenêtre de votre rôle s&apos;ouvre sur la réunion.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="71"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="73"/>
        <source>Link or code</source>
        <translation>Lien ou code</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="74"/>
        <source>&amp;Link or code:</source>
        <translation>&amp;Lien ou code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="76"/>
        <source>&amp;Meetings shared on this network (for a code):</source>
        <translation>&amp;Réunions partagées sur ce réseau (pour un code)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="80"/>
        <source>Meetings shared on this network</source>
        <translation>Réunions partagées sur ce réseau</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="94"/>
        <source>&amp;Address (a relay, or a host not listed):</source>
        <translation>&amp;Adresse (un relais, ou un hôte absent de la liste)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="98"/>
        <source>This computer&apos;s name for the others</source>
        <translation>Le nom de cet ordinateur pour les autres</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="100"/>
        <source>What the facilitator&apos;s Devices list shows for this computer, e.g. Samira&apos;s laptop.</source>
        <translation>Ce que la liste des appareils de l’animation montre pour cet ordinateur, par exemple «&#xa0;Portable de Samira&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="104"/>
        <source>This computer&apos;s &amp;name for the others:</source>
        <translation>&amp;Nom de cet ordinateur pour les autres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="105"/>
        <source>Also open the &amp;projector&apos;s window</source>
        <translation>Ouvrir aussi la fenêtre du &amp;projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="125"/>
        <source>Joining the meeting</source>
        <translation>Connexion à la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="132"/>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="143"/>
        <source>Looking for meetings shared on this network…</source>
        <extracomment>the join under way, once the Join button has started one</extracomment>
        <translation>Recherche des réunions partagées sur ce réseau…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="146"/>
        <source>No meeting is listed: type the address below.</source>
        <translation>Aucune réunion n&apos;est listée&#xa0;: tapez l&apos;adresse ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="163"/>
        <source>%1 — on %2</source>
        <translation>%1 — sur %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="170"/>
        <source>No meeting shared on this network yet.</source>
        <translation>Aucune réunion partagée sur ce réseau pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="173"/>
        <source>Shared on this network now: %n</source>
        <translation>
            <numerusform>Partagée sur ce réseau maintenant&#xa0;: %n</numerusform>
            <numerusform>Partagées sur ce réseau maintenant&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="195"/>
        <source>This meeting cannot be joined: %1</source>
        <translation>Impossible de rejoindre cette réunion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/join_dialog.py" line="203"/>
        <source>A code is joined on this network: choose the meeting in the list, or type its address.</source>
        <translation>Un code se rejoint sur ce réseau&#xa0;: choisissez la réunion dans la liste, ou tapez son adresse.</translation>
    </message>
    <message>
        <source>Not joined: the join was cancelled. Nothing of it is kept.</source>
        <translation type="vanished">Réunion non rejointe&#xa0;: la connexion a été annulée. Rien n’en est gardé.</translation>
    </message>
</context>
<context>
    <name>JoinedMeeting</name>
    <message>
        <source>Join a meeting</source>
        <translation type="vanished">Rejoindre une réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/joined.py" line="72"/>
        <source>Asking the host for the meeting…</source>
        <translation>Demande de la réunion à l’hôte…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/joined.py" line="74"/>
        <source>Receiving the meeting…</source>
        <translation>Réception de la réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/joined.py" line="75"/>
        <source>The meeting is here: waiting for the host to give this computer its role…</source>
        <translation>La réunion est arrivée&#xa0;: en attente du rôle que l’hôte donne à cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/joined.py" line="259"/>
        <location filename="../../facilitation/ui/app/joined.py" line="398"/>
        <source>The meeting at %1 could not be reached. Is it still shared, on this network?</source>
        <extracomment>the folder this join made (removed again if nothing of the meeting ever arrives) the shared meeting, once here (a reopened one at once) the role the windows follow (None: the floor knows no roles, a note-taker) the facilitator&apos;s window, for a co-facilitator the join under way (None once the meeting is here, or for a reopened one)</extracomment>
        <translation>La réunion à l&apos;adresse %1 est injoignable. Est-elle toujours partagée, sur ce réseau&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/joined.py" line="352"/>
        <source>This computer is now %1, but its window could not be opened: close this meeting&apos;s windows and reopen it from the start page.</source>
        <translation>Cet ordinateur est maintenant %1, mais sa fenêtre n’a pas pu s’ouvrir&#xa0;: fermez les fenêtres de cette réunion et rouvrez-la depuis la page d’accueil.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/joined.py" line="364"/>
        <source>This computer is now %1: its window is open.</source>
        <translation>Cet ordinateur est maintenant %1&#xa0;: sa fenêtre est ouverte.</translation>
    </message>
</context>
<context>
    <name>KindPanel</name>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="94"/>
        <source>Kind of entry</source>
        <extracomment>the lines it keeps at the least: a short window (half a laptop&apos;s screen) keeps every control Enter in the who or the due date field: add the note an action is due in two weeks unless said otherwise, as in the facilitator&apos;s dialog</extracomment>
        <translation>Type de note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="95"/>
        <source>Mark the entry (Ctrl+1 to Ctrl+4)</source>
        <translation>Marquer la note (Ctrl+1 à Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="97"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="98"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="99"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="100"/>
        <source>Open question</source>
        <translation>Question en suspens</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="106"/>
        <source>How it was decided</source>
        <translation>Mode de décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="108"/>
        <source>by consensus</source>
        <translation>par consensus</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="109"/>
        <source>by vote</source>
        <translation>par vote</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="110"/>
        <source>postponed</source>
        <translation>reportée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="113"/>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="121"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="114"/>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="122"/>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="115"/>
        <source>Abstentions</source>
        <translation>Abstentions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="123"/>
        <source>Abst.</source>
        <translation>Abst.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="134"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="135"/>
        <source>Who is in charge</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="138"/>
        <source>Due</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/notes_editor.py" line="142"/>
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
        <location filename="../../facilitation/ui/core/live_text.py" line="100"/>
        <source>Nobody is waiting to speak</source>
        <extracomment>the meeting has ended: nobody waits for the floor any more</extracomment>
        <translation>Personne n&apos;attend pour prendre la parole</translation>
    </message>
    <message>
        <source>Next: 1 person waiting</source>
        <translation type="vanished">Ensuite&#xa0;: 1 personne inscrite</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="112"/>
        <source>Next: {names}</source>
        <translation>Ensuite&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="118"/>
        <source>Nobody has the floor</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="120"/>
        <source>Someone has the floor</source>
        <translation>Quelqu&apos;un a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="121"/>
        <source>Speaking: {name}</source>
        <translation>À la parole&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="144"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/core/live_text.py" line="102"/>
        <source>Next: %n people waiting</source>
        <translation>
            <numerusform>Ensuite&#xa0;: %n personne en attente</numerusform>
            <numerusform>Ensuite&#xa0;: %n personnes en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/core/live_text.py" line="105"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="109"/>
        <source>Next: {names} {more}</source>
        <translation>Ensuite&#xa0;: {names} {more}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/live_text.py" line="116"/>
        <source>The meeting has ended.</source>
        <translation>La réunion est terminée.</translation>
    </message>
    <message>
        <source>Next: {n} people waiting</source>
        <translation type="vanished">Ensuite&#xa0;: {n} personnes inscrites</translation>
    </message>
    <message>
        <source>Next: {names} (and {more} more)</source>
        <translation type="vanished">Ensuite&#xa0;: {names} (et {more} autres)</translation>
    </message>
</context>
<context>
    <name>MeetingFile</name>
    <message>
        <location filename="../../facilitation/storage/errors.py" line="83"/>
        <source>the meeting data</source>
        <extracomment>the interface&apos;s translate function: (context, English text) -&gt; text in the user&apos;s language</extracomment>
        <translation>les données de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/errors.py" line="85"/>
        <source>Cannot open {name} at {field}: {problem}.</source>
        <translation>Impossible d’ouvrir {name} à {field}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/errors.py" line="87"/>
        <source>Cannot open {name}: {problem}.</source>
        <translation>Impossible d’ouvrir {name}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/errors.py" line="98"/>
        <source>it was written by a newer version of Facilitation (Facilitation {app}), in file format version {found}; this version reads up to version {supported}. Update Facilitation to open it</source>
        <translation>il a été écrit par une version plus récente de Facilitation (Facilitation {app}), au format de fichier version {found}&#xa0;; cette version lit jusqu’à la version {supported}. Mettez Facilitation à jour pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/errors.py" line="105"/>
        <source>it was written by a newer version of Facilitation, in file format version {found}; this version reads up to version {supported}. Update Facilitation to open it</source>
        <translation>il a été écrit par une version plus récente de Facilitation, au format de fichier version {found}&#xa0;; cette version lit jusqu’à la version {supported}. Mettez Facilitation à jour pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="147"/>
        <source>expected a JSON object at the top of the file</source>
        <extracomment>a real meeting is a few MB at most; anything larger is refused before it is read by the id of each part: the part (to tell a reused id) and its encoded line; two dicts rather than one of pairs, so that a save makes no new object the collector must track</extracomment>
        <translation>un objet JSON est attendu au début du fichier</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="153"/>
        <source>expected {expected} (this is not a meeting file), found {found}</source>
        <translation>{expected} attendu (ce n’est pas un fichier de réunion), trouvé {found}</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="164"/>
        <source>expected a whole number from 1, found {found}</source>
        <translation>un nombre entier à partir de 1 attendu, trouvé {found}</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="213"/>
        <location filename="../../facilitation/storage/fileformat.py" line="257"/>
        <location filename="../../facilitation/storage/fileformat.py" line="284"/>
        <source>the data is nested too deeply</source>
        <translation>les données sont imbriquées trop profondément</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="221"/>
        <source>the file is not valid UTF-8 text (bad byte at line {line}, offset {offset})</source>
        <translation>le fichier n’est pas du texte UTF-8 valide (octet incorrect à la ligne {line}, position {offset})</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="229"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="236"/>
        <source>not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>JSON non valide&#xa0;: {reason} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="246"/>
        <source>{name} is not a number JSON allows (NaN and Infinity are refused)</source>
        <translation>{name} n’est pas un nombre admis en JSON (NaN et Infinity sont refusés)</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="253"/>
        <source>not valid JSON: {reason}</source>
        <translation>JSON non valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="293"/>
        <source>the file is too large ({size} MB; a meeting file is at most {limit} MB), so it is surely not a meeting file</source>
        <translation>le fichier est trop grand ({size} Mo&#xa0;; un fichier de réunion fait au plus {limit} Mo)&#xa0;: ce n’est sûrement pas un fichier de réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="314"/>
        <source>this is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="318"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="321"/>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location filename="../../facilitation/storage/fileformat.py" line="325"/>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
</context>
<context>
    <name>MinutesHints</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/minutes_hints.py" line="67"/>
        <source>Ctrl+Shift+N: set the next meeting&apos;s date, time and place</source>
        <translation>Ctrl+Maj+N&#xa0;: fixer la date, l&apos;heure et le lieu de la prochaine rencontre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/minutes_hints.py" line="69"/>
        <source>Meeting → Approve the previous minutes… marks them approved in their file</source>
        <translation>Réunion → Approuver le PV précédent… le marque approuvé dans son fichier</translation>
    </message>
</context>
<context>
    <name>NextMeeting</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="70"/>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="71"/>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="77"/>
        <source>For those who join online</source>
        <translation>Pour les personnes qui suivent en ligne</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="81"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="82"/>
        <source>Time:</source>
        <translation>Heure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="83"/>
        <source>Mode:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="84"/>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="85"/>
        <source>Online link:</source>
        <translation>Lien de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="86"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="140"/>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="168"/>
        <source>Next meeting</source>
        <translation>Prochaine rencontre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="173"/>
        <source>As it is said: Tuesday 5 January at 19h30, Maison de quartier ; a note</source>
        <translation>Comme on le dit&#xa0;: mardi 5 janvier à 19h30, Maison de quartier&#xa0;; une note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/next_meeting.py" line="176"/>
        <source>In one line:</source>
        <translation>En une ligne&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NoteTakerWindow</name>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="99"/>
        <source>Agenda item in view</source>
        <extracomment>the item whose notes are in view</extracomment>
        <translation>Point affiché</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="100"/>
        <source>Look at the notes of another item (the meeting stays put)</source>
        <translation>Voir les notes d&apos;un autre point (la réunion ne bouge pas)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="108"/>
        <source>&amp;Follow the live item</source>
        <translation>&amp;Suivre le point en cours</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="111"/>
        <source>Show the item under discussion as the meeting moves (Ctrl+L)</source>
        <translation>Afficher le point en discussion à mesure que la réunion avance (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/keys.py" line="64"/>
        <source>Move the note up</source>
        <translation>Monter la note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/keys.py" line="65"/>
        <source>Move the note down</source>
        <translation>Descendre la note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="156"/>
        <location filename="../../facilitation/ui/notetaker/window.py" line="413"/>
        <source>&amp;New note</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="160"/>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="170"/>
        <source>Speaker (optional)</source>
        <translation>Orateur·rice (facultatif)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="171"/>
        <source>Speaker</source>
        <translation>Orateur·rice</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="174"/>
        <source>Current speaker (F2)</source>
        <translation>Personne qui a la parole (F2)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="176"/>
        <source>Tie the note to whoever has the floor</source>
        <translation>Attribuer la note à la personne qui a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/keys.py" line="63"/>
        <location filename="../../facilitation/ui/notetaker/window.py" line="182"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="191"/>
        <source>Enter adds the note · Shift+Enter starts a new line · the note is timed from its first letter</source>
        <translation>Entrée ajoute la note · Maj+Entrée passe à la ligne · la note est horodatée dès sa première lettre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/keys.py" line="61"/>
        <source>Current speaker</source>
        <translation>Personne qui a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/keys.py" line="62"/>
        <source>Follow the live item</source>
        <translation>Suivre le point en cours</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/keys.py" line="68"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/keys.py" line="71"/>
        <source>Show the &amp;facilitator&apos;s window</source>
        <translation>Afficher la fenêtre d&apos;&amp;animation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/keys.py" line="74"/>
        <source>&amp;Window</source>
        <translation>&amp;Fenêtre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="264"/>
        <source>The facilitator&apos;s window is not open in this program.</source>
        <extracomment>the window&apos;s height, in lines of its text, below which the large title gives way to the note being typed (the chooser above shows the item too, its tooltip whole): with larger text on a laptop the title was shown twice and the note had one line</extracomment>
        <translation>La fenêtre d&apos;animation n&apos;est pas ouverte dans ce programme.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="271"/>
        <source>Notes — {title}</source>
        <translation>Notes — {title}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="271"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/title_label.py" line="25"/>
        <source>No item under discussion yet</source>
        <translation>Aucun point en discussion pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/title_label.py" line="27"/>
        <source>No agenda item yet</source>
        <translation>Pas encore de point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/title_label.py" line="32"/>
        <source>The meeting is not on an item</source>
        <translation>La réunion n&apos;est sur aucun point</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/title_label.py" line="34"/>
        <source>Not the item under discussion: the meeting is on item {n}</source>
        <translation>Ce n&apos;est pas le point en discussion&#xa0;: la réunion en est au point {n}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="339"/>
        <source>You are writing on item {mine}; the meeting has moved on to item {live}.</source>
        <translation>Vous écrivez sur le point {mine}&#xa0;; la réunion est passée au point {live}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="391"/>
        <source>Item {n}: {timer}</source>
        <translation>Point {n}&#xa0;: {timer}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="409"/>
        <source>&amp;New note, started at {time}</source>
        <translation>&amp;Nouvelle note, commencée à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="429"/>
        <source>The note you were typing has been recovered.</source>
        <translation>La note que vous étiez en train d&apos;écrire a été récupérée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="434"/>
        <source>Nobody has the floor.</source>
        <translation>Personne n&apos;a la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="461"/>
        <source>That item was removed from the agenda: press Enter again to add the note to the item under discussion.</source>
        <translation>Ce point a été retiré de l&apos;ordre du jour&#xa0;: appuyez encore sur Entrée pour ajouter la note au point en discussion.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="468"/>
        <source>There is no agenda item to write on yet.</source>
        <translation>Il n&apos;y a pas encore de point de l&apos;ordre du jour où écrire.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/notetaker/window.py" line="473"/>
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
        <location filename="../../facilitation/ui/core/i18n.py" line="154"/>
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
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant·e</numerusform>
            <numerusform>%n participant·es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="357"/>
        <source>%n groups</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation type="vanished">
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
        <source>%n group(s)</source>
        <translation type="vanished">
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>This change is refused.</source>
        <translation type="vanished">Cette modification est refusée.</translation>
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
        <location filename="../../facilitation/ui/projector/window.py" line="66"/>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="134"/>
        <source>Hide names</source>
        <translation>Masquer les noms</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="139"/>
        <source>Show how many people wait to speak rather than their names</source>
        <translation>Afficher le nombre de personnes inscrites plutôt que leurs noms</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="142"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="146"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="149"/>
        <source>Close the projector</source>
        <translation>Fermer le projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="234"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="258"/>
        <source>Item {n} of {total}</source>
        <translation>Point {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/window.py" line="241"/>
        <source>The meeting has ended. Thank you!</source>
        <translation>La réunion est terminée. Merci&#xa0;!</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../facilitation/ui/core/i18n.py" line="44"/>
        <source>&amp;Look in:</source>
        <extracomment>Qt&apos;s translation catalogs for the modules the app uses (qtbase: widgets, dialogs, buttons) Qt&apos;s own words that the catalogs PySide6 ships lack (Qt 6.11 gave them mnemonics): our translation carries them under Qt&apos;s context, and Qt finds them there</extracomment>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/i18n.py" line="45"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_model.py" line="103"/>
        <source>not heard yet</source>
        <extracomment>points of order and direct replies stand out by colour as well as by their words</extracomment>
        <translation>pas encore entendu·e</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_model.py" line="112"/>
        <source>waiting %1</source>
        <translation>attend depuis %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="96"/>
        <source>Queue of speakers</source>
        <extracomment>a name as long as the queue must show whole (longer ones may end in &quot;…&quot;)</extracomment>
        <translation>Liste des tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="221"/>
        <source>Speakers</source>
        <extracomment>False while the panel is short of room: the hint is not shown then, the bar needs less the number of people waiting or the text size changed: the window may share its room anew where a refusal of the queue&apos;s commands is told (the facilitator&apos;s status bar)</extracomment>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="248"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="251"/>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="252"/>
        <source>Kind of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="268"/>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="557"/>
        <source>Nobody waits to speak.</source>
        <extracomment>the participants the quick-add field&apos;s names were made from</extracomment>
        <translation>Personne n&apos;attend pour prendre la parole.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="277"/>
        <source>First come</source>
        <translation>Par ordre d&apos;inscription</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="279"/>
        <source>Progressive (this item)</source>
        <translation>Priorité à qui n&apos;a pas parlé (ce point)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="283"/>
        <source>Progressive (meeting)</source>
        <translation>Priorité à qui n&apos;a pas parlé (réunion)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="287"/>
        <source>Order of the queue. Progressive: people not heard yet (on this item, or in the whole meeting) go ahead. Points of order and direct replies always go first.</source>
        <translation>Ordre de la liste des tours de parole. Priorité à qui n&apos;a pas parlé&#xa0;: les personnes pas encore entendues (sur ce point, ou de toute la réunion) passent devant. Les points d&apos;ordre et les réponses directes passent toujours en premier.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="297"/>
        <source>No time limit</source>
        <translation>Pas de limite de temps</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="299"/>
        <source>%n min per turn</source>
        <translation>
            <numerusform>%n&#xa0;min par tour</numerusform>
            <numerusform>%n&#xa0;min par tour</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="302"/>
        <source>Speaking-time limit per turn</source>
        <translation>Limite du temps de parole par tour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="319"/>
        <source>Order:</source>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="320"/>
        <source>Limit:</source>
        <translation>Limite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="439"/>
        <source>Name, then Enter</source>
        <extracomment>short of room (large text on a laptop): the keys&apos; hints give way to the queue&apos;s rows</extracomment>
        <translation>Nom, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="439"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="455"/>
        <source>Several people match: %1</source>
        <translation>Plusieurs personnes correspondent&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="545"/>
        <source>%1 per turn</source>
        <translation>%1 par tour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="553"/>
        <source>Enter or double-click: give the floor · Delete: withdraw · Ctrl+↑/↓: move</source>
        <translation>Entrée ou double-clic&#xa0;: donner la parole · Suppr&#xa0;: retirer · Ctrl+↑/↓&#xa0;: déplacer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="567"/>
        <source>Nobody has the floor</source>
        <translation>Personne n&apos;a la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="235"/>
        <source>F3: give the floor to the next in the queue</source>
        <translation>F3&#xa0;: donner la parole à la personne suivante</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="73"/>
        <source>asks to speak</source>
        <translation>demande la parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="74"/>
        <source>direct reply</source>
        <translation>réponse directe</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="75"/>
        <source>point of order</source>
        <translation>point d&apos;ordre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="179"/>
        <source>New participant</source>
        <translation>Nouvelle personne participante</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="182"/>
        <source>%1 is not on the list of participants.</source>
        <translation>%1 n&apos;est pas sur la liste des participant·es.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="189"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="190"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/quick_add.py" line="195"/>
        <source>Add and queue</source>
        <translation>Ajouter et inscrire</translation>
    </message>
    <message>
        <source>Name, then Enter (%1)</source>
        <translation type="vanished">Nom, puis Entrée (%1)</translation>
    </message>
</context>
<context>
    <name>ReadBack</name>
    <message>
        <source>Vote: %1 for, %2 against, %3 abstentions</source>
        <translation type="vanished">Vote&#xa0;: %1 pour, %2 contre, %3 abstentions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/read_back.py" line="54"/>
        <source>abstentions not counted</source>
        <translation>abstentions non comptées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/core/read_back.py" line="56"/>
        <source>%n abstentions</source>
        <translation>
            <numerusform>%n abstention</numerusform>
            <numerusform>%n abstentions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/read_back.py" line="59"/>
        <source>Vote: %1 for, %2 against, %3</source>
        <translation>Vote&#xa0;: %1 pour, %2 contre, %3</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/read_back.py" line="62"/>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/read_back.py" line="64"/>
        <source>By consensus</source>
        <translation>Par consensus</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/read_back.py" line="66"/>
        <source>Objections: %1</source>
        <translation>Objections&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/read_back.py" line="72"/>
        <source>Who: %1</source>
        <translation>Qui&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/read_back.py" line="72"/>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/read_back.py" line="74"/>
        <source>By: %1</source>
        <translation>Pour le&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/read_back.py" line="88"/>
        <source>Decision %1 of %2</source>
        <translation>Décision %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/core/read_back.py" line="92"/>
        <source>Action %1 of %2</source>
        <translation>Action %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/read_back_view.py" line="68"/>
        <source>Read-back of the decisions and actions</source>
        <translation>Relecture des décisions et des actions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/read_back_view.py" line="75"/>
        <source>No decision or action was recorded.</source>
        <translation>Aucune décision ni action n&apos;a été notée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/projector/read_back_view.py" line="88"/>
        <source>Read</source>
        <translation>Relue</translation>
    </message>
</context>
<context>
    <name>ReadBackDialog</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="70"/>
        <source>Read back the decisions and actions</source>
        <translation>Relire les décisions et les actions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="76"/>
        <source>The whole &amp;list</source>
        <translation>Toute la &amp;liste</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="115"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="116"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="117"/>
        <source>Mark read</source>
        <translation>Marquer relue</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="118"/>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="119"/>
        <source>Apply the correction</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="120"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="159"/>
        <source>Previous (←)</source>
        <translation>Précédente (←)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="160"/>
        <source>Next (→)</source>
        <translation>Suivante (→)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="161"/>
        <source>Mark read and go on (Space)</source>
        <translation>Marquer relue et continuer (Espace)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="162"/>
        <source>Correct (F2)</source>
        <translation>Corriger (F2)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="163"/>
        <source>Apply the correction (Ctrl+Enter)</source>
        <translation>Appliquer la correction (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="314"/>
        <source>%1 of %2 read</source>
        <translation>%1 sur %2 relues</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="321"/>
        <source>read back at %1</source>
        <translation>relues à %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="335"/>
        <source>No decision or action was recorded.</source>
        <translation>Aucune décision ni action n&apos;a été notée.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/read_back.py" line="342"/>
        <source>Read</source>
        <translation>Relue</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="58"/>
        <source>Item:</source>
        <translation>Point&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="128"/>
        <source>This cannot be recorded.</source>
        <translation>Ceci ne peut pas être noté.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="158"/>
        <source>Record a decision</source>
        <translation>Noter une décision</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="159"/>
        <source>What was decided</source>
        <translation>Ce qui a été décidé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="160"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="162"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="163"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="164"/>
        <source>Postponed</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="165"/>
        <source>&amp;How:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="169"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="170"/>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="171"/>
        <source>abstentions</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="179"/>
        <source>Votes:</source>
        <translation>Votes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="182"/>
        <source>Objections or reservations, if any</source>
        <translation>Objections ou réserves éventuelles</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="184"/>
        <source>&amp;Objections:</source>
        <translation>&amp;Objections&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="213"/>
        <source>Record an action</source>
        <translation>Noter une action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="214"/>
        <source>What is to be done</source>
        <translation>Ce qui est à faire</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="215"/>
        <source>&amp;What:</source>
        <translation>&amp;Quoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="224"/>
        <source>A participant, or anyone (free text)</source>
        <translation>Une personne participante, ou n&apos;importe qui (texte libre)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="225"/>
        <source>W&amp;ho:</source>
        <translation>Q&amp;ui&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="227"/>
        <source>due by</source>
        <translation>pour le</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="238"/>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="278"/>
        <source>Record an open question</source>
        <translation>Noter une question en suspens</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="279"/>
        <source>The question left open</source>
        <translation>La question restée en suspens</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="280"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="94"/>
        <source>Throw away what you typed?</source>
        <extracomment>the question asked before typed text is thrown away, while it is open</extracomment>
        <translation>Abandonner ce que vous avez tapé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="96"/>
        <source>Throw away</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/dialogs/record_dialogs.py" line="98"/>
        <source>Keep writing</source>
        <translation>Continuer à écrire</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="38"/>
        <source>an untitled meeting</source>
        <extracomment>restore into a new file beside the meeting&apos;s own, which stays as it is</extracomment>
        <translation>une réunion sans titre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="41"/>
        <source>“%1” was not closed properly.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été fermée correctement.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="43"/>
        <source>Its last change was at %1.</source>
        <translation>Sa dernière modification date de %1.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="47"/>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="69"/>
        <source>Restore a meeting</source>
        <translation>Restaurer une réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="94"/>
        <source>Restore it with every change made until it stopped, open its file as last saved, or discard the autosaved changes?</source>
        <translation>La restaurer avec toutes les modifications faites jusqu&apos;à l&apos;arrêt, ouvrir son fichier tel qu&apos;enregistré la dernière fois, ou abandonner les modifications sauvegardées automatiquement&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="100"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="104"/>
        <source>Open the file as saved</source>
        <translation>Ouvrir le fichier enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="108"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="112"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="140"/>
        <source>Discard the autosave</source>
        <translation>Abandonner la sauvegarde automatique</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="141"/>
        <source>The changes not saved to the file will be lost. Discard them?</source>
        <translation>Les modifications non enregistrées dans le fichier seront perdues. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="50"/>
        <source>The file on disk was saved after this autosave (%1): it has changes the autosave does not have. Restoring over it would lose them.</source>
        <translation>Le fichier sur le disque a été enregistré après cette sauvegarde automatique (%1)&#xa0;: il contient des modifications qu’elle n’a pas. Restaurer par-dessus les ferait perdre.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="56"/>
        <source>The file on disk cannot be read as a meeting: restoring would replace it.</source>
        <translation>Le fichier sur le disque ne peut pas être lu comme une réunion&#xa0;: restaurer le remplacerait.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="75"/>
        <source>Keep both (the autosave goes into a new file beside it), open the file on disk, or replace the file with the autosave?</source>
        <translation>Garder les deux (la sauvegarde automatique va dans un nouveau fichier à côté), ouvrir le fichier sur le disque, ou remplacer le fichier par la sauvegarde automatique&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="81"/>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="84"/>
        <source>Open the file on disk</source>
        <translation>Ouvrir le fichier sur le disque</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="88"/>
        <location filename="../../facilitation/ui/app/recovery.py" line="129"/>
        <source>Replace the file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/recovery.py" line="130"/>
        <source>The changes in the file on disk that the autosave does not have will be lost. Replace it?</source>
        <translation>Les modifications du fichier sur le disque que la sauvegarde automatique n’a pas seront perdues. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="32"/>
        <source>facilitator (host)</source>
        <translation>animation (hôte)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="39"/>
        <source>co-facilitator</source>
        <translation>co-animateur·rice</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="48"/>
        <source>note-taker</source>
        <translation>secrétaire</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="56"/>
        <source>projector / viewer</source>
        <translation>projection</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="63"/>
        <source>no role</source>
        <translation>sans rôle</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="40"/>
        <source>&amp;Co-facilitator</source>
        <translation>C&amp;o-animateur·rice</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="49"/>
        <source>&amp;Note-taker</source>
        <translation>&amp;Secrétaire</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="57"/>
        <source>&amp;Projector / viewer</source>
        <translation>&amp;Projection / lecture seule</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="33"/>
        <source>&amp;Facilitator (host)</source>
        <translation>&amp;Animation (hôte)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="41"/>
        <source>Runs the meeting too: steps the agenda, gives the floor, edits everything. Cannot invite.</source>
        <translation>Anime aussi la réunion&#xa0;: avance dans l&apos;ordre du jour, donne la parole, modifie tout. Ne peut pas inviter.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="50"/>
        <source>Writes the notes, decisions and actions; reads everything; cannot step the agenda.</source>
        <translation>Écrit les notes, décisions et actions&#xa0;; lit tout&#xa0;; ne peut pas avancer dans l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="58"/>
        <source>Shows the meeting (the projector): reads only, changes nothing.</source>
        <translation>Montre la réunion (la projection)&#xa0;: lit seulement, ne change rien.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/roles.py" line="34"/>
        <source>Shares the meeting, invites the other devices and gives their roles.</source>
        <translation>Partage la réunion, invite les autres appareils et leur donne leur rôle.</translation>
    </message>
</context>
<context>
    <name>SaveState</name>
    <message>
        <location filename="../../facilitation/ui/common/save_state.py" line="25"/>
        <source>Read-only: changes are not saved</source>
        <translation>Lecture seule&#xa0;: les modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/save_state.py" line="27"/>
        <source>Not saved (no file)</source>
        <translation>Non enregistrée (pas de fichier)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/save_state.py" line="31"/>
        <source>⚠ Changes are not being kept: a crash now would lose them</source>
        <translation>⚠ Les modifications ne sont pas gardées&#xa0;: un plantage maintenant les ferait perdre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/save_state.py" line="33"/>
        <source>⚠ Every change is written, but the disk does not confirm it: a power cut could lose the last ones</source>
        <translation>⚠ Chaque modification est écrite, mais le disque ne le confirme pas&#xa0;: une coupure de courant pourrait faire perdre les dernières</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/save_state.py" line="38"/>
        <source>⚠ Not saved to the file: someone else changed it</source>
        <translation>⚠ Pas enregistrée dans le fichier&#xa0;: quelqu’un d’autre l’a modifié</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/save_state.py" line="40"/>
        <source>⚠ Every change is kept in the autosave, but not saved to the file</source>
        <translation>⚠ Chaque modification est gardée dans la sauvegarde automatique, mais pas enregistrée dans le fichier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/save_state.py" line="42"/>
        <source>Every change is kept · saved to file at %1</source>
        <translation>Chaque modification est gardée · enregistrée dans le fichier à %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/save_state.py" line="45"/>
        <source>Every change is kept</source>
        <translation>Chaque modification est gardée</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="64"/>
        <source>Share the meeting on the network</source>
        <translation>Partager la réunion sur le réseau</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="67"/>
        <source>Other computers (the note-taker&apos;s, the projector&apos;s) can then follow and change this meeting. Everything sent is encrypted: only those who get the invitation can read it. Nothing listens on the network until you share.</source>
        <translation>D&apos;autres ordinateurs (celui de la prise de notes, celui du projecteur) pourront alors suivre et modifier cette réunion. Tout ce qui est envoyé est chiffré&#xa0;: seules les personnes qui reçoivent l&apos;invitation peuvent le lire. Rien n&apos;écoute sur le réseau tant que vous ne partagez pas.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="78"/>
        <source>Every network of this computer (others in the room can join)</source>
        <translation>Tous les réseaux de cet ordinateur (les autres dans la salle peuvent rejoindre)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="80"/>
        <source>This computer only (to try it out)</source>
        <translation>Cet ordinateur seulement (pour essayer)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="81"/>
        <source>Where to listen</source>
        <translation>Où écouter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="82"/>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="86"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="87"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="100"/>
        <source>Address to join</source>
        <translation>Adresse à rejoindre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="101"/>
        <source>Address to join:</source>
        <translation>Adresse à rejoindre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="104"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="105"/>
        <source>Invitation:</source>
        <translation>Invitation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="106"/>
        <source>&amp;Copy the address and the invitation</source>
        <translation>&amp;Copier l&apos;adresse et l&apos;invitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="110"/>
        <source>Give the invitation only to the people who may see the meeting (by hand, in a message to them): it is the key.</source>
        <translation>Ne donnez l&apos;invitation qu&apos;aux personnes qui peuvent voir la réunion (de la main à la main, dans un message qui leur est adressé)&#xa0;: c&apos;est la clé.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="118"/>
        <source>&amp;Invite a device…</source>
        <translation>&amp;Faire entrer un appareil…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="125"/>
        <source>&amp;Share</source>
        <translation>&amp;Partager</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="135"/>
        <source>&amp;Copy the address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/dialogs.py" line="141"/>
        <source>Each device joins with an invitation of its own: Meeting → Invite a device… (a link, a code and a QR code, for one device, once, with its role).</source>
        <translation>Chaque appareil entre avec sa propre invitation&#xa0;: Réunion → Faire entrer un appareil… (un lien, un code et un code QR, pour un seul appareil, une seule fois, avec son rôle).</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../facilitation/ui/sharing/actions.py" line="106"/>
        <source>The meeting is open again, but it cannot be shared at %1 any more: %2</source>
        <translation>La réunion est rouverte, mais elle ne peut plus être partagée sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/actions.py" line="153"/>
        <source>The meeting cannot be shared there: %1 Choose another port.</source>
        <translation>La réunion ne peut pas être partagée là&#xa0;: %1 Choisissez un autre port.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/menus.py" line="40"/>
        <source>St&amp;op sharing</source>
        <translation>Arrêt&amp;er le partage</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/menus.py" line="107"/>
        <source>S&amp;hare on the network…</source>
        <translation>Parta&amp;ger sur le réseau…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/menus.py" line="108"/>
        <source>Invite a de&amp;vice…</source>
        <translation>&amp;Faire entrer un appareil…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/menus.py" line="119"/>
        <source>Sharing stopped: nothing listens on the network any more.</source>
        <translation>Partage arrêté&#xa0;: plus rien n&apos;écoute sur le réseau.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/menus.py" line="122"/>
        <source>&amp;Join a meeting…</source>
        <translation>&amp;Rejoindre une réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="35"/>
        <source>Shared on the network · %1</source>
        <translation>Partagée sur le réseau · %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="37"/>
        <source>Not shared any more: the meeting goes on on this computer</source>
        <translation>Plus partagée&#xa0;: la réunion continue sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="39"/>
        <source>Connected to the shared meeting</source>
        <translation>Connecté·e à la réunion partagée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="41"/>
        <source>Connecting to the shared meeting…</source>
        <translation>Connexion à la réunion partagée…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="42"/>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/sharing/link.py" line="48"/>
        <source>%n waiting to be sent</source>
        <translation>
            <numerusform>%n en attente d&apos;envoi</numerusform>
            <numerusform>%n en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/link.py" line="115"/>
        <source>Not done, another device was first: %1</source>
        <translation>Pas fait, un autre appareil est passé avant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/role_guard.py" line="50"/>
        <source>Host reachable</source>
        <translation>Hôte joignable</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/role_guard.py" line="52"/>
        <source>Host not reachable since %1</source>
        <translation>Hôte injoignable depuis %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/role_guard.py" line="53"/>
        <source>Host not reachable</source>
        <translation>Hôte injoignable</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/role_guard.py" line="94"/>
        <source>This computer was removed from the meeting: it receives nothing new.</source>
        <translation>Cet ordinateur a été retiré de la réunion&#xa0;: il ne reçoit plus rien de nouveau.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/role_guard.py" line="97"/>
        <source>This computer is now %1 in the meeting.</source>
        <translation>Cet ordinateur est maintenant %1 dans la réunion.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../facilitation/ui/common/shortcuts.py" line="47"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/shortcuts.py" line="51"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/common/shortcuts.py" line="51"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../facilitation/ui/start/create.py" line="49"/>
        <source>The meeting was not written: %1</source>
        <translation>La réunion n&apos;a pas été écrite&#x202f;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/create.py" line="70"/>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/create.py" line="74"/>
        <source>No agenda point was found in this text.</source>
        <translation>Aucun point d&apos;ordre du jour n&apos;a été trouvé dans ce texte.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/create.py" line="105"/>
        <source>New meeting from an invitation or an agenda</source>
        <translation>Nouvelle réunion à partir d&apos;une invitation ou d&apos;un ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/create.py" line="111"/>
        <source>Paste the invitation or the agenda below (one point a line; durations such as “(20 min)” are read), or choose a .md, .txt or .docx file.</source>
        <translation>Collez l&apos;invitation ou l&apos;ordre du jour ci-dessous (un point par ligne&#x202f;; les durées comme «&#x202f;(20 min)&#x202f;» sont lues), ou choisissez un fichier .md, .txt ou .docx.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/create.py" line="122"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/create.py" line="132"/>
        <source>Create the meeting</source>
        <translation>Créer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/create.py" line="141"/>
        <source>Choose an invitation or an agenda</source>
        <translation>Choisir une invitation ou un ordre du jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/create.py" line="143"/>
        <source>Agendas (*.md *.txt *.docx);;All files (*)</source>
        <translation>Ordres du jour (*.md *.txt *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="56"/>
        <location filename="../../facilitation/ui/start/shared.py" line="53"/>
        <source>Meeting</source>
        <extracomment>where each meeting row keeps its Row</extracomment>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="56"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="56"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="56"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="56"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="62"/>
        <source>Prepared</source>
        <translation>Préparée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="63"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="64"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="65"/>
        <source>Minutes written</source>
        <translation>Compte rendu écrit</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="75"/>
        <source>Missing: moved or deleted</source>
        <translation>Introuvable&#x202f;: déplacée ou supprimée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="76"/>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="77"/>
        <source>Too large for a meeting</source>
        <translation>Trop grand pour une réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="78"/>
        <source>Empty file</source>
        <translation>Fichier vide</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="79"/>
        <source>Cut short (incomplete copy)</source>
        <translation>Tronqué (copie incomplète)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="80"/>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="81"/>
        <source>Not a meeting file</source>
        <translation>Pas un fichier de réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="82"/>
        <source>Made by a newer version of Facilitation</source>
        <translation>Fait par une version plus récente de Facilitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="123"/>
        <location filename="../../facilitation/ui/start/shared.py" line="83"/>
        <location filename="../../facilitation/ui/start/window.py" line="70"/>
        <source>Meeting without a title</source>
        <translation>Réunion sans titre</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="147"/>
        <location filename="../../facilitation/ui/start/listing.py" line="163"/>
        <source>Not closed cleanly</source>
        <translation>Pas fermée correctement</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="151"/>
        <source>Without a series</source>
        <translation>Hors série</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/listing.py" line="164"/>
        <source>Not closed cleanly: can be restored</source>
        <translation>Pas fermée correctement&#x202f;: peut être restaurée</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="67"/>
        <source>Restore the meeting?</source>
        <translation>Restaurer la réunion&#x202f;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="69"/>
        <source>“%1” was not closed cleanly. Its changes were kept by the autosave.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;a pas été fermée correctement. Ses modifications ont été gardées par la sauvegarde automatique.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="73"/>
        <source>Restore the changes</source>
        <translation>Restaurer les modifications</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="75"/>
        <source>Open the file as saved</source>
        <translation>Ouvrir le fichier enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="106"/>
        <source>Facilitation — your meetings</source>
        <extracomment>an OpenRequest: the meeting the user chose</extracomment>
        <translation>Facilitation — vos réunions</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="128"/>
        <source>Facilitation</source>
        <extracomment>where the autosave slots are looked for (None: the user&apos;s data folder)</extracomment>
        <translation>Facilitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="134"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="137"/>
        <source>New from an &amp;invitation or agenda…</source>
        <translation>Nouvelle à partir d&apos;une &amp;invitation ou d&apos;un ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="139"/>
        <source>Paste the text of an invitation or an agenda, or choose a .md, .txt or .docx</source>
        <translation>Collez le texte d&apos;une invitation ou d&apos;un ordre du jour, ou choisissez un .md, .txt ou .docx</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="143"/>
        <source>Prepare the ne&amp;xt of a series</source>
        <translation>Préparer la sui&amp;vante d&apos;une série</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="145"/>
        <source>The next meeting of the selected meeting&apos;s series: same people, open actions</source>
        <translation>La prochaine réunion de la série de la réunion choisie&#x202f;: mêmes personnes, actions en cours</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="147"/>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="148"/>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="158"/>
        <source>Your meetings are kept in %1</source>
        <translation>Vos réunions sont rangées dans %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="167"/>
        <source>Search titles, series, dates…</source>
        <translation>Chercher dans les titres, séries, dates…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="192"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="193"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="194"/>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="244"/>
        <source>No meeting yet: start one, or try the demo to see how it goes.</source>
        <translation>Pas encore de réunion&#x202f;: commencez-en une, ou essayez la démo pour voir comment ça se passe.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="256"/>
        <source>No meeting matches “%1”.</source>
        <translation>Aucune réunion ne correspond à «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="321"/>
        <source>This meeting is no longer at %1. Forget it, or put the file back.</source>
        <translation>Cette réunion n&apos;est plus à %1. Oubliez-la, ou remettez le fichier à sa place.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="327"/>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 ne peut pas être ouvert&#x202f;: %2.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="387"/>
        <source>Select a meeting of the series first: the next one follows it.</source>
        <translation>Choisissez d&apos;abord une réunion de la série&#x202f;: la suivante lui fait suite.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="399"/>
        <source>Open a meeting</source>
        <translation>Ouvrir une réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/window.py" line="399"/>
        <source>Meetings (*.json)</source>
        <translation>Réunions (*.json)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/shared.py" line="44"/>
        <location filename="../../facilitation/ui/start/shared.py" line="51"/>
        <source>Shared meetings on this computer</source>
        <translation>Réunions partagées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/shared.py" line="53"/>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/shared.py" line="53"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/shared.py" line="66"/>
        <source>Reo&amp;pen</source>
        <translation>Ro&amp;uvrir</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/shared.py" line="69"/>
        <source>Open the shared meeting again from what this computer kept, and reconnect</source>
        <translation>Rouvrir la réunion partagée à partir de ce que cet ordinateur a gardé, et se reconnecter</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/shared.py" line="84"/>
        <source>Hosted</source>
        <translation>Hébergée ici</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/start/shared.py" line="84"/>
        <source>Joined</source>
        <translation>Rejointe</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="62"/>
        <source>(no group)</source>
        <translation>(sans groupe)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="168"/>
        <source>Nobody has spoken yet.</source>
        <extracomment>how many rows there are in all (``bars`` may hold only the first MAX_ROWS of them) (font key, its metrics, each name&apos;s width, each name elided to a width): the same people are drawn at every repaint, and measuring a text shapes it anew each time</extracomment>
        <translation>Personne n&apos;a encore pris la parole.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="211"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="240"/>
        <source>Speaking time</source>
        <extracomment>the chart&apos;s colours (made once, not per bar and per paint) the closed turns&apos; totals, followed change by change (not re-walked every second)</extracomment>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="244"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="245"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="289"/>
        <source>Not heard yet (%1): %2</source>
        <translation>Pas encore entendu·es (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="294"/>
        <source>Everyone present has spoken.</source>
        <translation>Toutes les personnes présentes ont pris la parole.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../facilitation/sync/entries.py" line="213"/>
        <source>an entry this version cannot read ({reason})</source>
        <extracomment>(author, seq): how an entry is named everywhere the command, or None for the other kinds of entry the starting state (only in the first entry, seq 0) the entry this one takes back (a device&apos;s undo) the host&apos;s keys (start), a device introducing itself (hello), the grantee (grant) a grant&apos;s role; None: the device&apos;s role is revoked a hello&apos;s ticket (what the invitation gave it, for the host to check) keys: the new epoch; grant and keys: meeting keys sealed to devices, by (epoch, device) the largest starting state a device unpacks (a meeting file is refused above 64 MiB too)</extracomment>
        <translation>une entrée que cette version ne sait pas lire ({reason})</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/net.py" line="503"/>
        <source>cannot listen on {address}:{port}: the port is in use</source>
        <extracomment>where a device asks the host for an invitation&apos;s key (the code or link exchange) a room&apos;s name: 32 hex digits derived from the meeting key (see MeetingKey.room) seconds between a device&apos;s revocation and the closing of its connections (see close_device) the rooms served (the LAN host serves its meeting&apos;s only; a relay any, up to max_rooms) the host&apos;s answer to an invitation request on ``/invite`` (None: a relay, refused) messages dropped before reaching a room (not binary, unknown type, garbage)</extracomment>
        <translation>impossible d’écouter sur {address}:{port}&#xa0;: ce port est déjà utilisé</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/net.py" line="505"/>
        <source>cannot listen on {address}:{port}: this computer has no such address</source>
        <translation>impossible d’écouter sur {address}:{port}&#xa0;: cet ordinateur n’a pas cette adresse</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/net.py" line="509"/>
        <source>cannot listen on {address}:{port}: this port is reserved to the system</source>
        <translation>impossible d’écouter sur {address}:{port}&#xa0;: ce port est réservé au système</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/net.py" line="512"/>
        <source>cannot listen on {address}:{port}: {reason}</source>
        <translation>impossible d’écouter sur {address}:{port}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/net.py" line="546"/>
        <source>the meeting&apos;s host does not answer at {address}</source>
        <translation>l’hôte de la réunion ne répond pas à {address}</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/replica.py" line="202"/>
        <source>this meeting is already shared</source>
        <extracomment>a Yjs update larger than this is refused before it reaches the document the origin of this device&apos;s own transactions (remote ones arrive with None: pitfall 2) the initiator of changes that came from other devices: windows must not ignore them (&quot;notes&quot;, id) for a part, (&quot;live&quot;, &quot;&quot;) for a single-valued part the edits that take it back (for this device&apos;s undo) position of each of this device&apos;s entries read, by key (entries applied, the meeting after them, the roles then); the first is the starting state who holds which role after the entries applied the invitation&apos;s key (epoch 0): the room&apos;s name comes from it called with each update this device makes (to send, to journal) the meeting was rebuilt: read ``live.meeting`` afresh one of this device&apos;s commands was refused on replay an entry was skipped (reported once per record) every genuine record seen, by entry: to put back what a peer deleted the lowest position of the mirror changed since entries() last ran the entry of this device being applied (its listeners may ask can_undo / can_redo)</extracomment>
        <translation>cette réunion est déjà partagée</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/replica.py" line="223"/>
        <source>this meeting is shared by another version (format {format})</source>
        <translation>cette réunion est partagée par une autre version (format {format})</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/replica.py" line="230"/>
        <source>this address holds another meeting</source>
        <translation>cette adresse porte une autre réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/replica.py" line="275"/>
        <source>the shared meeting has not arrived yet</source>
        <translation>la réunion partagée n’est pas encore arrivée</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/lobby.py" line="138"/>
        <location filename="../../facilitation/sync/membership.py" line="127"/>
        <source>only the meeting&apos;s host changes roles</source>
        <extracomment>called on the owner&apos;s thread (from the meeting&apos;s pump) when :meth:`devices` changes the host&apos;s invitation tickets: ticket -&gt; (role, used once) the name this device shows to the others a link&apos;s token this device claims through a relay (the host grants on seeing it)
----------
the entries applied, in the log&apos;s order who holds which role after them the host&apos;s public key, when the invitation named it (else the first start, then pinned) what this device&apos;s hello carries (the invitation&apos;s ticket) digests of the records whose signature held on this device (kept in its folder, so a reopened device does not check them again) hellos the host has to answer (SyncedMeeting does, once the replay is over) the roles changed (a grant or a revocation replayed)</extracomment>
        <translation>seul l&apos;hôte de la réunion change les rôles</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/membership.py" line="134"/>
        <source>the host&apos;s own role cannot change</source>
        <translation>le rôle de l&apos;hôte lui-même ne peut pas changer</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/membership.py" line="137"/>
        <source>another device already has this id</source>
        <translation>un autre appareil a déjà cet identifiant</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/membership.py" line="151"/>
        <location filename="../../facilitation/sync/membership.py" line="163"/>
        <source>no device {device} in this meeting</source>
        <translation>aucun appareil {device} dans cette réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/membership.py" line="224"/>
        <source>an entry naming another device&apos;s keys</source>
        <translation>une entrée qui porte les clés d&apos;un autre appareil</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/membership.py" line="234"/>
        <source>the signature does not hold (written as another device)</source>
        <translation>la signature ne tient pas (écrite au nom d&apos;un autre appareil)</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/membership.py" line="241"/>
        <source>a starting state not written by the host</source>
        <translation>un état de départ qui n&apos;est pas écrit par l&apos;hôte</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/sealing.py" line="116"/>
        <source>a meeting key is 32 bytes</source>
        <translation>une clé de réunion fait 32 octets</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/sealing.py" line="136"/>
        <source>this is not a meeting key</source>
        <extracomment>0 for the invitation&apos;s key; each rotation (a device revoked) adds one</extracomment>
        <translation>ce n’est pas une clé de réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/sealing.py" line="82"/>
        <location filename="../../facilitation/sync/sealing.py" line="91"/>
        <source>not a sealed record</source>
        <translation>ce n’est pas une entrée scellée</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/sealing.py" line="84"/>
        <source>record too large</source>
        <translation>entrée trop grande</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/sealing.py" line="88"/>
        <source>a record of an older version, unsigned (before roles)</source>
        <translation>une entrée d&apos;une version plus ancienne, non signée (d&apos;avant les rôles)</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/sealing.py" line="100"/>
        <source>bad record header</source>
        <translation>en-tête d’entrée invalide</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/sealing.py" line="76"/>
        <source>bad record body</source>
        <extracomment>a record longer than this is refused unopened (the meeting&apos;s starting state is the largest)</extracomment>
        <translation>corps d’entrée invalide</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/sealing.py" line="103"/>
        <source>record truncated</source>
        <translation>entrée tronquée</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/sealing.py" line="105"/>
        <source>bad record signature</source>
        <translation>signature d&apos;entrée invalide</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/sealing.py" line="171"/>
        <source>the seal does not hold (wrong key, tampered or foreign)</source>
        <translation>le sceau ne tient pas (mauvaise clé, entrée modifiée ou étrangère)</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/store.py" line="79"/>
        <source>cannot read the stored meeting in {folder}: {reason}</source>
        <extracomment>the digests of the records whose signatures held (16 bytes each), beside device.json fold the journal into a state file after this many updates fsync the journal at most this often (a kill loses nothing; a power cut loses this much) how far the host or relay has confirmed each Yjs client&apos;s items (as last journaled)</extracomment>
        <translation>impossible de lire la réunion enregistrée dans {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/store.py" line="192"/>
        <source>no shared meeting is stored in {folder}</source>
        <translation>aucune réunion partagée n’est enregistrée dans {folder}</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/store.py" line="197"/>
        <location filename="../../facilitation/sync/synced.py" line="231"/>
        <location filename="../../facilitation/sync/synced.py" line="248"/>
        <source>the shared meeting stored in {folder} is damaged</source>
        <translation>la réunion partagée enregistrée dans {folder} est abîmée</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/synced.py" line="134"/>
        <source>{folder} already holds a shared meeting</source>
        <extracomment>samples taken of the server&apos;s clock after each connection this device hosts the meeting (its server listens) the address others join (when hosting), else the address joined when the connection was lost (None while connected, or before the first connection) this device&apos;s changes the host or relay has not confirmed yet (from the server&apos;s state vectors and echoes, kept in the device&apos;s journal: true after a restart too) this device&apos;s clock minus the server&apos;s, in seconds, and how sure (None: not measured) entries skipped since the meeting was opened (do not open, second copies) called from any thread when :meth:`pump` has work; must only schedule it called on the owner&apos;s thread after every change of :meth:`status` this device&apos;s Yjs client ids, this run&apos;s last (a reopened device has a new one) how far the server has confirmed the items of each of them (kept in the journal) the thread that owns the meeting (and its pycrdt Doc): the one that made it, until another takes it over (:meth:`adopt`) this device&apos;s keys for this meeting invitations, the LAN announcement and who is here (see lobby.py)</extracomment>
        <translation>{folder} contient déjà une réunion partagée</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/synced.py" line="164"/>
        <source>{folder} already holds a shared meeting: reopen it</source>
        <translation>{folder} contient déjà une réunion partagée&#xa0;: rouvrez-la</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/lobby.py" line="528"/>
        <location filename="../../facilitation/sync/synced.py" line="449"/>
        <location filename="../../facilitation/sync/synced.py" line="454"/>
        <source>not a meeting address: {url}</source>
        <translation>ce n’est pas l’adresse d’une réunion&#xa0;: {url}</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/lobby.py" line="224"/>
        <source>only the host can invite a device</source>
        <translation>seul l’hôte peut inviter un appareil</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/lobby.py" line="227"/>
        <source>a meeting has one host: choose another role</source>
        <translation>une réunion n’a qu’un hôte&#xa0;: choisissez un autre rôle</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/lobby.py" line="237"/>
        <source>share the meeting on the network before inviting</source>
        <translation>partagez la réunion sur le réseau avant d’inviter</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/lobby.py" line="261"/>
        <source>share the meeting on the network before announcing it</source>
        <translation>partagez la réunion sur le réseau avant de l’annoncer</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/lobby.py" line="437"/>
        <source>several meetings are shared on this network: choose the one</source>
        <translation>plusieurs réunions sont partagées sur ce réseau&#xa0;: choisissez la vôtre</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/lobby.py" line="444"/>
        <source>no meeting shared on this network was found: type the host&apos;s address</source>
        <translation>aucune réunion partagée sur ce réseau n’a été trouvée&#xa0;: tapez l’adresse de l’hôte</translation>
    </message>
    <message>
        <source>inviting devices is not possible with this version</source>
        <extracomment>the roles a device can be invited with (``sync.roles.Role``&apos;s values), in the order offered the floor&apos;s errors are said in context Sync; these are this module&apos;s own</extracomment>
        <translation type="vanished">inviter des appareils n&apos;est pas possible avec cette version</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/lobby.py" line="542"/>
        <location filename="../../facilitation/sync/lobby.py" line="549"/>
        <location filename="../../facilitation/sync/lobby.py" line="552"/>
        <source>this is not an invitation to a meeting</source>
        <translation>ce n’est pas une invitation à une réunion</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/sharing/floor.py" line="31"/>
        <source>paste the invitation&apos;s link or type its code</source>
        <extracomment>this module&apos;s own messages (the floor&apos;s errors are said in context Sync too)</extracomment>
        <translation>collez le lien de l&apos;invitation ou tapez son code</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/identity.py" line="153"/>
        <source>{folder} holds no device keys: it was shared by an older version, before roles; share the meeting again</source>
        <extracomment>the raw X25519 public key others seal new meeting keys to</extracomment>
        <translation>{folder} ne contient pas de clés d&apos;appareil&#xa0;: la réunion a été partagée par une version plus ancienne, d&apos;avant les rôles&#xa0;; partagez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/identity.py" line="162"/>
        <source>the device keys stored in {folder} are damaged</source>
        <translation>les clés d&apos;appareil enregistrées dans {folder} sont abîmées</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/discovery.py" line="57"/>
        <source>this network does not allow finding meetings: {reason}</source>
        <translation>ce réseau ne permet pas de trouver les réunions&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/discovery.py" line="106"/>
        <source>cannot announce the meeting on this network: {reason}</source>
        <extracomment>the addresses to advertise on (None: every IPv4 network of this computer)</extracomment>
        <translation>impossible d’annoncer la réunion sur ce réseau&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="140"/>
        <source>a code has {expected} characters; this one has {count}: check it</source>
        <extracomment>the link&apos;s format version: a link of a later version is refused with a clear message how long an invitation stays valid unless the host says otherwise wrong codes tried against this host before every open code is locked Crockford&apos;s base32: no I, L, O or U (read aloud or typed, they are taken for 1, 1, 0, V) an exchange message larger than this is refused unread normalised: ten characters and the check character, no dashes</extracomment>
        <translation>un code a {expected} caractères&#xa0;; celui-ci en a {count}&#xa0;: vérifiez-le</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="147"/>
        <source>this code has a typo: check each character</source>
        <translation>ce code contient une faute de frappe&#xa0;: vérifiez chaque caractère</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="216"/>
        <location filename="../../facilitation/sync/invitations.py" line="221"/>
        <source>this is neither an invitation link nor a code</source>
        <extracomment>the host&apos;s addresses, ``ws://address:port`` (the room is derived from the key) 128 random bits, url-safe base64: used once what the device joins with (``SyncedMeeting.join``&apos;s invitation text: the meeting key and what else the host&apos;s roles need): only in a link through a relay (else the host hands it) relays the meeting goes through (the device joins there with ``key``)</extracomment>
        <translation>ce n’est ni un lien d’invitation ni un code</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="227"/>
        <source>this is not an invitation link</source>
        <translation>ce n’est pas un lien d’invitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="231"/>
        <source>this invitation link is cut short: copy all of it</source>
        <translation>ce lien d’invitation est coupé&#xa0;: copiez-le en entier</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="237"/>
        <source>this invitation comes from a newer version of Facilitation: update it</source>
        <translation>cette invitation vient d’une version plus récente de Facilitation&#xa0;: mettez Facilitation à jour</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="243"/>
        <source>this invitation link is damaged (a character changed): copy it again</source>
        <translation>ce lien d’invitation est abîmé (un caractère a changé)&#xa0;: copiez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="255"/>
        <source>this invitation expired at {time}: ask for a new one</source>
        <translation>cette invitation a expiré à {time}&#xa0;: demandez-en une nouvelle</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="301"/>
        <source>this invitation link is incomplete: copy all of it</source>
        <translation>ce lien d’invitation est incomplet&#xa0;: copiez-le en entier</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="359"/>
        <source>this invitation has already been used: ask for a new one</source>
        <extracomment>the host&apos;s refusals, as the device says them</extracomment>
        <translation>cette invitation a déjà servi&#xa0;: demandez-en une nouvelle</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="360"/>
        <source>this invitation has expired: ask for a new one</source>
        <translation>cette invitation a expiré&#xa0;: demandez-en une nouvelle</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="361"/>
        <source>the host does not know this code ({left} tries left before it is locked)</source>
        <translation>l’hôte ne connaît pas ce code (encore {left} essais avant son blocage)</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="364"/>
        <source>too many wrong codes were tried: the host must make a new invitation</source>
        <translation>trop de codes erronés ont été essayés&#xa0;: l’hôte doit créer une nouvelle invitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="367"/>
        <source>the host does not know this invitation</source>
        <translation>l’hôte ne connaît pas cette invitation</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="368"/>
        <source>the host did not understand the request</source>
        <translation>l’hôte n’a pas compris la demande</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="401"/>
        <source>the answer did not come from the meeting&apos;s host: nothing was joined</source>
        <translation>la réponse ne vient pas de l’hôte de la réunion&#xa0;: rien n’a été rejoint</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="471"/>
        <source>the invitations stored in {folder} are damaged</source>
        <extracomment>what the device joins with (the host&apos;s one-time ticket for the role, once roles are in) what a device gets once admitted (meeting, key, title, host name, addresses) called (on the server&apos;s thread) for each invitation redeemed</extracomment>
        <translation>les invitations enregistrées dans {folder} sont abîmées</translation>
    </message>
    <message>
        <location filename="../../facilitation/sync/invitations.py" line="502"/>
        <source>an invitation must be valid for some time</source>
        <translation>une invitation doit rester valable un certain temps</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../../facilitation/ui/core/i18n.py" line="124"/>
        <source>HH:mm</source>
        <extracomment>A QTime format. French writes 21 h 40: HH&apos; h &apos;mm (quotes around literal text).</extracomment>
        <translation>HH&apos;&#xa0;h&#xa0;&apos;mm</translation>
    </message>
</context>
<context>
    <name>Timing</name>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="75"/>
        <source>%1 h %2 min</source>
        <extracomment>the bar turns amber when this share of the planned time is left … … or when this little time is left, whichever comes first the filled part of the bar in each state; white text on it reaches 5:1 (WCAG AA asks 4.5:1) the text over the filled part, and over the track (the state&apos;s colour, faint, on the white card)</extracomment>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="79"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="94"/>
        <source>%1 spent</source>
        <extracomment>elapsed / planned (0 when nothing is planned)</extracomment>
        <translation>%1 écoulées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="101"/>
        <source>overrun by %n min</source>
        <translation>
            <numerusform>dépassement de %n&#xa0;min</numerusform>
            <numerusform>dépassement de %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="105"/>
        <source>%n min left</source>
        <translation>
            <numerusform>encore %n&#xa0;min</numerusform>
            <numerusform>encore %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="107"/>
        <source>time is up</source>
        <translation>temps écoulé</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="118"/>
        <source>speaking for %1</source>
        <translation>parle depuis %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="123"/>
        <source>limit reached (%1 of %2)</source>
        <translation>limite atteinte (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="127"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="142"/>
        <source>No planned times: the end cannot be projected.</source>
        <translation>Pas de durées prévues&#xa0;: impossible d&apos;estimer l&apos;heure de fin.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="144"/>
        <source>Ended at %1</source>
        <translation>Terminée à %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="146"/>
        <source>Planned to end at %1</source>
        <translation>Fin prévue à %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="148"/>
        <source>At this pace we end at %1</source>
        <translation>À ce rythme, fin à %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="153"/>
        <source>%n min late</source>
        <translation>
            <numerusform>%n&#xa0;min de retard</numerusform>
            <numerusform>%n&#xa0;min de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="155"/>
        <source>%n min early</source>
        <translation>
            <numerusform>%n&#xa0;min d&apos;avance</numerusform>
            <numerusform>%n&#xa0;min d&apos;avance</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="157"/>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="158"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>WindowManager</name>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="72"/>
        <source>Close the facilitator&apos;s window</source>
        <translation>Fermer la fenêtre d&apos;animation</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="75"/>
        <source>Other windows are still open: {names}.</source>
        <translation>D&apos;autres fenêtres sont encore ouvertes&#xa0;: {names}.</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="80"/>
        <source>Closing windows never ends the meeting: it stays as it is, saved. Close all the windows, or keep the others open?</source>
        <translation>Fermer des fenêtres ne clôture jamais la réunion&#xa0;: elle reste telle quelle, enregistrée. Fermer toutes les fenêtres, ou garder les autres ouvertes&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="87"/>
        <source>Close all windows</source>
        <translation>Fermer toutes les fenêtres</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="91"/>
        <source>Keep the others open</source>
        <translation>Garder les autres ouvertes</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="95"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/joined.py" line="270"/>
        <location filename="../../facilitation/ui/app/windows.py" line="410"/>
        <source>This meeting cannot be joined: %1</source>
        <extracomment>the start page&apos;s clock and language before a meeting (and its context) exists opens the start page&apos;s choice in this process while no meeting is open here (set by start-up); True when it opened. Once a meeting is open, a choice opens in a new process. what to do once the app has quit and the meeting is closed (File → Reset the demo) meetings joined from other computers (File → Join a meeting…) the app&apos;s settings, for a meeting joined while no meeting is open here (set by start-up)</extracomment>
        <translation>Impossible de rejoindre cette réunion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="458"/>
        <source>This meeting cannot be reopened: %1</source>
        <translation>Cette réunion ne peut pas être rouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../facilitation/ui/app/windows.py" line="475"/>
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
