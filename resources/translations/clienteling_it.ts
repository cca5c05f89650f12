<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../ui/shell/controller.py" line="151"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN errato. Riprova.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/controller.py" line="196"/>
        <source>This device was signed out of its store and its data deleted. Sign in to use it again.</source>
        <translation>Questo dispositivo è stato disconnesso dal suo negozio e i suoi dati eliminati. Accedi per usarlo di nuovo.</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="45"/>
        <source>Online cart</source>
        <translation>Carrello online</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="47"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="65"/>
        <source>Take over the cart</source>
        <translation>Prendi in carico il carrello</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="68"/>
        <source>Mark as served in store</source>
        <translation>Segna come servito in negozio</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="83"/>
        <source>No online cart in progress.</source>
        <translation>Nessun carrello online in corso.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="88"/>
        <source>web shop</source>
        <translation>negozio online</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="88"/>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="91"/>
        <source>In the %1, updated %2</source>
        <translation>Nel %1, aggiornato il %2</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="92"/>
        <source>Taken over in store: it is this visit&apos;s basket</source>
        <translation>Preso in carico in negozio: è il carrello di questa visita</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="93"/>
        <source>Served in store: no reminder will be sent</source>
        <translation>Servito in negozio: nessun promemoria verrà inviato</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="94"/>
        <source>Ordered</source>
        <translation>Ordinato</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="97"/>
        <source>waiting to sync</source>
        <translation>in attesa di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="105"/>
        <source>The cart is empty.</source>
        <translation>Il carrello è vuoto.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="109"/>
        <source>Being re-priced by the web shop…</source>
        <translation>Prezzi in ricalcolo dal negozio online…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="110"/>
        <source>Total %1</source>
        <translation>Totale %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="124"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="133"/>
        <source>%1 here</source>
        <translation>%1 qui</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="135"/>
        <source>Not in stock here</source>
        <translation>Non disponibile qui</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="136"/>
        <source>%1 in the network</source>
        <translation>%1 nella rete</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="137"/>
        <source>none in the network</source>
        <translation>nessuno nella rete</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="147"/>
        <source>One less</source>
        <translation>Uno in meno</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="150"/>
        <source>One more</source>
        <translation>Uno in più</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="151"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>CustomerEditors</name>
    <message>
        <location filename="../../ui/customers/editors.py" line="20"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>CustomerProfile</name>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="37"/>
        <source>Waiting to sync (just now)</source>
        <translation>In attesa di sincronizzazione (adesso)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/profile_page.py" line="39"/>
        <source>Waiting to sync for %n min</source>
        <translation>
            <numerusform>In attesa di sincronizzazione da %n min</numerusform>
            <numerusform>In attesa di sincronizzazione da %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/profile_page.py" line="40"/>
        <source>Waiting to sync for %n h</source>
        <translation>
            <numerusform>In attesa di sincronizzazione da %n h</numerusform>
            <numerusform>In attesa di sincronizzazione da %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../ui/customers/search_model.py" line="239"/>
        <source>last visit %1</source>
        <translation>ultima visita %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="241"/>
        <source>from the network</source>
        <translation>dalla rete</translation>
    </message>
</context>
<context>
    <name>CustomersArea</name>
    <message>
        <location filename="../../ui/customers/area.py" line="121"/>
        <source>Latest visitors to this store</source>
        <translation>Ultime visite in questo negozio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/area.py" line="123"/>
        <source>%n customer(s) on this tablet</source>
        <translation>
            <numerusform>%n cliente su questo tablet</numerusform>
            <numerusform>%n clienti su questo tablet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="125"/>
        <source>Many customers match: keep typing to narrow the list</source>
        <translation>Molti clienti corrispondono: continua a digitare per restringere</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="133"/>
        <source>No customer of this store matches “%1”.</source>
        <translation>Nessun cliente di questo negozio corrisponde a «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="135"/>
        <source>No customer on this tablet matches “%1”. Searching the whole network needs a connection: try again when the store is back online.</source>
        <translation>Nessun cliente su questo tablet corrisponde a «%1». La ricerca in tutta la rete richiede una connessione: riprova quando il negozio sarà di nuovo online.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="140"/>
        <source>The search could not run.</source>
        <translation>Impossibile eseguire la ricerca.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="149"/>
        <source>Searching the whole network…</source>
        <translation>Ricerca in tutta la rete…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/area.py" line="174"/>
        <source>%n more from other stores, at the end of the list</source>
        <translation>
            <numerusform>%n in più da altri negozi, in fondo alla lista</numerusform>
            <numerusform>%n in più da altri negozi, in fondo alla lista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="176"/>
        <source>No customer in the whole network matches “%1”.</source>
        <translation>Nessun cliente della rete corrisponde a «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="205"/>
        <source>This card is not on this tablet. Looking it up in the network needs a connection.</source>
        <translation>Questa carta non è su questo tablet. Cercarla nella rete richiede una connessione.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="212"/>
        <source>No customer has this loyalty card. Check the card, or create the customer.</source>
        <translation>Nessun cliente ha questa carta fedeltà. Controlla la carta o crea il cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="229"/>
        <source>This customer is not on this tablet. Looking them up in the network needs a connection.</source>
        <translation>Questo cliente non è su questo tablet. Cercarlo nella rete richiede una connessione.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="15"/>
        <source>The server cannot be reached. Check the store&apos;s network, then try again.</source>
        <translation>Il server non è raggiungibile. Controlla la rete del negozio, poi riprova.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="17"/>
        <source>This account cannot sign in at this store.</source>
        <translation>Questo account non può accedere in questo negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <source>Wrong username or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Troppi tentativi. Attendi qualche minuto, poi riprova.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <location filename="../../ui/errors.py" line="36"/>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Il server ha avuto un problema. Riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Sign-in failed. Try again, or ask your store manager.</source>
        <translation>Accesso non riuscito. Riprova o chiedi al responsabile del negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>The server cannot be reached right now. Check the store&apos;s network, then try again.</source>
        <translation>Il server non è raggiungibile al momento. Controlla la rete del negozio, poi riprova.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Only a store manager can do this.</source>
        <translation>Solo un responsabile del negozio può farlo.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>Not found. It may have been removed, or belong to another store.</source>
        <translation>Non trovato. Potrebbe essere stato rimosso o appartenere a un altro negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Something went wrong. Try again, or ask your store manager.</source>
        <translation>Qualcosa è andato storto. Riprova o chiedi al responsabile del negozio.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message numerus="yes">
        <location filename="../../ui/pickups/handover_page.py" line="188"/>
        <source>Handing over %n item(s):</source>
        <translation>
            <numerusform>Consegna di %n articolo:</numerusform>
            <numerusform>Consegna di %n articoli:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/handover_page.py" line="191"/>
        <source>Refused %n item(s):</source>
        <translation>
            <numerusform>%n articolo rifiutato:</numerusform>
            <numerusform>%n articoli rifiutati:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="196"/>
        <source>The order will then be partly collected.</source>
        <translation>L&apos;ordine risulterà ritirato in parte.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="197"/>
        <source>The order will then be collected.</source>
        <translation>L&apos;ordine risulterà ritirato.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="203"/>
        <source>Choose why each refused item was refused.</source>
        <translation>Indica perché ogni articolo rifiutato è stato rifiutato.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="243"/>
        <source>← Verification</source>
        <translation>← Verifica</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="245"/>
        <source>Hand over order %1</source>
        <translation>Consegna dell&apos;ordine %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="246"/>
        <source>Give each item and mark it handed over, or refused with the reason. Items you cannot find: refuse them as “Not found in store”.</source>
        <translation>Consegna ogni articolo e segnalo come consegnato, o rifiutato con il motivo. Articoli che non trovi: rifiutali come «Non trovato in negozio».</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="248"/>
        <source>Review the handover</source>
        <translation>Controlla la consegna</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="249"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="250"/>
        <source>Confirm the handover</source>
        <translation>Conferma la consegna</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="251"/>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="160"/>
        <source>That PIN is not a manager&apos;s PIN. Try again.</source>
        <translation>Questo PIN non è di un responsabile. Riprova.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="186"/>
        <source>Exit kiosk</source>
        <translation>Esci dal chiosco</translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="83"/>
        <source>Hand over</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="84"/>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="85"/>
        <source>Why refused?</source>
        <translation>Motivo del rifiuto?</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/shell/lock_screen.py" line="96"/>
        <source>Locked — %1</source>
        <translation>Bloccato — %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_screen.py" line="98"/>
        <source>Screen locked</source>
        <translation>Schermo bloccato</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_screen.py" line="99"/>
        <source>Enter your PIN to continue.</source>
        <translation>Inserisci il tuo PIN per continuare.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_screen.py" line="100"/>
        <source>Switch associate</source>
        <translation>Cambia addetto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="262"/>
        <source>Clienteling</source>
        <translation>Clienteling</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="263"/>
        <source>Training mode</source>
        <translation>Modalità formazione</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="74"/>
        <location filename="../../ui/shell/kiosk.py" line="75"/>
        <source>Exit kiosk</source>
        <translation>Esci dal chiosco</translation>
    </message>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="76"/>
        <source>Checking the PIN…</source>
        <translation>Verifica del PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="76"/>
        <source>A store manager&apos;s PIN is needed.</source>
        <translation>Serve il PIN di un responsabile del negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="77"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../ui/shell/nav_rail.py" line="151"/>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <location filename="../../ui/shell/nav_rail.py" line="152"/>
        <source>Lock the screen until your PIN is entered</source>
        <translation>Blocca lo schermo finché non inserisci il PIN</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/customers/editors.py" line="125"/>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="140"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="141"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="142"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="143"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="144"/>
        <source>Agrees to be contacted by email</source>
        <translation>Accetta di essere contattato via e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="145"/>
        <source>Agrees to be contacted by SMS</source>
        <translation>Accetta di essere contattato via SMS</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="146"/>
        <source>Agrees to receive offers</source>
        <translation>Accetta di ricevere offerte</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="151"/>
        <source>Create customer</source>
        <translation>Crea cliente</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="165"/>
        <source>First and last name are needed.</source>
        <translation>Servono nome e cognome.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="169"/>
        <source>This email address does not look right.</source>
        <translation>Questo indirizzo e-mail non sembra corretto.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/customers/editors.py" line="39"/>
        <source>Add a note</source>
        <translation>Aggiungi una nota</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="42"/>
        <source>Note about %1</source>
        <translation>Nota su %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="44"/>
        <source>The web customer service sees this note too. Keep it factual.</source>
        <translation>Anche il servizio clienti web vede questa nota. Resta sui fatti.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="49"/>
        <source>e.g. Looking for a wool coat in navy, size M</source>
        <translation>es. Cerca un cappotto di lana blu navy, taglia M</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="51"/>
        <source>Save note</source>
        <translation>Salva nota</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="170"/>
        <source>No handover recorded yet.</source>
        <translation>Nessuna consegna registrata finora.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="174"/>
        <source>code typed</source>
        <translation>codice digitato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="174"/>
        <source>QR code scanned</source>
        <translation>codice QR scansionato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="175"/>
        <source>manager override</source>
        <translation>deroga del responsabile</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="178"/>
        <source>%1 — by %2 on device %3, %4; %5 handed over, %6 refused</source>
        <translation>%1 — da %2 sul dispositivo %3, %4; %5 consegnati, %6 rifiutati</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="182"/>
        <source>collected by %1</source>
        <translation>ritirato da %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="210"/>
        <location filename="../../ui/pickups/order_page.py" line="217"/>
        <source>Give a reason first: it is kept with the order.</source>
        <translation>Indica prima un motivo: viene conservato con l&apos;ordine.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="230"/>
        <source>← Queue</source>
        <translation>← Coda</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="231"/>
        <source>Hand over…</source>
        <translation>Consegna…</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="232"/>
        <source>Resend the ready notice</source>
        <translation>Reinvia l&apos;avviso di ordine pronto</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="233"/>
        <source>Understood</source>
        <translation>Ho capito</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="234"/>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="235"/>
        <source>Manager</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="236"/>
        <source>Reason (kept with the order)</source>
        <translation>Motivo (conservato con l&apos;ordine)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="237"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="238"/>
        <source>Extend the collect-by date</source>
        <translation>Proroga la data limite di ritiro</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="239"/>
        <source>Cancel the order</source>
        <translation>Annulla l&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="240"/>
        <source>Handover records</source>
        <translation>Registro delle consegne</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="242"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="243"/>
        <source>The handover records are shown when the store is online.</source>
        <translation>Il registro delle consegne è visibile quando il negozio è online.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="249"/>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/order_page.py" line="251"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n collo</numerusform>
            <numerusform>%n colli</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="255"/>
        <source>Ready since %1</source>
        <translation>Pronto dal %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="257"/>
        <source>collect by %1</source>
        <translation>da ritirare entro il %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="259"/>
        <source>collected %1</source>
        <translation>ritirato il %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="261"/>
        <source>cancelled %1</source>
        <translation>annullato il %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="270"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="273"/>
        <source>Overdue: the collect-by date has passed. Call the customer or ask a manager to extend it.</source>
        <translation>In ritardo: la data limite di ritiro è passata. Chiama il cliente o chiedi a un responsabile di prorogarla.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="292"/>
        <source>Total %1</source>
        <translation>Totale %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="299"/>
        <source>Resending the ready notice needs the store to be online.</source>
        <translation>Per reinviare l&apos;avviso il negozio deve essere online.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="304"/>
        <source>This order is still being prepared.</source>
        <translation>Questo ordine è ancora in preparazione.</translation>
    </message>
</context>
<context>
    <name>PickupConflicts</name>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="57"/>
        <source>This order was cancelled before your handover reached the server. Nothing was recorded as collected: ask the customer to contact customer service, and put the items back where cancelled orders go.</source>
        <translation>Questo ordine è stato annullato prima che la tua consegna arrivasse al server. Non è stato registrato alcun ritiro: chiedi al cliente di contattare il servizio clienti e riponi gli articoli con gli ordini annullati.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="61"/>
        <source>This order had already been collected (on another device or at another counter) before your handover reached the server. Check with the customer and your manager what they actually took.</source>
        <translation>Questo ordine era già stato ritirato (su un altro dispositivo o a un altro banco) prima che la tua consegna arrivasse al server. Verifica con il cliente e il responsabile cosa è stato effettivamente ritirato.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="65"/>
        <source>Some of these items had already been handed over or refused elsewhere, so your handover was not recorded. Open the order again to see what is still waiting.</source>
        <translation>Alcuni di questi articoli erano già stati consegnati o rifiutati altrove: la tua consegna non è stata registrata. Riapri l&apos;ordine per vedere cosa resta da consegnare.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="69"/>
        <source>The server did not accept the pickup code given at the counter, so the handover was not recorded. Ask the customer for the code again, or ask a manager.</source>
        <translation>Il server non ha accettato il codice di ritiro dato al banco: la consegna non è stata registrata. Chiedi di nuovo il codice al cliente o chiama un responsabile.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="73"/>
        <source>This order needs the collector&apos;s identity (name, relation, last ID digits) and it was missing, so the handover was not recorded. Hand it over again with the proof of pickup.</source>
        <translation>Questo ordine richiede l&apos;identità di chi ritira (nome, relazione, ultime cifre del documento) e mancava: la consegna non è stata registrata. Ripeti la consegna con la prova di ritiro.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="77"/>
        <source>Only a store manager can hand over without the customer&apos;s code, so the server refused this handover. Ask a manager to do it.</source>
        <translation>Solo un responsabile può consegnare senza il codice del cliente: il server ha rifiutato questa consegna. Chiedi a un responsabile di farla.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="81"/>
        <source>This order is still being prepared on the server, so it could not be handed over yet.</source>
        <translation>Questo ordine è ancora in preparazione sul server: non poteva ancora essere consegnato.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="84"/>
        <source>This order is no longer open on the server (collected or cancelled), so the change was not made.</source>
        <translation>Questo ordine non è più aperto sul server (ritirato o annullato): la modifica non è stata fatta.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="87"/>
        <source>The server refused this change to the order. Open the order to see its current state, or ask a manager.</source>
        <translation>Il server ha rifiutato questa modifica dell&apos;ordine. Apri l&apos;ordine per vederne lo stato attuale o chiedi a un responsabile.</translation>
    </message>
</context>
<context>
    <name>Pickups</name>
    <message>
        <location filename="../../ui/pickups/text.py" line="16"/>
        <source>Being prepared</source>
        <translation>In preparazione</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="17"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="18"/>
        <source>Partly collected</source>
        <translation>Ritirato in parte</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="19"/>
        <source>Collected</source>
        <translation>Ritirato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="20"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="26"/>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="27"/>
        <source>Handed over</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="28"/>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="34"/>
        <source>Wrong size</source>
        <translation>Taglia sbagliata</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="35"/>
        <source>Damaged</source>
        <translation>Danneggiato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="36"/>
        <source>Changed mind</source>
        <translation>Ha cambiato idea</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="37"/>
        <source>Not found in store</source>
        <translation>Non trovato in negozio</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="44"/>
        <location filename="../../ui/pickups/text.py" line="45"/>
        <source>back on the shelf</source>
        <translation>di nuovo in scaffale</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="46"/>
        <source>to returns (written off)</source>
        <translation>ai resi (svalutato)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="47"/>
        <source>stock corrected to 0; other orders needing it are flagged</source>
        <translation>stock corretto a 0; gli altri ordini che ne hanno bisogno vengono segnalati</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/text.py" line="55"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/text.py" line="57"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/text.py" line="58"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n g</numerusform>
            <numerusform>%n g</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="65"/>
        <source>Handed over — waiting to sync (%1)</source>
        <translation>Consegnato — in attesa di sincronizzazione (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="66"/>
        <source>Change waiting to sync (%1)</source>
        <translation>Modifica in attesa di sincronizzazione (%1)</translation>
    </message>
</context>
<context>
    <name>PickupsArea</name>
    <message>
        <location filename="../../ui/pickups/area.py" line="152"/>
        <source>No order %1 in this store.</source>
        <translation>Nessun ordine %1 in questo negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="175"/>
        <source>This order is no longer on this device.</source>
        <translation>Questo ordine non è più su questo dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="188"/>
        <source>The handover records are shown when the store is online.</source>
        <translation>Il registro delle consegne è visibile quando il negozio è online.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="276"/>
        <source>The customer has neither e-mail nor phone: call them another way.</source>
        <translation>Il cliente non ha né e-mail né telefono: contattalo in un altro modo.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="283"/>
        <source>by e-mail</source>
        <translation>via e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="283"/>
        <source>by text message</source>
        <translation>via SMS</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="284"/>
        <source>The ready notice was sent again %1.</source>
        <translation>L&apos;avviso di ordine pronto è stato reinviato %1.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="107"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="108"/>
        <location filename="../../ui/widgets/pin_pad.py" line="109"/>
        <source>Erase the last digit</source>
        <translation>Cancella l&apos;ultima cifra</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pin_pad.py" line="110"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>PreferencesEditor</name>
    <message>
        <location filename="../../ui/customers/editors.py" line="76"/>
        <source>Sizes and style</source>
        <translation>Taglie e stile</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="82"/>
        <source>Tops</source>
        <translation>Capi superiori</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="82"/>
        <source>Trousers and skirts</source>
        <translation>Pantaloni e gonne</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="82"/>
        <source>Shoes</source>
        <translation>Scarpe</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="92"/>
        <source>e.g. minimal, linen, navy</source>
        <translation>es. minimal, lino, blu navy</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="93"/>
        <source>Style</source>
        <translation>Stile</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="96"/>
        <source>Favourite brands</source>
        <translation>Marchi preferiti</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="97"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="95"/>
        <source>‹ Customers</source>
        <translation>‹ Clienti</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="118"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="147"/>
        <source>Contact</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="149"/>
        <source>Send an email</source>
        <translation>Invia un’e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="151"/>
        <source>Send an SMS</source>
        <translation>Invia un SMS</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="160"/>
        <source>Loyalty</source>
        <translation>Fedeltà</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="167"/>
        <source>Sizes and style</source>
        <translation>Taglie e stile</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="168"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="174"/>
        <source>Suggestions</source>
        <translation>Suggerimenti</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="175"/>
        <source>Purchases in store and online</source>
        <translation>Acquisti in negozio e online</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="176"/>
        <source>Wishlist</source>
        <translation>Lista dei desideri</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="177"/>
        <source>Notes and interactions</source>
        <translation>Note e interazioni</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="178"/>
        <source>Add a note</source>
        <translation>Aggiungi una nota</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="193"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="229"/>
        <source>No email address</source>
        <translation>Nessun indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="230"/>
        <source>No phone number</source>
        <translation>Nessun numero di telefono</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="232"/>
        <source>Loyalty card %1</source>
        <translation>Carta fedeltà %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="235"/>
        <source>Home store: %1</source>
        <translation>Negozio di riferimento: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="237"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="237"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="238"/>
        <source>Offers</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="239"/>
        <source>%1: agreed</source>
        <translation>%1: consenso dato</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="240"/>
        <source>%1: not agreed — do not contact</source>
        <translation>%1: nessun consenso — non contattare</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="251"/>
        <source>%1 · %2 points</source>
        <translation>%1 · %2 punti</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="254"/>
        <source>%1 more points to reach %2</source>
        <translation>Ancora %1 punti per arrivare a %2</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="258"/>
        <source>Highest tier</source>
        <translation>Livello più alto</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="265"/>
        <source>Tops</source>
        <translation>Capi superiori</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="265"/>
        <source>Trousers and skirts</source>
        <translation>Pantaloni e gonne</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="265"/>
        <source>Shoes</source>
        <translation>Scarpe</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="267"/>
        <source>No sizes recorded yet</source>
        <translation>Nessuna taglia registrata</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="271"/>
        <source>Brands: %1</source>
        <translation>Marchi: %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="284"/>
        <source>Not enough purchase history for suggestions yet.</source>
        <translation>Non ci sono ancora abbastanza acquisti per dei suggerimenti.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="292"/>
        <source>Store</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="295"/>
        <location filename="../../ui/customers/profile_page.py" line="321"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="295"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="303"/>
        <source>No purchases yet.</source>
        <translation>Ancora nessun acquisto.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="311"/>
        <source>%1 in stock here</source>
        <translation>%1 disponibili qui</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="312"/>
        <source>not in stock here</source>
        <translation>non disponibile qui</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="315"/>
        <source>The wishlist is empty.</source>
        <translation>La lista dei desideri è vuota.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="320"/>
        <source>In store</source>
        <translation>In negozio</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="320"/>
        <source>Customer service</source>
        <translation>Servizio clienti</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="327"/>
        <source>No notes yet.</source>
        <translation>Ancora nessuna nota.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="332"/>
        <source>size %1 in stock here (%2)</source>
        <translation>taglia %1 disponibile qui (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="335"/>
        <source>not in stock here in their size</source>
        <translation>non disponibile qui nella sua taglia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/profile_page.py" line="337"/>
        <source>Often bought with %1 (%n customers)</source>
        <translation>
            <numerusform>Spesso acquistato con %1 (%n cliente)</numerusform>
            <numerusform>Spesso acquistato con %1 (%n clienti)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="339"/>
        <source>On the wishlist</source>
        <translation>Nella lista dei desideri</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="341"/>
        <source>Another colour of a style bought before: %1</source>
        <translation>Altro colore di un modello già acquistato: %1</translation>
    </message>
</context>
<context>
    <name>QueueDelegate</name>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="72"/>
        <source>Needs attention</source>
        <translation>Da verificare</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="74"/>
        <source>Waiting to sync</source>
        <translation>In attesa di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="76"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="102"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="103"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n collo</numerusform>
            <numerusform>%n colli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="106"/>
        <source>%n line(s) still waiting</source>
        <translation>
            <numerusform>%n riga in attesa</numerusform>
            <numerusform>%n righe in attesa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="108"/>
        <source>ready for %1</source>
        <translation>pronto da %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="110"/>
        <source>collected %1</source>
        <translation>ritirato il %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="112"/>
        <source>cancelled %1</source>
        <translation>annullato il %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="115"/>
        <source>overdue since %1</source>
        <translation>in ritardo dal %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="116"/>
        <source>collect by %1</source>
        <translation>da ritirare entro il %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="118"/>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="261"/>
        <source>Pickups</source>
        <translation>Ritiri</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="262"/>
        <source>Order number or customer name — or scan the QR code</source>
        <translation>Numero d&apos;ordine o nome del cliente — o scansiona il codice QR</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="264"/>
        <source>All open</source>
        <translation>Tutti aperti</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="264"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="264"/>
        <source>Being prepared</source>
        <translation>In preparazione</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="265"/>
        <source>Partly collected</source>
        <translation>Ritirato in parte</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="265"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="266"/>
        <source>Collected today</source>
        <translation>Ritirati oggi</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="266"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="267"/>
        <source>Problem orders</source>
        <translation>Ordini con problemi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="272"/>
        <source>%n new order(s) ready — show</source>
        <translation>
            <numerusform>%n nuovo ordine pronto — mostra</numerusform>
            <numerusform>%n nuovi ordini pronti — mostra</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="273"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="274"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="274"/>
        <source>No orders here.</source>
        <translation>Nessun ordine qui.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/customers/search_page.py" line="97"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_page.py" line="98"/>
        <location filename="../../ui/customers/search_page.py" line="101"/>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_page.py" line="99"/>
        <source>Name, phone, email or loyalty card</source>
        <translation>Nome, telefono, e-mail o carta fedeltà</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_page.py" line="100"/>
        <source>Search the whole network</source>
        <translation>Cerca in tutta la rete</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_page.py" line="102"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="40"/>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="41"/>
        <source>Find a customer by name, phone, email or loyalty card, or scan their card. Their profile, purchases in store and online, live online cart and notes will show here.</source>
        <translation>Trova un cliente per nome, telefono, e-mail o carta fedeltà, oppure scansiona la sua carta. Qui compariranno il suo profilo, gli acquisti in negozio e online, il carrello online attuale e le note.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="50"/>
        <source>Stock</source>
        <translation>Giacenze</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="51"/>
        <source>Scan a product or search by name, reference or barcode to see how many are in this store, in nearby stores and in the warehouses.</source>
        <translation>Scansiona un prodotto o cercalo per nome, codice articolo o codice a barre per vedere quanti pezzi ci sono in questo negozio, nei negozi vicini e nei magazzini.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="60"/>
        <source>Pickups</source>
        <translation>Ritiri</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="61"/>
        <source>Click-and-collect orders waiting in this store will be listed here. Scan the customer&apos;s QR code or type the order number to hand an order over.</source>
        <translation>Qui saranno elencati gli ordini click &amp; collect in attesa in questo negozio. Scansiona il codice QR del cliente o digita il numero d&apos;ordine per consegnarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="70"/>
        <source>Endless aisle</source>
        <translation>Scaffale infinito</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="71"/>
        <source>Order for a customer what is not on the shelf here: it is sent from another store or a warehouse, to the customer&apos;s home or to this store.</source>
        <translation>Ordina per un cliente ciò che qui non è sugli scaffali: parte da un altro negozio o da un magazzino, verso casa del cliente o verso questo negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="80"/>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="81"/>
        <source>Today&apos;s figures for this store: orders handed over, endless-aisle sales by associate, and anything waiting to sync or needing attention.</source>
        <translation>I dati di oggi di questo negozio: ordini consegnati, vendite da scaffale infinito per addetto e tutto ciò che attende la sincronizzazione o richiede attenzione.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="176"/>
        <source>Choose your store.</source>
        <translation>Scegli il tuo negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="179"/>
        <source>Enter your username and your password.</source>
        <translation>Inserisci nome utente e password.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="185"/>
        <location filename="../../ui/shell/sign_in.py" line="191"/>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="186"/>
        <source>Use the account your store manager gave you.</source>
        <translation>Usa l&apos;account che ti ha dato il responsabile del negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="187"/>
        <source>Store</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="188"/>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="189"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="190"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="191"/>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="192"/>
        <source>Choose your store</source>
        <translation>Scegli il tuo negozio</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="133"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="135"/>
        <source>Offline since %1</source>
        <translation>Offline dalle %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="137"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="141"/>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="143"/>
        <source>Syncing… %p%</source>
        <translation>Sincronizzazione… %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="151"/>
        <source>%n command(s) waiting to sync</source>
        <translation>
            <numerusform>%n operazione in attesa di sincronizzazione</numerusform>
            <numerusform>%n operazioni in attesa di sincronizzazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="153"/>
        <source>%n conflict(s) need attention</source>
        <translation>
            <numerusform>%n conflitto da gestire</numerusform>
            <numerusform>%n conflitti da gestire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="154"/>
        <source>Open the list of changes the server refused</source>
        <translation>Apri l&apos;elenco delle modifiche rifiutate dal server</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="191"/>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="194"/>
        <source>Synced just now</source>
        <translation>Sincronizzato ora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="196"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Sincronizzato %n minuto fa</numerusform>
            <numerusform>Sincronizzato %n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="198"/>
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Sincronizzato %n ora fa</numerusform>
            <numerusform>Sincronizzato %n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="199"/>
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Sincronizzato %n giorno fa</numerusform>
            <numerusform>Sincronizzato %n giorni fa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <location filename="../../ui/customers/search_model.py" line="42"/>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="42"/>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="43"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="43"/>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="195"/>
        <source>The pickup code has 6 letters and digits.</source>
        <translation>Il codice di ritiro ha 6 lettere e cifre.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="213"/>
        <source>← Order</source>
        <translation>← Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="216"/>
        <source>Who is collecting order %1?</source>
        <translation>Chi ritira l&apos;ordine %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="217"/>
        <source>Scan the QR code on the customer&apos;s phone, or type the 6-character pickup code from their message. Order for %1.</source>
        <translation>Scansiona il codice QR sul telefono del cliente, o digita il codice di ritiro di 6 caratteri del suo messaggio. Ordine di %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="219"/>
        <source>Pickup code</source>
        <translation>Codice di ritiro</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="220"/>
        <source>Check the code</source>
        <translation>Verifica il codice</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="221"/>
        <source>Someone else is collecting (or the order needs proof)</source>
        <translation>Ritira un&apos;altra persona (o l&apos;ordine richiede una prova)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="223"/>
        <source>This order is high value: record who collects it.</source>
        <translation>Ordine di valore elevato: registra chi lo ritira.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="224"/>
        <source>Record who collects it for the customer.</source>
        <translation>Registra chi lo ritira per il cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="228"/>
        <source>Collector&apos;s full name</source>
        <translation>Nome e cognome di chi ritira</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="229"/>
        <source>Relation (spouse, colleague…)</source>
        <translation>Relazione (coniuge, collega…)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="230"/>
        <source>Last ID digits</source>
        <translation>Ultime cifre del documento</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="231"/>
        <source>Manager override (the customer has no code)</source>
        <translation>Deroga del responsabile (il cliente non ha il codice)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="232"/>
        <source>Reason, e.g. phone lost; ID checked</source>
        <translation>Motivo, es. telefono perso; documento verificato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="233"/>
        <source>Override and continue</source>
        <translation>Deroga e continua</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="236"/>
        <source>Continue to the handover</source>
        <translation>Vai alla consegna</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="242"/>
        <source>Code accepted.</source>
        <translation>Codice accettato.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="243"/>
        <source>Code accepted (checked on this device: the store is offline).</source>
        <translation>Codice accettato (verificato su questo dispositivo: il negozio è offline).</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="248"/>
        <source>Too many wrong codes: this order is locked for %1 minutes, until %2. Ask a manager.</source>
        <translation>Troppi codici errati: questo ordine è bloccato per %1 minuti, fino alle %2. Chiama un responsabile.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/verify_page.py" line="252"/>
        <source>Wrong code. %n try(ies) left.</source>
        <translation>
            <numerusform>Codice errato. Resta %n tentativo.</numerusform>
            <numerusform>Codice errato. Restano %n tentativi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="262"/>
        <source>Fill in the collector&apos;s name, relation and the last ID digits.</source>
        <translation>Inserisci nome, relazione e ultime cifre del documento.</translation>
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
            <numerusform>%n g fa</numerusform>
            <numerusform>%n g fa</numerusform>
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
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="148"/>
        <source>Available</source>
        <translation>Disp.</translation>
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
<context>
        <name>BasketLineRow</name>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="188" />
            <source>Remove</source>
            <translation>Togli</translation>
        </message>
    </context>
<context>
        <name>BasketPage</name>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="301" />
            <source>Basket</source>
            <translation>Carrello</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="302" />
            <source>Store orders</source>
            <translation>Ordini del negozio</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="303" />
            <source>Remove customer</source>
            <translation>Togli il cliente</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="304" />
            <source>Attach a customer: name, phone, email or card</source>
            <translation>Associa un cliente: nome, telefono, e-mail o carta</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="305" />
            <source>Scan or search a product: name, reference, barcode</source>
            <translation>Scansiona o cerca un prodotto: nome, codice, codice a barre</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="306" />
            <source>Take over the online cart</source>
            <translation>Riprendi il carrello online</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="307" />
            <source>Empty the basket</source>
            <translation>Svuota il carrello</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="308" />
            <source>Choose where it comes from</source>
            <translation>Scegli da dove arriva</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="309" />
            <source>Scan a product, search for one, or order it from the stock page.</source>
            <translation>Scansiona un prodotto, cercalo, o ordinalo dalla pagina Stock.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="314" />
            <source>For %1</source>
            <translation>Per %1</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="316" />
            <source>No customer attached</source>
            <translation>Nessun cliente associato</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/endless_aisle/pages.py" line="333" />
            <source>%n item(s) · %1</source>
            <translation>
                <numerusform>%n articolo · %1</numerusform>
                <numerusform>%n articoli · %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/endless_aisle/pages.py" line="341" />
            <source>Their online cart has %n item(s).</source>
            <translation>
                <numerusform>Il suo carrello online contiene %n articolo.</numerusform>
                <numerusform>Il suo carrello online contiene %n articoli.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="347" />
            <source>Suggested:</source>
            <translation>Suggerimenti:</translation>
        </message>
    </context>
<context>
        <name>CheckoutPage</name>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="552" />
            <source>Delivery and payment</source>
            <translation>Consegna e pagamento</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="553" />
            <source>How the customer gets it</source>
            <translation>Come lo riceve il cliente</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="554" />
            <source>Home delivery</source>
            <translation>Consegna a domicilio</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="555" />
            <source>Pickup at a store</source>
            <translation>Ritiro in negozio</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="556" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="556" />
            <source>Street and number</source>
            <translation>Via e numero</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="557" />
            <source>Postcode</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="557" />
            <source>City</source>
            <translation>Città</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="558" />
            <source>Country (FR, IT…)</source>
            <translation>Paese (FR, IT…)</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="560" />
            <source>Payment</source>
            <translation>Pagamento</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="561" />
            <source>Paid here at the till</source>
            <translation>Pagato qui in cassa</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="562" />
            <source>Till receipt reference</source>
            <translation>Riferimento dello scontrino</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="563" />
            <source>Send the customer a payment link</source>
            <translation>Invia al cliente un link di pagamento</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="564" />
            <source>A payment link is a service message about this order: it is sent even without marketing consent.</source>
            <translation>Un link di pagamento è un messaggio di servizio su questo ordine: viene inviato anche senza consenso al marketing.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="566" />
            <source>Back</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="567" />
            <source>Place the order</source>
            <translation>Conferma l'ordine</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="595" />
            <source>By email</source>
            <translation>Via e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="595" />
            <source>By SMS</source>
            <translation>Via SMS</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="600" />
            <source>Total %1</source>
            <translation>Totale %1</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="611" />
            <source>Complete the delivery address: name, street, postcode, city and the two-letter country.</source>
            <translation>Completa l'indirizzo di consegna: nome, via, CAP, città e il paese in due lettere.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="617" />
            <source>Choose the store where the customer will collect it.</source>
            <translation>Scegli il negozio dove il cliente lo ritirerà.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="621" />
            <source>Type the till receipt's reference of the payment.</source>
            <translation>Inserisci il riferimento dello scontrino del pagamento.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="626" />
            <source>The customer has no email or phone number for a payment link.</source>
            <translation>Il cliente non ha né e-mail né telefono per un link di pagamento.</translation>
        </message>
    </context>
<context>
        <name>ConfirmationPage</name>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="686" />
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="687" />
            <source>The customer can photograph this code to keep the order.</source>
            <translation>Il cliente può fotografare questo codice per conservare l'ordine.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="688" />
            <source>Store orders</source>
            <translation>Ordini del negozio</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="689" />
            <source>New basket</source>
            <translation>Nuovo carrello</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="690" />
            <source>Choose another source</source>
            <translation>Scegli un'altra provenienza</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="698" />
            <source>Order refused</source>
            <translation>Ordine rifiutato</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="699" />
            <source>Not placed</source>
            <translation>Non effettuato</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="700" />
            <source>Stock changed before this order reached the server.</source>
            <translation>Lo stock è cambiato prima che l'ordine arrivasse al server.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="703" />
            <source>Order queued</source>
            <translation>Ordine in attesa di invio</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="704" />
            <source>Number given when the store is back online</source>
            <translation>Numero assegnato al ritorno della connessione</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="705" />
            <source>Waiting to sync: stock will be confirmed when back online.</source>
            <translation>In attesa di sincronizzazione: lo stock sarà confermato al ritorno della connessione.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="709" />
            <source>Order placed</source>
            <translation>Ordine effettuato</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="710" />
            <source>Order %1</source>
            <translation>Ordine %1</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="717" />
            <source>%1 × %2 — %3, %4 — by %5</source>
            <translation>%1 × %2 — %3, %4 — entro %5</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="722" />
            <source>Delivered to %1, %2 %3</source>
            <translation>Consegna in %1, %2 %3</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="725" />
            <source>Collected at %1</source>
            <translation>Ritiro presso %1</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="728" />
            <source>Paid in store (till %1)</source>
            <translation>Pagato in negozio (cassa %1)</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="730" />
            <source>Payment link sent by %1</source>
            <translation>Link di pagamento inviato via %1</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="731" />
            <source>email</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="731" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="733" />
            <source>&lt;b&gt;Total %1&lt;/b&gt; (delivery %2)</source>
            <translation>&lt;b&gt;Totale %1&lt;/b&gt; (consegna %2)</translation>
        </message>
    </context>
<context>
        <name>ConflictPage</name>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="872" />
            <source>Refused order</source>
            <translation>Ordine rifiutato</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="873" />
            <source>Back</source>
            <translation>Indietro</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="874" />
            <source>Cancel the order</source>
            <translation>Annulla l'ordine</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="875" />
            <source>Retry with this alternative</source>
            <translation>Riprova con questa alternativa</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="886" />
            <source>&lt;b&gt;%1&lt;/b&gt;: instead, from</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: invece, da</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="898" />
            <source>Nowhere else has it now.</source>
            <translation>Nessun altro posto lo ha al momento.</translation>
        </message>
    </context>
<context>
        <name>EndlessAisle</name>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="30" />
            <source>Sent from the warehouse</source>
            <translation>Spedito dal magazzino</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="31" />
            <source>Sent from another store</source>
            <translation>Spedito da un altro negozio</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="32" />
            <source>Transferred here for pickup</source>
            <translation>Trasferito qui per il ritiro</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="33" />
            <source>Pickup in the other store</source>
            <translation>Ritiro nell'altro negozio</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="36" />
            <source>Placed</source>
            <translation>Effettuato</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="37" />
            <source>Awaiting payment</source>
            <translation>In attesa di pagamento</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="38" />
            <source>In preparation</source>
            <translation>In preparazione</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="39" />
            <source>Shipped</source>
            <translation>Spedito</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="40" />
            <source>Ready for pickup</source>
            <translation>Pronto per il ritiro</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="41" />
            <source>Delivered</source>
            <translation>Consegnato</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="42" />
            <source>Cancelled</source>
            <translation>Annullato</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="63" />
            <source>free</source>
            <translation>gratis</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="64" />
            <source>%1 · %2 · by %3 · %4</source>
            <translation>%1 · %2 · entro %3 · %4</translation>
        </message>
        <message>
            <location filename="../../clienteling/services/endless_aisle.py" line="319" />
            <source>Stock changed before this order reached the server, so it was not placed. Choose another source for the items below, or cancel the order.</source>
            <translation>Lo stock è cambiato prima che l'ordine arrivasse al server: non è stato effettuato. Scegli un'altra provenienza per gli articoli qui sotto, o annulla l'ordine.</translation>
        </message>
        <message>
            <location filename="../../clienteling/services/endless_aisle.py" line="322" />
            <source>The server does not know this order's customer, so it was not placed. Check the customer's profile, then place the order again.</source>
            <translation>Il server non conosce il cliente di questo ordine: non è stato effettuato. Controlla la scheda del cliente, poi rifai l'ordine.</translation>
        </message>
        <message>
            <location filename="../../clienteling/services/endless_aisle.py" line="325" />
            <source>The customer's online cart was changed or ordered online meanwhile, so this order was not placed.</source>
            <translation>Il carrello online del cliente è stato modificato o ordinato online nel frattempo: questo ordine non è stato effettuato.</translation>
        </message>
        <message>
            <location filename="../../clienteling/services/endless_aisle.py" line="327" />
            <source>One of the chosen delivery methods is not possible from that place, so the order was not placed.</source>
            <translation>Uno dei metodi di consegna scelti non è possibile da quel luogo: l'ordine non è stato effettuato.</translation>
        </message>
        <message>
            <location filename="../../clienteling/services/endless_aisle.py" line="330" />
            <source>The server refused this order, so it was not placed: %1</source>
            <translation>Il server ha rifiutato questo ordine, non è stato effettuato: %1</translation>
        </message>
        <message>
            <location filename="../../clienteling/services/endless_aisle.py" line="331" />
            <source>%1: %2 wanted from %3, %4 left there.</source>
            <translation>%1: %2 richiesti da %3, ne restano %4.</translation>
        </message>
    </context>
<context>
        <name>EndlessAisleArea</name>
        <message>
            <location filename="../../ui/endless_aisle/area.py" line="35" />
            <source>The basket is empty.</source>
            <translation>Il carrello è vuoto.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/area.py" line="36" />
            <source>Choose where each item comes from first.</source>
            <translation>Scegli prima da dove arriva ogni articolo.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/area.py" line="37" />
            <source>Complete the delivery and the payment first.</source>
            <translation>Completa prima la consegna e il pagamento.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/area.py" line="247" />
            <source>No product has the reference %1.</source>
            <translation>Nessun prodotto ha il codice %1.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/area.py" line="266" />
            <source>No product has the barcode %1.</source>
            <translation>Nessun prodotto ha il codice a barre %1.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/area.py" line="400" />
            <source>This order is no longer on this device.</source>
            <translation>Questo ordine non è più su questo dispositivo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/endless_aisle/area.py" line="406" />
            <source>Queued %n minute(s) ago.</source>
            <translation>
                <numerusform>In attesa da %n minuto.</numerusform>
                <numerusform>In attesa da %n minuti.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/area.py" line="426" />
            <source>Refused %1: %2</source>
            <translation>Rifiutato %1: %2</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/area.py" line="436" />
            <source>(number when synced)</source>
            <translation>(numero alla sincronizzazione)</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/area.py" line="437" />
            <source>Waiting to sync</source>
            <translation>In attesa di sincronizzazione</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/endless_aisle/area.py" line="440" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n articolo</numerusform>
                <numerusform>%n articoli</numerusform>
            </translation>
        </message>
    </context>
<context>
        <name>OrdersPage</name>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="787" />
            <source>Store orders</source>
            <translation>Ordini del negozio</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="788" />
            <source>Basket</source>
            <translation>Carrello</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="789" />
            <source>No endless-aisle order matches.</source>
            <translation>Nessun ordine corrisponde.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="790" />
            <source>Try again</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="799" />
            <source>Everyone</source>
            <translation>Tutti</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="802" />
            <source>Every status</source>
            <translation>Tutti gli stati</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/endless_aisle/pages.py" line="819" />
            <source>%n refused order(s) need you</source>
            <translation>
                <numerusform>%n ordine rifiutato ti aspetta</numerusform>
                <numerusform>%n ordini rifiutati ti aspettano</numerusform>
            </translation>
        </message>
    </context>
<context>
        <name>SourcingPage</name>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="417" />
            <source>Where it comes from</source>
            <translation>Da dove arriva</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="419" />
            <source>Offline: these options are estimated from the last known stock. Stock will be confirmed when back online.</source>
            <translation>Offline: queste opzioni sono stimate dall'ultimo stock noto. Lo stock sarà confermato al ritorno della connessione.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="421" />
            <source>Asking the network for stock, dates and costs…</source>
            <translation>Richiesta alla rete: stock, date e costi…</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="422" />
            <source>Try again</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="423" />
            <source>Back to the basket</source>
            <translation>Torna al carrello</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="424" />
            <source>Delivery and payment</source>
            <translation>Consegna e pagamento</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="450" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 / %3 · × %4</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 / %3 · × %4</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="464" />
            <source>No store or warehouse has enough of this one. Lower the quantity or remove it from the basket.</source>
            <translation>Nessun negozio o magazzino ne ha abbastanza. Riduci la quantità o toglilo dal carrello.</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="466" />
            <source>Remove it</source>
            <translation>Toglilo</translation>
        </message>
        <message>
            <location filename="../../ui/endless_aisle/pages.py" line="476" />
            <source>Total %1 (delivery %2)</source>
            <translation>Totale %1 (consegna %2)</translation>
        </message>
    </context>
<context>
    <name>CameraScan</name>
    <message>
        <location filename="../../work/main/ui/camera.py" line="279"/>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/camera.py" line="280"/>
        <source>Scan a barcode or QR code with the camera</source>
        <translation>Scansiona un codice a barre o un codice QR con la fotocamera</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../work/main/ui/camera.py" line="177"/>
        <source>No camera was found on this device.</source>
        <translation>Nessuna fotocamera trovata su questo dispositivo.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/camera.py" line="185"/>
        <source>The camera could not be started.</source>
        <translation>Non è stato possibile avviare la fotocamera.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/camera.py" line="221"/>
        <source>Scan with the camera</source>
        <translation>Scansiona con la fotocamera</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/camera.py" line="223"/>
        <source>Hold the barcode, loyalty card or pickup QR code in front of the camera.</source>
        <translation>Tieni il codice a barre, la carta fedeltà o il codice QR del ritiro davanti alla fotocamera.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/camera.py" line="224"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>DeviceSignOut</name>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="208"/>
        <source>That PIN is not a manager&apos;s PIN. Try again.</source>
        <translation>Questo PIN non è quello di un responsabile. Riprova.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="235"/>
        <source>Pickup handover</source>
        <translation>Consegna di un ordine</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="236"/>
        <source>Pickup extension</source>
        <translation>Proroga di un ritiro</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="237"/>
        <source>Pickup cancellation</source>
        <translation>Annullamento di un ritiro</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="238"/>
        <source>Endless-aisle order</source>
        <translation>Ordine endless aisle</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="239"/>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="240"/>
        <source>Customer note</source>
        <translation>Nota cliente</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="241"/>
        <source>Customer preferences</source>
        <translation>Preferenze cliente</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="242"/>
        <source>Online cart takeover</source>
        <translation>Ripresa di un carrello online</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="243"/>
        <source>Online cart change</source>
        <translation>Modifica di un carrello online</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="250"/>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="252"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="254"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="255"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="263"/>
        <source>(refused by the server, in the conflict list)</source>
        <translation>(rifiutata dal server, nell&apos;elenco dei conflitti)</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="273"/>
        <source>Sign out device</source>
        <translation>Disconnetti dispositivo</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="274"/>
        <source>Sign out of this device: delete this store&apos;s data from it</source>
        <translation>Disconnetti questo dispositivo: elimina da esso i dati del negozio</translation>
    </message>
</context>
<context>
    <name>DeviceSignOutDialog</name>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="123"/>
        <source>Sign out of this device</source>
        <translation>Disconnetti questo dispositivo</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="124"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="126"/>
        <source>Changes not sent yet</source>
        <translation>Modifiche non ancora inviate</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="128"/>
        <source>These changes have not reached the server. If this device is signed out now, they are lost:</source>
        <translation>Queste modifiche non sono arrivate al server. Se il dispositivo viene disconnesso ora, andranno perse:</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="130"/>
        <source>A store manager&apos;s PIN drops them and signs the device out.</source>
        <translation>Il PIN di un responsabile del negozio le scarta e disconnette il dispositivo.</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="131"/>
        <source>Try sending again</source>
        <translation>Riprova a inviare</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="133"/>
        <source>Sign out of this device?</source>
        <translation>Disconnettere questo dispositivo?</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="135"/>
        <source>Sending changes that are waiting…</source>
        <translation>Invio delle modifiche in attesa…</translation>
    </message>
    <message>
        <location filename="../../work/main/ui/shell/device_sign_out.py" line="136"/>
        <source>Changes waiting on this device are sent first. Then everything it keeps for this store (customers, orders, stock) is deleted from it, and anyone must sign in again.</source>
        <translation>Le modifiche in attesa su questo dispositivo vengono inviate prima. Poi tutto ciò che conserva per questo negozio (clienti, ordini, stock) viene eliminato, e chiunque dovrà accedere di nuovo.</translation>
    </message>
</context>
</TS>
