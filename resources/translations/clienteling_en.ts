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
<context>
    <name>AvailabilityPanel</name>
    <message numerus="yes">
        <location filename="../../ui/stock/pages.py" line="328"/>
        <source>%n stores in all: scroll for the farther ones.</source>
        <translation>
            <numerusform>%n store in all: scroll for the farther ones.</numerusform>
            <numerusform>%n stores in all: scroll for the farther ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/pages.py" line="338"/>
        <source>Network total: %n available</source>
        <translation>
            <numerusform>Network total: %n available</numerusform>
            <numerusform>Network total: %n available</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message numerus="yes">
        <location filename="../../ui/stock/models.py" line="38"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/models.py" line="40"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/models.py" line="41"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VariantGrid</name>
    <message numerus="yes">
        <location filename="../../ui/stock/pages.py" line="195"/>
        <source>%n available in this store</source>
        <translation>
            <numerusform>%n available in this store</numerusform>
            <numerusform>%n available in this store</numerusform>
        </translation>
    </message>
</context>
</TS>
