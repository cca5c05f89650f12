<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>SyncStatusBar</name>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="151" />
            <source>%n command(s) waiting to sync</source>
            <translation>
                <numerusform>%n command waiting to sync</numerusform>
                <numerusform>%n commands waiting to sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="153" />
            <source>%n conflict(s) need attention</source>
            <translation>
                <numerusform>%n conflict needs attention</numerusform>
                <numerusform>%n conflicts need attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="196" />
            <source>Synced %n minute(s) ago</source>
            <translation>
                <numerusform>Synced %n minute ago</numerusform>
                <numerusform>Synced %n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="198" />
            <source>Synced %n hour(s) ago</source>
            <translation>
                <numerusform>Synced %n hour ago</numerusform>
                <numerusform>Synced %n hours ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="199" />
            <source>Synced %n day(s) ago</source>
            <translation>
                <numerusform>Synced %n day ago</numerusform>
                <numerusform>Synced %n days ago</numerusform>
            </translation>
        </message>
    </context>
</TS>
