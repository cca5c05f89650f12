<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>BasketPage</name>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/pages.py" line="334"/>
        <source>%n item(s) · %1</source>
        <translation>
            <numerusform>%n item · %1</numerusform>
            <numerusform>%n items · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/pages.py" line="342"/>
        <source>Their online cart has %n item(s).</source>
        <translation>
            <numerusform>Their online cart has %n item.</numerusform>
            <numerusform>Their online cart has %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomersArea</name>
    <message numerus="yes">
        <location filename="../../ui/customers/area.py" line="123"/>
        <source>%n customer(s) on this tablet</source>
        <translation>
            <numerusform>%n customer on this tablet</numerusform>
            <numerusform>%n customers on this tablet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/area.py" line="174"/>
        <source>%n more from other stores, at the end of the list</source>
        <translation>
            <numerusform>%n more from another store, at the end of the list</numerusform>
            <numerusform>%n more from other stores, at the end of the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="527"/>
        <location filename="../../ui/dashboard/page.py" line="528"/>
        <source>%1 · %n order(s)</source>
        <translation>
            <numerusform>%1 · %n order</numerusform>
            <numerusform>%1 · %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="554"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="681"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="682"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="695"/>
        <source>Not ready to close: %n device(s) still have changes waiting or conflicts.</source>
        <translation>
            <numerusform>Not ready to close: %n device still has changes waiting or conflicts.</numerusform>
            <numerusform>Not ready to close: %n devices still have changes waiting or conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="704"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="779"/>
        <source>%n table(s) exported to %1.</source>
        <translation>
            <numerusform>%n table exported to %1.</numerusform>
            <numerusform>%n tables exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceSignOut</name>
    <message numerus="yes">
        <location filename="../../ui/shell/device_sign_out.py" line="265"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/device_sign_out.py" line="267"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/device_sign_out.py" line="268"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndlessAisleArea</name>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/area.py" line="404"/>
        <source>Queued %n minute(s) ago.</source>
        <translation>
            <numerusform>Queued %n minute ago.</numerusform>
            <numerusform>Queued %n minutes ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/area.py" line="438"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message numerus="yes">
        <location filename="../../ui/pickups/handover_page.py" line="189"/>
        <source>Handing over %n item(s):</source>
        <translation>
            <numerusform>Handing over %n item:</numerusform>
            <numerusform>Handing over %n items:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/handover_page.py" line="192"/>
        <source>Refused %n item(s):</source>
        <translation>
            <numerusform>Refused %n item:</numerusform>
            <numerusform>Refused %n items:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message numerus="yes">
        <location filename="../../ui/pickups/order_page.py" line="251"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/pages.py" line="846"/>
        <source>%n refused order(s) need you</source>
        <translation>
            <numerusform>%n refused order needs you</numerusform>
            <numerusform>%n refused orders need you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message numerus="yes">
        <location filename="../../ui/customers/profile_page.py" line="337"/>
        <source>Often bought with %1 (%n customers)</source>
        <translation>
            <numerusform>Often bought with %1 (%n customer)</numerusform>
            <numerusform>Often bought with %1 (%n customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="102"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="103"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="106"/>
        <source>%n line(s) still waiting</source>
        <translation>
            <numerusform>%n line still waiting</numerusform>
            <numerusform>%n lines still waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="294"/>
        <source>%n new order(s) ready — show</source>
        <translation>
            <numerusform>%n new order ready — show</numerusform>
            <numerusform>%n new orders ready — show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="151"/>
        <source>%n command(s) waiting to sync</source>
        <translation>
            <numerusform>%n command waiting to sync</numerusform>
            <numerusform>%n commands waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="153"/>
        <source>%n conflict(s) need attention</source>
        <translation>
            <numerusform>%n conflict needs attention</numerusform>
            <numerusform>%n conflicts need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="196"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synced %n minute ago</numerusform>
            <numerusform>Synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="198"/>
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Synced %n hour ago</numerusform>
            <numerusform>Synced %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="199"/>
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Synced %n day ago</numerusform>
            <numerusform>Synced %n days ago</numerusform>
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
<context>
    <name>VerifyPage</name>
    <message numerus="yes">
        <location filename="../../ui/pickups/verify_page.py" line="251"/>
        <source>Wrong code. %n try(ies) left.</source>
        <translation>
            <numerusform>Wrong code. %n try left.</numerusform>
            <numerusform>Wrong code. %n tries left.</numerusform>
        </translation>
    </message>
</context>
</TS>
