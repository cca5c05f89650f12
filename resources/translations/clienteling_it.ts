<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>AppShell</name>
        <message>
            <location filename="../../ui/shell/controller.py" line="147" />
            <source>Wrong PIN. Try again.</source>
            <translation>PIN errato. Riprova.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="15" />
            <source>The server cannot be reached. Check the store's network, then try again.</source>
            <translation>Il server non è raggiungibile. Controlla la rete del negozio, poi riprova.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="17" />
            <source>This account cannot sign in at this store.</source>
            <translation>Questo account non può accedere in questo negozio.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="19" />
            <source>Wrong username or password.</source>
            <translation>Nome utente o password errati.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="21" />
            <source>Too many attempts. Wait a few minutes, then try again.</source>
            <translation>Troppi tentativi. Attendi qualche minuto, poi riprova.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="23" />
            <location filename="../../ui/errors.py" line="36" />
            <source>The server had a problem. Try again in a moment.</source>
            <translation>Il server ha avuto un problema. Riprova tra un momento.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="24" />
            <source>Sign-in failed. Try again, or ask your store manager.</source>
            <translation>Accesso non riuscito. Riprova o chiedi al responsabile del negozio.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="30" />
            <source>The server cannot be reached right now. Check the store's network, then try again.</source>
            <translation>Il server non è raggiungibile al momento. Controlla la rete del negozio, poi riprova.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="32" />
            <source>Only a store manager can do this.</source>
            <translation>Solo un responsabile del negozio può farlo.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="34" />
            <source>Not found. It may have been removed, or belong to another store.</source>
            <translation>Non trovato. Potrebbe essere stato rimosso o appartenere a un altro negozio.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="37" />
            <source>Something went wrong. Try again, or ask your store manager.</source>
            <translation>Qualcosa è andato storto. Riprova o chiedi al responsabile del negozio.</translation>
        </message>
    </context>
    <context>
        <name>KioskMode</name>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="160" />
            <source>That PIN is not a manager's PIN. Try again.</source>
            <translation>Questo PIN non è di un responsabile. Riprova.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="186" />
            <source>Exit kiosk</source>
            <translation>Esci dal chiosco</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/shell/lock_screen.py" line="96" />
            <source>Locked — %1</source>
            <translation>Bloccato — %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/lock_screen.py" line="98" />
            <source>Screen locked</source>
            <translation>Schermo bloccato</translation>
        </message>
        <message>
            <location filename="../../ui/shell/lock_screen.py" line="99" />
            <source>Enter your PIN to continue.</source>
            <translation>Inserisci il tuo PIN per continuare.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/lock_screen.py" line="100" />
            <source>Switch associate</source>
            <translation>Cambia addetto</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/shell/main_window.py" line="262" />
            <source>Clienteling</source>
            <translation>Clienteling</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="263" />
            <source>Training mode</source>
            <translation>Modalità formazione</translation>
        </message>
    </context>
    <context>
        <name>ManagerPinDialog</name>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="74" />
            <location filename="../../ui/shell/kiosk.py" line="75" />
            <source>Exit kiosk</source>
            <translation>Esci dal chiosco</translation>
        </message>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="76" />
            <source>Checking the PIN…</source>
            <translation>Verifica del PIN…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="76" />
            <source>A store manager's PIN is needed.</source>
            <translation>Serve il PIN di un responsabile del negozio.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="77" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
    </context>
    <context>
        <name>NavRail</name>
        <message>
            <location filename="../../ui/shell/nav_rail.py" line="151" />
            <source>Lock</source>
            <translation>Blocca</translation>
        </message>
        <message>
            <location filename="../../ui/shell/nav_rail.py" line="152" />
            <source>Lock the screen until your PIN is entered</source>
            <translation>Blocca lo schermo finché non inserisci il PIN</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="107" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="108" />
            <location filename="../../ui/widgets/pin_pad.py" line="109" />
            <source>Erase the last digit</source>
            <translation>Cancella l'ultima cifra</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pin_pad.py" line="110" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <location filename="../../ui/shell/main_window.py" line="40" />
            <source>Customers</source>
            <translation>Clienti</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="41" />
            <source>Find a customer by name, phone, email or loyalty card, or scan their card. Their profile, purchases in store and online, live online cart and notes will show here.</source>
            <translation>Trova un cliente per nome, telefono, e-mail o carta fedeltà, oppure scansiona la sua carta. Qui compariranno il suo profilo, gli acquisti in negozio e online, il carrello online attuale e le note.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="50" />
            <source>Stock</source>
            <translation>Giacenze</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="51" />
            <source>Scan a product or search by name, reference or barcode to see how many are in this store, in nearby stores and in the warehouses.</source>
            <translation>Scansiona un prodotto o cercalo per nome, codice articolo o codice a barre per vedere quanti pezzi ci sono in questo negozio, nei negozi vicini e nei magazzini.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="60" />
            <source>Pickups</source>
            <translation>Ritiri</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="61" />
            <source>Click-and-collect orders waiting in this store will be listed here. Scan the customer's QR code or type the order number to hand an order over.</source>
            <translation>Qui saranno elencati gli ordini click &amp; collect in attesa in questo negozio. Scansiona il codice QR del cliente o digita il numero d'ordine per consegnarlo.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="70" />
            <source>Endless aisle</source>
            <translation>Scaffale infinito</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="71" />
            <source>Order for a customer what is not on the shelf here: it is sent from another store or a warehouse, to the customer's home or to this store.</source>
            <translation>Ordina per un cliente ciò che qui non è sugli scaffali: parte da un altro negozio o da un magazzino, verso casa del cliente o verso questo negozio.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="80" />
            <source>Dashboard</source>
            <translation>Cruscotto</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="81" />
            <source>Today's figures for this store: orders handed over, endless-aisle sales by associate, and anything waiting to sync or needing attention.</source>
            <translation>I dati di oggi di questo negozio: ordini consegnati, vendite da scaffale infinito per addetto e tutto ciò che attende la sincronizzazione o richiede attenzione.</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="176" />
            <source>Choose your store.</source>
            <translation>Scegli il tuo negozio.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="179" />
            <source>Enter your username and your password.</source>
            <translation>Inserisci nome utente e password.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="185" />
            <location filename="../../ui/shell/sign_in.py" line="191" />
            <source>Sign in</source>
            <translation>Accedi</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="186" />
            <source>Use the account your store manager gave you.</source>
            <translation>Usa l'account che ti ha dato il responsabile del negozio.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="187" />
            <source>Store</source>
            <translation>Negozio</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="188" />
            <source>Username</source>
            <translation>Nome utente</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="189" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="190" />
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="191" />
            <source>Signing in…</source>
            <translation>Accesso in corso…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="192" />
            <source>Choose your store</source>
            <translation>Scegli il tuo negozio</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="133" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="135" />
            <source>Offline since %1</source>
            <translation>Offline dalle %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="137" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="141" />
            <source>Syncing…</source>
            <translation>Sincronizzazione…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="143" />
            <source>Syncing… %p%</source>
            <translation>Sincronizzazione… %p%</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="151" />
            <source>%n command(s) waiting to sync</source>
            <translation>
                <numerusform>%n operazione in attesa di sincronizzazione</numerusform>
                <numerusform>%n operazioni in attesa di sincronizzazione</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="153" />
            <source>%n conflict(s) need attention</source>
            <translation>
                <numerusform>%n conflitto da gestire</numerusform>
                <numerusform>%n conflitti da gestire</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="154" />
            <source>Open the list of changes the server refused</source>
            <translation>Apri l'elenco delle modifiche rifiutate dal server</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="191" />
            <source>Not synced yet</source>
            <translation>Non ancora sincronizzato</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="194" />
            <source>Synced just now</source>
            <translation>Sincronizzato ora</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="196" />
            <source>Synced %n minute(s) ago</source>
            <translation>
                <numerusform>Sincronizzato %n minuto fa</numerusform>
                <numerusform>Sincronizzato %n minuti fa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="198" />
            <source>Synced %n hour(s) ago</source>
            <translation>
                <numerusform>Sincronizzato %n ora fa</numerusform>
                <numerusform>Sincronizzato %n ore fa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="199" />
            <source>Synced %n day(s) ago</source>
            <translation>
                <numerusform>Sincronizzato %n giorno fa</numerusform>
                <numerusform>Sincronizzato %n giorni fa</numerusform>
            </translation>
        </message>
    </context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <location filename="../../ui/stock/pages.py" line="314"/>
        <source>available in this store</source>
        <translation>disponibili in questo negozio</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="316"/>
        <source>Out of stock in this store</source>
        <translation>Esaurito in questo negozio</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="318"/>
        <source>On hand %1 · reserved %2 · updated %3</source>
        <translation>In giacenza %1 · riservati %2 · aggiornato %3</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="322"/>
        <source>No stock figure for this store.</source>
        <translation>Nessun dato di stock per questo negozio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/pages.py" line="328"/>
        <source>%n stores in all: scroll for the farther ones.</source>
        <translation>
            <numerusform>%n negozio in tutto: scorri per i più lontani.</numerusform>
            <numerusform>%n negozi in tutto: scorri per i più lontani.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="331"/>
        <source>Nearby stores: no figures</source>
        <translation>Negozi vicini: nessun dato</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="333"/>
        <source>Nearby stores, nearest first</source>
        <translation>Negozi vicini, dal più vicino</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/pages.py" line="338"/>
        <source>Network total: %n available</source>
        <translation>
            <numerusform>Totale rete: %n disponibile</numerusform>
            <numerusform>Totale rete: %n disponibili</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="345"/>
        <source>Checking live stock…</source>
        <translation>Verifica dello stock in tempo reale…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="350"/>
        <source>Live figures, checked at %1.</source>
        <translation>Dati in tempo reale, verificati alle %1.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="355"/>
        <source>Offline: no stock figures for this variant on this tablet yet.</source>
        <translation>Offline: nessun dato di stock per questa variante su questo tablet per ora.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="357"/>
        <source>Offline: last known figures, checked %1. They may have changed.</source>
        <translation>Offline: ultimi dati noti, verificati %1. Potrebbero essere cambiati.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="361"/>
        <source>Last known figures, checked %1.</source>
        <translation>Ultimi dati noti, verificati %1.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="364"/>
        <source>Figures checked %1.</source>
        <translation>Dati verificati %1.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="369"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="370"/>
        <source>Order from the network</source>
        <translation>Ordina dalla rete</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="371"/>
        <source>Warehouses</source>
        <translation>Magazzini</translation>
    </message>
</context>
<context>
    <name>ProductSearchView</name>
    <message>
        <location filename="../../ui/stock/pages.py" line="108"/>
        <source>Scan a product&apos;s barcode, or type a name, brand, category, reference or barcode.</source>
        <translation>Scansiona il codice a barre di un prodotto, o digita un nome, una marca, una categoria, un riferimento o un codice a barre.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="111"/>
        <source>No product matches “%1”.</source>
        <translation>Nessun prodotto corrisponde a «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="126"/>
        <source>Find a product</source>
        <translation>Trova un prodotto</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="127"/>
        <source>Name, brand, category, reference or barcode</source>
        <translation>Nome, marca, categoria, riferimento o codice a barre</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="128"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>ProductView</name>
    <message>
        <location filename="../../ui/stock/pages.py" line="449"/>
        <source>No photo on this tablet</source>
        <translation>Nessuna foto su questo tablet</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="462"/>
        <source>%1 · size %2
ref. %3 · EAN %4</source>
        <translation>%1 · taglia %2
rif. %3 · EAN %4</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="465"/>
        <source>Availability: %1, size %2</source>
        <translation>Disponibilità: %1, taglia %2</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="476"/>
        <source>‹ Search</source>
        <translation>‹ Ricerca</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="477"/>
        <source>Available in this store, by colour and size:</source>
        <translation>Disponibili in questo negozio, per colore e taglia:</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <location filename="../../ui/stock/models.py" line="33"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="36"/>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/models.py" line="38"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/models.py" line="40"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/models.py" line="41"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="46"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="103"/>
        <source>from %1</source>
        <translation>da %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="147"/>
        <source>Location</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="147"/>
        <source>Distance</source>
        <translation>Distanza</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="148"/>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="148"/>
        <source>Available</source>
        <translation>Disponibili</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="149"/>
        <source>On hand /
reserved</source>
        <translation>In giacenza /
riservati</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="149"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="197"/>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="197"/>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../ui/stock/pages.py" line="589"/>
        <source>Product %1 could not be looked up. </source>
        <translation>Non è stato possibile cercare il prodotto %1. </translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="596"/>
        <source>No product in the catalogue has the code %1.</source>
        <translation>Nessun prodotto del catalogo ha il codice %1.</translation>
    </message>
</context>
<context>
    <name>VariantGrid</name>
    <message numerus="yes">
        <location filename="../../ui/stock/pages.py" line="195"/>
        <source>%n available in this store</source>
        <translation>
            <numerusform>%n disponibile in questo negozio</numerusform>
            <numerusform>%n disponibili in questo negozio</numerusform>
        </translation>
    </message>
</context>
</TS>
