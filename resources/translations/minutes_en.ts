<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Minutes</name>
        <message numerus="yes">
            <location filename="../../facilitation/export/content.py" line="456" />
            <source>%n abstentions</source>
            <translation>
                <numerusform>%n abstention</numerusform>
                <numerusform>%n abstentions</numerusform>
            </translation>
        </message>
    </context>
</TS>
