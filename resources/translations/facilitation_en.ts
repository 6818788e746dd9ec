<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AgendaEditor</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="396" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="450" />
            <source>Planned: %n min</source>
            <translation>
                <numerusform>Planned: %n min</numerusform>
                <numerusform>Planned: %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/dialogs/agenda_editor.py" line="460" />
            <source>The agenda does not fit: %n min too many.</source>
            <translation>
                <numerusform>The agenda does not fit: %n min too many.</numerusform>
                <numerusform>The agenda does not fit: %n min too many.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CurrentItem</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/current_item.py" line="329" />
            <source>%n min planned</source>
            <translation>
                <numerusform>%n min planned</numerusform>
                <numerusform>%n min planned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/current_item.py" line="355" />
            <source>(%n min)</source>
            <translation>
                <numerusform>(%n min)</numerusform>
                <numerusform>(%n min)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/sharing/devices.py" line="60" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/sharing/devices.py" line="312" />
            <source>Online now: %n</source>
            <translation>
                <numerusform>Online now: %n</numerusform>
                <numerusform>Online now: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Ending</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/ending.py" line="31" />
            <source>%n items were never opened: %1</source>
            <translation>
                <numerusform>%n item was never opened: %1</numerusform>
                <numerusform>%n items were never opened: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/ending.py" line="50" />
            <source>%n people still wait to speak: %1</source>
            <translation>
                <numerusform>%n person still waits to speak: %1</numerusform>
                <numerusform>%n people still wait to speak: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportAgendaDialog</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="289" />
            <source>%n items</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="291" />
            <source>%n minutes planned</source>
            <translation>
                <numerusform>%n minute planned</numerusform>
                <numerusform>%n minutes planned</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportParticipantsDialog</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/dialogs/import_dialogs.py" line="382" />
            <source>%n people will be added</source>
            <translation>
                <numerusform>%n person will be added</numerusform>
                <numerusform>%n people will be added</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="55" />
            <source>%n min</source>
            <extracomment>how long an invitation may be used, in minutes; the second is proposed</extracomment>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/sharing/invite_dialog.py" line="56" />
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/sharing/join_dialog.py" line="173" />
            <source>Shared on this network now: %n</source>
            <translation>
                <numerusform>Shared on this network now: %n</numerusform>
                <numerusform>Shared on this network now: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LiveStatus</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/core/live_text.py" line="102" />
            <source>Next: %n people waiting</source>
            <translation>
                <numerusform>Next: %n person waiting</numerusform>
                <numerusform>Next: %n people waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/core/live_text.py" line="105" />
            <source>(and %n more)</source>
            <translation>
                <numerusform>(and %n more)</numerusform>
                <numerusform>(and %n more)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantsEditor</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="353" />
            <source>%n participants</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="357" />
            <source>%n groups</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/dialogs/participants_editor.py" line="355" />
            <source>%n present or represented</source>
            <translation>
                <numerusform>%n present or represented</numerusform>
                <numerusform>%n present or represented</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Queue</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/queue_panel.py" line="299" />
            <source>%n min per turn</source>
            <translation>
                <numerusform>%n min per turn</numerusform>
                <numerusform>%n min per turn</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReadBack</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/core/read_back.py" line="56" />
            <source>%n abstentions</source>
            <translation>
                <numerusform>%n abstention</numerusform>
                <numerusform>%n abstentions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/sharing/link.py" line="48" />
            <source>%n waiting to be sent</source>
            <translation>
                <numerusform>%n waiting to be sent</numerusform>
                <numerusform>%n waiting to be sent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stats</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/stats_chart.py" line="211" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Timing</name>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="79" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="101" />
            <source>overrun by %n min</source>
            <translation>
                <numerusform>overrun by %n min</numerusform>
                <numerusform>overrun by %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="105" />
            <source>%n min left</source>
            <translation>
                <numerusform>%n min left</numerusform>
                <numerusform>%n min left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="153" />
            <source>%n min late</source>
            <translation>
                <numerusform>%n min late</numerusform>
                <numerusform>%n min late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitation/ui/facilitator/timer_bar.py" line="155" />
            <source>%n min early</source>
            <translation>
                <numerusform>%n min early</numerusform>
                <numerusform>%n min early</numerusform>
            </translation>
        </message>
    </context>
</TS>
