<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../ui/shell/controller.py" line="168"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN errato. Riprova.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/controller.py" line="196"/>
        <source>This device was signed out of its store and its data deleted. Sign in to use it again.</source>
        <translation>Questo dispositivo è stato disconnesso dal suo negozio e i suoi dati eliminati. Accedi per usarlo di nuovo.</translation>
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
    <name>BasketLineRow</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="189"/>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
</context>
<context>
    <name>BasketPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="302"/>
        <source>Basket</source>
        <translation>Carrello</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="303"/>
        <source>Store orders</source>
        <translation>Ordini del negozio</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="304"/>
        <source>Remove customer</source>
        <translation>Togli il cliente</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="305"/>
        <source>Attach a customer: name, phone, email or card</source>
        <translation>Associa un cliente: nome, telefono, e-mail o carta</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="306"/>
        <source>Scan or search a product: name, reference, barcode</source>
        <translation>Scansiona o cerca un prodotto: nome, codice, codice a barre</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="307"/>
        <source>Take over the online cart</source>
        <translation>Riprendi il carrello online</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="308"/>
        <source>Empty the basket</source>
        <translation>Svuota il carrello</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="309"/>
        <source>Choose where it comes from</source>
        <translation>Scegli da dove arriva</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="310"/>
        <source>Scan a product, search for one, or order it from the stock page.</source>
        <translation>Scansiona un prodotto, cercalo, o ordinalo dalla pagina Stock.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="315"/>
        <source>For %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="317"/>
        <source>No customer attached</source>
        <translation>Nessun cliente associato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/pages.py" line="334"/>
        <source>%n item(s) · %1</source>
        <translation>
            <numerusform>%n articolo · %1</numerusform>
            <numerusform>%n articoli · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/pages.py" line="342"/>
        <source>Their online cart has %n item(s).</source>
        <translation>
            <numerusform>Il suo carrello online contiene %n articolo.</numerusform>
            <numerusform>Il suo carrello online contiene %n articoli.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="348"/>
        <source>Suggested:</source>
        <translation>Suggerimenti:</translation>
    </message>
</context>
<context>
    <name>CacheRebuiltNotice</name>
    <message>
        <location filename="../../ui/shell/cache_notice.py" line="28"/>
        <source>Data on this tablet rebuilt</source>
        <translation>Dati del tablet ricostruiti</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cache_notice.py" line="29"/>
        <source>The data stored on this tablet were damaged and have been set up again. Customers, stock and orders are downloaded again from the store&apos;s system.</source>
        <translation>I dati salvati su questo tablet erano danneggiati e sono stati ricreati. Clienti, stock e ordini vengono scaricati di nuovo dal sistema del negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cache_notice.py" line="40"/>
        <source>Some changes made on this tablet and not yet sent could not be recovered. Tell your manager: support can still read them from the kept file %1.</source>
        <translation>Alcune modifiche fatte su questo tablet e non ancora inviate non sono state recuperate. Avvisa il responsabile: l&apos;assistenza può ancora leggerle dal file conservato %1.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cache_notice.py" line="44"/>
        <source>The changes waiting to be sent were kept (%1) and are sent as usual.</source>
        <translation>Le modifiche in attesa di invio sono state conservate (%1) e vengono inviate come sempre.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cache_notice.py" line="46"/>
        <source>No change waiting to be sent was lost.</source>
        <translation>Nessuna modifica in attesa di invio è andata persa.</translation>
    </message>
</context>
<context>
    <name>CameraScan</name>
    <message>
        <location filename="../../ui/camera.py" line="279"/>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="280"/>
        <source>Scan a barcode or QR code with the camera</source>
        <translation>Scansiona un codice a barre o un codice QR con la fotocamera</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/camera.py" line="177"/>
        <source>No camera was found on this device.</source>
        <translation>Nessuna fotocamera trovata su questo dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="185"/>
        <source>The camera could not be started.</source>
        <translation>Non è stato possibile avviare la fotocamera.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="221"/>
        <location filename="../../ui/camera.py" line="222"/>
        <source>Scan with the camera</source>
        <translation>Scansiona con la fotocamera</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="223"/>
        <source>Hold the barcode, loyalty card or pickup QR code in front of the camera.</source>
        <translation>Tieni il codice a barre, la carta fedeltà o il codice QR del ritiro davanti alla fotocamera.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="224"/>
        <source>Close</source>
        <translation>Chiudi</translation>
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
    <name>CheckoutPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="557"/>
        <source>Delivery and payment</source>
        <translation>Consegna e pagamento</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="558"/>
        <source>How the customer gets it</source>
        <translation>Come lo riceve il cliente</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="559"/>
        <source>Home delivery</source>
        <translation>Consegna a domicilio</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="560"/>
        <source>Pickup at a store</source>
        <translation>Ritiro in negozio</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="561"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="561"/>
        <source>Street and number</source>
        <translation>Via e numero</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="562"/>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="562"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="563"/>
        <source>Country (FR, IT…)</source>
        <translation>Paese (FR, IT…)</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="565"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="566"/>
        <source>Paid here at the till</source>
        <translation>Pagato qui in cassa</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="567"/>
        <source>Till receipt reference</source>
        <translation>Riferimento dello scontrino</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="568"/>
        <source>Send the customer a payment link</source>
        <translation>Invia al cliente un link di pagamento</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="569"/>
        <source>A payment link is a service message about this order: it is sent even without marketing consent.</source>
        <translation>Un link di pagamento è un messaggio di servizio su questo ordine: viene inviato anche senza consenso al marketing.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="571"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="572"/>
        <source>Place the order</source>
        <translation>Conferma l&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="578"/>
        <source>These items are to be collected in different stores: go back and change where some of them come from.</source>
        <translation>Questi articoli andrebbero ritirati in negozi diversi: torna indietro e cambia la provenienza di alcuni di essi.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="581"/>
        <source>Home delivery is not possible: some items are collected in a store.</source>
        <translation>La consegna a domicilio non è possibile: alcuni articoli si ritirano in negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="621"/>
        <source>By email</source>
        <translation>Via e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="621"/>
        <source>By SMS</source>
        <translation>Via SMS</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="626"/>
        <source>Total %1</source>
        <translation>Totale %1</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="638"/>
        <source>Complete the delivery address: name, street, postcode, city and the two-letter country.</source>
        <translation>Completa l&apos;indirizzo di consegna: nome, via, CAP, città e il paese in due lettere.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="644"/>
        <source>Choose the store where the customer will collect it.</source>
        <translation>Scegli il negozio dove il cliente lo ritirerà.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="648"/>
        <source>Type the till receipt&apos;s reference of the payment.</source>
        <translation>Inserisci il riferimento dello scontrino del pagamento.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="653"/>
        <source>The customer has no email or phone number for a payment link.</source>
        <translation>Il cliente non ha né e-mail né telefono per un link di pagamento.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="713"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="714"/>
        <source>The customer can photograph this code to keep the order.</source>
        <translation>Il cliente può fotografare questo codice per conservare l&apos;ordine.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="715"/>
        <source>Store orders</source>
        <translation>Ordini del negozio</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="716"/>
        <source>New basket</source>
        <translation>Nuovo carrello</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="717"/>
        <source>Choose another source</source>
        <translation>Scegli un&apos;altra provenienza</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="725"/>
        <source>Order refused</source>
        <translation>Ordine rifiutato</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="726"/>
        <source>Not placed</source>
        <translation>Non effettuato</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="727"/>
        <source>Stock changed before this order reached the server.</source>
        <translation>Lo stock è cambiato prima che l&apos;ordine arrivasse al server.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="730"/>
        <source>Order queued</source>
        <translation>Ordine in attesa di invio</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="731"/>
        <source>Number given when the store is back online</source>
        <translation>Numero assegnato al ritorno della connessione</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="732"/>
        <source>Waiting to sync: stock will be confirmed when back online.</source>
        <translation>In attesa di sincronizzazione: lo stock sarà confermato al ritorno della connessione.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="736"/>
        <source>Order placed</source>
        <translation>Ordine effettuato</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="737"/>
        <source>Order %1</source>
        <translation>Ordine %1</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="744"/>
        <source>%1 × %2 — %3, %4 — by %5</source>
        <translation>%1 × %2 — %3, %4 — entro %5</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="749"/>
        <source>Delivered to %1, %2 %3</source>
        <translation>Consegna in %1, %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="752"/>
        <source>Collected at %1</source>
        <translation>Ritiro presso %1</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="755"/>
        <source>Paid in store (till %1)</source>
        <translation>Pagato in negozio (cassa %1)</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="757"/>
        <source>Payment link sent by %1</source>
        <translation>Link di pagamento inviato via %1</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="758"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="758"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="760"/>
        <source>&lt;b&gt;Total %1&lt;/b&gt; (delivery %2)</source>
        <translation>&lt;b&gt;Totale %1&lt;/b&gt; (consegna %2)</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="156"/>
        <source>Changes the server refused</source>
        <translation>Modifiche rifiutate dal server</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="157"/>
        <source>None of these was applied. Send a change again (corrected if needed), or discard it and say why.</source>
        <translation>Nessuna è stata applicata. Invia di nuovo una modifica (corretta se serve), oppure scartala dicendo perché.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="159"/>
        <source>No conflicts on this device: every change was accepted.</source>
        <translation>Nessun conflitto su questo dispositivo: ogni modifica è stata accettata.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="160"/>
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="161"/>
        <source>Why discard it? (required)</source>
        <translation>Perché scartarla? (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="162"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="163"/>
        <source>Another associate made this change: only a store manager can resolve it.</source>
        <translation>Un altro addetto ha fatto questa modifica: solo un responsabile del negozio può risolverla.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="216"/>
        <source>you</source>
        <translation>te</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="216"/>
        <source>another associate</source>
        <translation>un altro addetto</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="217"/>
        <source>Made by %1 on %2; refused by the server on %3.</source>
        <translation>Fatta da %1 il %2; rifiutata dal server il %3.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="226"/>
        <source>Correct it before sending it again:</source>
        <translation>Correggila prima di inviarla di nuovo:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="227"/>
        <source>Reason sent with it:</source>
        <translation>Motivo inviato:</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="248"/>
        <source>Sent again.</source>
        <translation>Inviata di nuovo.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="255"/>
        <source>Discarded.</source>
        <translation>Scartata.</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="899"/>
        <source>Refused order</source>
        <translation>Ordine rifiutato</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="900"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="901"/>
        <source>Cancel the order</source>
        <translation>Annulla l&apos;ordine</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="902"/>
        <source>Retry with this alternative</source>
        <translation>Riprova con questa alternativa</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="913"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: instead, from</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: invece, da</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="925"/>
        <source>Nowhere else has it now.</source>
        <translation>Nessun altro posto lo ha al momento.</translation>
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
    <message>
        <location filename="../../ui/customers/profile_page.py" line="39"/>
        <source>Waiting to sync for %n min</source>
        <translation>In attesa di sincronizzazione da %n min</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../ui/customers/search_model.py" line="238"/>
        <source>last visit %1</source>
        <translation>ultima visita %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="240"/>
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
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="51"/>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="53"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="54"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="358"/>
        <source>Today at the store</source>
        <translation>Oggi in negozio</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="359"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="360"/>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="361"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="362"/>
        <location filename="../../ui/dashboard/page.py" line="524"/>
        <location filename="../../ui/dashboard/page.py" line="543"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="363"/>
        <source>Operations</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="364"/>
        <source>End of day</source>
        <translation>Fine giornata</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="365"/>
        <source>pickups overdue</source>
        <translation>ritiri in ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="365"/>
        <source>pickups collected today</source>
        <translation>ritiri ritirati oggi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="366"/>
        <source>average wait from ready to collected (14 days)</source>
        <translation>attesa media da pronto a ritirato (14 giorni)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="367"/>
        <source>endless-aisle sales today</source>
        <translation>vendite endless aisle oggi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="368"/>
        <source>online carts taken over this week → orders</source>
        <translation>carrelli online ripresi questa settimana → ordini</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="371"/>
        <source>Pickups now</source>
        <translation>Ritiri adesso</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="372"/>
        <source>Time from ready to collected, last 14 days</source>
        <translation>Tempo da pronto a ritirato, ultimi 14 giorni</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="373"/>
        <source>Endless aisle by associate</source>
        <translation>Endless aisle per addetto</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="374"/>
        <source>Online carts taken over in store</source>
        <translation>Carrelli online ripresi in negozio</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="375"/>
        <source>Stock-outs sent to endless aisle (30 days)</source>
        <translation>Rotture di stock mandate all&apos;endless aisle (30 giorni)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="376"/>
        <source>Associate</source>
        <translation>Addetto</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="376"/>
        <source>Orders today</source>
        <translation>Ordini oggi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="376"/>
        <source>Revenue today</source>
        <translation>Fatturato oggi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="377"/>
        <source>Orders this week</source>
        <translation>Ordini questa settimana</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="377"/>
        <source>Revenue this week</source>
        <translation>Fatturato questa settimana</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="378"/>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="378"/>
        <source>Reference</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="378"/>
        <location filename="../../ui/dashboard/page.py" line="553"/>
        <source>Orders</source>
        <translation>Ordini</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="379"/>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="379"/>
        <source>Revenue</source>
        <translation>Fatturato</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="380"/>
        <location filename="../../ui/dashboard/page.py" line="474"/>
        <source>Overdue pickups</source>
        <translation>Ritiri in ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="381"/>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="381"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="381"/>
        <source>Ready since</source>
        <translation>Pronto dal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="382"/>
        <source>Collect by</source>
        <translation>Da ritirare entro</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="382"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="383"/>
        <source>Call the customer</source>
        <translation>Chiama il cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="384"/>
        <source>Send the ready notice again</source>
        <translation>Invia di nuovo l&apos;avviso di ordine pronto</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="385"/>
        <source>The store&apos;s devices</source>
        <translation>I dispositivi del negozio</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="386"/>
        <source>As the server knows them: who signed in, and what each device reported after its last sync.</source>
        <translation>Come li conosce il server: chi ha effettuato l&apos;accesso e cosa ha segnalato ogni dispositivo dopo l&apos;ultima sincronizzazione.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="388"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="388"/>
        <source>Used by</source>
        <translation>Usato da</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="388"/>
        <source>Last sync</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="389"/>
        <source>Waiting to sync</source>
        <translation>In attesa di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="389"/>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="389"/>
        <source>Last report</source>
        <translation>Ultima segnalazione</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="390"/>
        <source>A device that is switched off or out of the network cannot report: switch it on in the store&apos;s Wi-Fi and let it sync before closing.</source>
        <translation>Un dispositivo spento o fuori rete non può segnalare nulla: accendilo sul Wi-Fi del negozio e lascialo sincronizzare prima della chiusura.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="442"/>
        <location filename="../../ui/dashboard/page.py" line="451"/>
        <source>The dashboard is for store managers.</source>
        <translation>Il cruscotto è riservato ai responsabili del negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="454"/>
        <source>Loading the store&apos;s figures…</source>
        <translation>Caricamento dei dati del negozio…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="463"/>
        <source>Could not refresh: %1</source>
        <translation>Aggiornamento non riuscito: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="504"/>
        <source>Being prepared</source>
        <translation>In preparazione</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="505"/>
        <source>Ready</source>
        <translation>Pronti</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="506"/>
        <source>Partly collected</source>
        <translation>Ritirati in parte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="507"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="508"/>
        <source>Collected today</source>
        <translation>Ritirati oggi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="512"/>
        <source>%1 open orders, %2 of them overdue.</source>
        <translation>%1 ordini aperti, di cui %2 in ritardo.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="518"/>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="518"/>
        <source>No order was collected in the last 14 days.</source>
        <translation>Nessun ordine ritirato negli ultimi 14 giorni.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="521"/>
        <source>Average %1 over %2 collected orders.</source>
        <translation>Media %1 su %2 ordini ritirati.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="524"/>
        <location filename="../../ui/dashboard/page.py" line="545"/>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="527"/>
        <location filename="../../ui/dashboard/page.py" line="528"/>
        <source>%1 · %n order(s)</source>
        <translation>
            <numerusform>%1 · %n ordine</numerusform>
            <numerusform>%1 · %n ordini</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="529"/>
        <source>No endless-aisle order this week yet.</source>
        <translation>Ancora nessun ordine endless aisle questa settimana.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="531"/>
        <source>Today %1 (%2 orders) · this week %3 (%4 orders)</source>
        <translation>Oggi %1 (%2 ordini) · questa settimana %3 (%4 ordini)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="542"/>
        <source>Taken over</source>
        <translation>Ripresi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="542"/>
        <source>Became orders</source>
        <translation>Diventati ordini</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="549"/>
        <source>%1 of %2 carts taken over this week became orders (%3 %).</source>
        <translation>%1 dei %2 carrelli ripresi questa settimana sono diventati ordini (%3 %).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="551"/>
        <source>No online cart was taken over this week yet.</source>
        <translation>Ancora nessun carrello online ripreso questa settimana.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="554"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordine</numerusform>
            <numerusform>%n ordini</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="555"/>
        <source>No stock-out sent a customer to endless aisle in the last 30 days.</source>
        <translation>Nessuna rottura di stock ha mandato un cliente all&apos;endless aisle negli ultimi 30 giorni.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="557"/>
        <source>What customers wanted and the store did not have: order it back in?</source>
        <translation>Ciò che i clienti volevano e il negozio non aveva: da riassortire?</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="573"/>
        <source>Live figures from %1.</source>
        <translation>Dati in tempo reale delle %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="576"/>
        <source>Offline: figures from %1 (%2 ago), kept on this device.</source>
        <translation>Offline: dati del %1 (%2 fa), conservati su questo dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="587"/>
        <source>%1 (this device)</source>
        <translation>%1 (questo dispositivo)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="593"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="601"/>
        <source>Overdue pickups (%1)</source>
        <translation>Ritiri in ritardo (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="615"/>
        <source>The customer&apos;s record is not on this device.</source>
        <translation>La scheda del cliente non è su questo dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="616"/>
        <source>No phone number on file.</source>
        <translation>Nessun numero di telefono registrato.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="617"/>
        <source>The customer has not agreed to be contacted by phone or text.</source>
        <translation>Il cliente non ha accettato di essere contattato per telefono o SMS.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="618"/>
        <source>No e-mail address on file.</source>
        <translation>Nessun indirizzo e-mail registrato.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="619"/>
        <source>The customer has not agreed to be contacted by e-mail.</source>
        <translation>Il cliente non ha accettato di essere contattato per e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="633"/>
        <source>%1 — %2, overdue since %3</source>
        <translation>%1 — %2, in ritardo dal %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="642"/>
        <source>Calling: %1</source>
        <translation>Chiamata: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="644"/>
        <source>Ready notice: no channel the customer agreed to (%1)</source>
        <translation>Avviso di ordine pronto: nessun canale accettato dal cliente (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="647"/>
        <source>The ready notice can be sent again once the store is online.</source>
        <translation>L&apos;avviso potrà essere inviato di nuovo quando il negozio sarà online.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="655"/>
        <source>Dial %1</source>
        <translation>Componi %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="673"/>
        <source>by e-mail</source>
        <translation>per e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="673"/>
        <source>by text message</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="674"/>
        <source>The ready notice was sent again %1.</source>
        <translation>L&apos;avviso di ordine pronto è stato inviato di nuovo %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="680"/>
        <source>This device: %1 waiting to sync, %2 to resolve.</source>
        <translation>Questo dispositivo: %1 in attesa di sincronizzazione, %2 da risolvere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="681"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modifica</numerusform>
            <numerusform>%n modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="682"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="684"/>
        <source>Offline: its changes go when the network is back.</source>
        <translation>Offline: le sue modifiche partiranno al ritorno della rete.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="690"/>
        <source>The other devices&apos; state is shown once the figures have loaded.</source>
        <translation>Lo stato degli altri dispositivi appare quando i dati sono caricati.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="692"/>
        <source>Ready to close: no device has changes waiting to sync or conflicts to resolve.</source>
        <translation>Pronto per chiudere: nessun dispositivo ha modifiche in attesa o conflitti da risolvere.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="695"/>
        <source>Not ready to close: %n device(s) still have changes waiting or conflicts.</source>
        <translation>
            <numerusform>Non pronto per chiudere: %n dispositivo ha ancora modifiche in attesa o conflitti.</numerusform>
            <numerusform>Non pronto per chiudere: %n dispositivi hanno ancora modifiche in attesa o conflitti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="704"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n modifica in attesa di sincronizzazione</numerusform>
            <numerusform>%n modifiche in attesa di sincronizzazione</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="705"/>
        <source>last sync %1</source>
        <translation>ultima sincronizzazione %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="706"/>
        <source>last report %1</source>
        <translation>ultima segnalazione %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="743"/>
        <source>Pickups being prepared</source>
        <translation>Ritiri in preparazione</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="744"/>
        <source>Pickups ready</source>
        <translation>Ritiri pronti</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="745"/>
        <source>Pickups partly collected</source>
        <translation>Ritiri ritirati in parte</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="746"/>
        <source>Pickups overdue</source>
        <translation>Ritiri in ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="747"/>
        <source>Pickups collected today</source>
        <translation>Ritiri ritirati oggi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="748"/>
        <source>Average wait from ready to collected (14 days)</source>
        <translation>Attesa media da pronto a ritirato (14 giorni)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="750"/>
        <source>Endless-aisle orders today</source>
        <translation>Ordini endless aisle oggi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="751"/>
        <source>Endless-aisle revenue today</source>
        <translation>Fatturato endless aisle oggi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="752"/>
        <source>Endless-aisle orders this week</source>
        <translation>Ordini endless aisle questa settimana</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="753"/>
        <source>Endless-aisle revenue this week</source>
        <translation>Fatturato endless aisle questa settimana</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="754"/>
        <source>Online carts taken over today</source>
        <translation>Carrelli online ripresi oggi</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="755"/>
        <location filename="../../ui/dashboard/page.py" line="757"/>
        <source>… of which became orders</source>
        <translation>… di cui diventati ordini</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="756"/>
        <source>Online carts taken over this week</source>
        <translation>Carrelli online ripresi questa settimana</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="758"/>
        <source>Figures as of</source>
        <translation>Dati al</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="766"/>
        <source>Figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="766"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="767"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="767"/>
        <source>Collected</source>
        <translation>Ritirati</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="767"/>
        <source>Average wait</source>
        <translation>Attesa media</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="776"/>
        <source>The files could not be written: %1</source>
        <translation>Impossibile scrivere i file: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="779"/>
        <source>%n table(s) exported to %1.</source>
        <translation>
            <numerusform>%n tabella esportata in %1.</numerusform>
            <numerusform>%n tabelle esportate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="786"/>
        <source>Choose a folder for the CSV files</source>
        <translation>Scegli una cartella per i file CSV</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="27"/>
        <source>Pickup handover</source>
        <translation>Consegna di un ritiro</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="28"/>
        <source>Pickup extension</source>
        <translation>Proroga di un ritiro</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="29"/>
        <source>Pickup cancellation</source>
        <translation>Annullamento di un ritiro</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="30"/>
        <source>Endless-aisle order</source>
        <translation>Ordine endless aisle</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="31"/>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="32"/>
        <source>Customer note</source>
        <translation>Nota cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="33"/>
        <source>Customer preferences</source>
        <translation>Preferenze cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="34"/>
        <source>Online cart takeover</source>
        <translation>Ripresa di carrello online</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="35"/>
        <source>Online cart change</source>
        <translation>Modifica di carrello online</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="43"/>
        <source>order cancelled meanwhile</source>
        <translation>ordine annullato nel frattempo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="44"/>
        <source>already collected</source>
        <translation>già ritirato</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="45"/>
        <source>items already handed over</source>
        <translation>articoli già consegnati</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="46"/>
        <source>pickup code not accepted</source>
        <translation>codice di ritiro non accettato</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="47"/>
        <source>proof of pickup missing</source>
        <translation>prova di ritiro mancante</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="48"/>
        <source>stock no longer available</source>
        <translation>stock non più disponibile</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="49"/>
        <source>cart no longer active</source>
        <translation>carrello non più attivo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="50"/>
        <source>not valid</source>
        <translation>non valido</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="51"/>
        <source>needs a manager</source>
        <translation>serve un responsabile</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="52"/>
        <source>no longer exists</source>
        <translation>non esiste più</translation>
    </message>
</context>
<context>
    <name>DeviceSignOut</name>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="221"/>
        <source>That PIN is not a manager&apos;s PIN. Try again.</source>
        <translation>Questo PIN non è quello di un responsabile. Riprova.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="248"/>
        <source>Pickup handover</source>
        <translation>Consegna di un ordine</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="249"/>
        <source>Pickup extension</source>
        <translation>Proroga di un ritiro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="250"/>
        <source>Pickup cancellation</source>
        <translation>Annullamento di un ritiro</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="251"/>
        <source>Endless-aisle order</source>
        <translation>Ordine endless aisle</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="252"/>
        <source>New customer</source>
        <translation>Nuovo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="253"/>
        <source>Customer note</source>
        <translation>Nota cliente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="254"/>
        <source>Customer preferences</source>
        <translation>Preferenze cliente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="255"/>
        <source>Online cart takeover</source>
        <translation>Ripresa di un carrello online</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="256"/>
        <source>Online cart change</source>
        <translation>Modifica di un carrello online</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="263"/>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/device_sign_out.py" line="265"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/device_sign_out.py" line="267"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/device_sign_out.py" line="268"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="276"/>
        <source>(refused by the server, in the conflict list)</source>
        <translation>(rifiutata dal server, nell&apos;elenco dei conflitti)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="286"/>
        <source>Sign out device</source>
        <translation>Disconnetti dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="287"/>
        <source>Sign out of this device: delete this store&apos;s data from it</source>
        <translation>Disconnetti questo dispositivo: elimina da esso i dati del negozio</translation>
    </message>
</context>
<context>
    <name>DeviceSignOutDialog</name>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="136"/>
        <location filename="../../ui/shell/device_sign_out.py" line="151"/>
        <source>Sign out of this device</source>
        <translation>Disconnetti questo dispositivo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="137"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="139"/>
        <source>Changes not sent yet</source>
        <translation>Modifiche non ancora inviate</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="141"/>
        <source>These changes have not reached the server. If this device is signed out now, they are lost:</source>
        <translation>Queste modifiche non sono arrivate al server. Se il dispositivo viene disconnesso ora, andranno perse:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="143"/>
        <source>A store manager&apos;s PIN drops them and signs the device out.</source>
        <translation>Il PIN di un responsabile del negozio le scarta e disconnette il dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="144"/>
        <source>Try sending again</source>
        <translation>Riprova a inviare</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="146"/>
        <source>Sign out of this device?</source>
        <translation>Disconnettere questo dispositivo?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="148"/>
        <source>Sending changes that are waiting…</source>
        <translation>Invio delle modifiche in attesa…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="149"/>
        <source>Changes waiting on this device are sent first. Then everything it keeps for this store (customers, orders, stock) is deleted from it, and anyone must sign in again.</source>
        <translation>Le modifiche in attesa su questo dispositivo vengono inviate prima. Poi tutto ciò che conserva per questo negozio (clienti, ordini, stock) viene eliminato, e chiunque dovrà accedere di nuovo.</translation>
    </message>
</context>
<context>
    <name>EndlessAisle</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="31"/>
        <source>Sent from the warehouse</source>
        <translation>Spedito dal magazzino</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="32"/>
        <source>Sent from another store</source>
        <translation>Spedito da un altro negozio</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="33"/>
        <source>Transferred here for pickup</source>
        <translation>Trasferito qui per il ritiro</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="34"/>
        <source>Pickup in the other store</source>
        <translation>Ritiro nell&apos;altro negozio</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="37"/>
        <source>Placed</source>
        <translation>Effettuato</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="38"/>
        <source>Awaiting payment</source>
        <translation>In attesa di pagamento</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="39"/>
        <source>In preparation</source>
        <translation>In preparazione</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="40"/>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="41"/>
        <source>Ready for pickup</source>
        <translation>Pronto per il ritiro</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="42"/>
        <source>Delivered</source>
        <translation>Consegnato</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="43"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="64"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="65"/>
        <source>%1 · %2 · by %3 · %4</source>
        <translation>%1 · %2 · entro %3 · %4</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="295"/>
        <source>Stock changed before this order reached the server, so it was not placed. Choose another source for the items below, or cancel the order.</source>
        <translation>Lo stock è cambiato prima che l&apos;ordine arrivasse al server: l&apos;ordine non è stato effettuato. Scegli un&apos;altra provenienza per gli articoli qui sotto, oppure annulla l&apos;ordine.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="298"/>
        <source>The server does not know this order&apos;s customer, so it was not placed. Check the customer&apos;s profile, then place the order again.</source>
        <translation>Il server non conosce il cliente di questo ordine: l&apos;ordine non è stato effettuato. Controlla la scheda del cliente, poi effettua di nuovo l&apos;ordine.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="301"/>
        <source>The customer&apos;s online cart was changed or ordered online meanwhile, so this order was not placed.</source>
        <translation>Il carrello online del cliente è stato modificato o ordinato online nel frattempo: questo ordine non è stato effettuato.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="303"/>
        <source>One of the chosen delivery methods is not possible from that place, so the order was not placed.</source>
        <translation>Uno dei metodi di spedizione scelti non è possibile da quel luogo: l&apos;ordine non è stato effettuato.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="305"/>
        <source>The items cannot reach the customer the way chosen (home delivery, or the pickup store), so the order was not placed. Change where the items come from or how the customer gets them.</source>
        <translation>Gli articoli non possono arrivare al cliente nel modo scelto (consegna a domicilio o negozio di ritiro): l&apos;ordine non è stato effettuato. Cambia la provenienza degli articoli o il modo in cui il cliente li riceve.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="309"/>
        <source>The server refused this order, so it was not placed: %1</source>
        <translation>Il server ha rifiutato questo ordine, che non è stato effettuato: %1</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="310"/>
        <source>%1: %2 wanted from %3, %4 left there.</source>
        <translation>%1: %2 richiesti da %3, ne restano %4.</translation>
    </message>
</context>
<context>
    <name>EndlessAisleArea</name>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="34"/>
        <source>The basket is empty.</source>
        <translation>Il carrello è vuoto.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="35"/>
        <source>Choose where each item comes from first.</source>
        <translation>Scegli prima da dove arriva ogni articolo.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="36"/>
        <source>Complete the delivery and the payment first.</source>
        <translation>Completa prima la consegna e il pagamento.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="246"/>
        <source>No product has the reference %1.</source>
        <translation>Nessun prodotto ha il codice %1.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="265"/>
        <source>No product has the barcode %1.</source>
        <translation>Nessun prodotto ha il codice a barre %1.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="398"/>
        <source>This order is no longer on this device.</source>
        <translation>Questo ordine non è più su questo dispositivo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/area.py" line="404"/>
        <source>Queued %n minute(s) ago.</source>
        <translation>
            <numerusform>In attesa da %n minuto.</numerusform>
            <numerusform>In attesa da %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="424"/>
        <source>Refused %1: %2</source>
        <translation>Rifiutato %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="434"/>
        <source>(number when synced)</source>
        <translation>(numero alla sincronizzazione)</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="435"/>
        <source>Waiting to sync</source>
        <translation>In attesa di sincronizzazione</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/area.py" line="438"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n articolo</numerusform>
            <numerusform>%n articoli</numerusform>
        </translation>
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
        <location filename="../../ui/pickups/handover_page.py" line="189"/>
        <source>Handing over %n item(s):</source>
        <translation>
            <numerusform>Consegna di %n articolo:</numerusform>
            <numerusform>Consegna di %n articoli:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/handover_page.py" line="192"/>
        <source>Refused %n item(s):</source>
        <translation>
            <numerusform>%n articolo rifiutato:</numerusform>
            <numerusform>%n articoli rifiutati:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="197"/>
        <source>The order will then be partly collected.</source>
        <translation>L&apos;ordine risulterà ritirato in parte.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="198"/>
        <source>The order will then be collected.</source>
        <translation>L&apos;ordine risulterà ritirato.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="204"/>
        <source>Choose why each refused item was refused.</source>
        <translation>Indica perché ogni articolo rifiutato è stato rifiutato.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="244"/>
        <source>← Verification</source>
        <translation>← Verifica</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="246"/>
        <source>Hand over order %1</source>
        <translation>Consegna dell&apos;ordine %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="247"/>
        <source>Give each item and mark it handed over, or refused with the reason. Items you cannot find: refuse them as “Not found in store”.</source>
        <translation>Consegna ogni articolo e segnalo come consegnato, o rifiutato con il motivo. Articoli che non trovi: rifiutali come «Non trovato in negozio».</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="249"/>
        <source>Review the handover</source>
        <translation>Controlla la consegna</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="250"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="251"/>
        <source>Confirm the handover</source>
        <translation>Conferma la consegna</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="252"/>
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
        <location filename="../../ui/pickups/handover_page.py" line="84"/>
        <source>Hand over</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="85"/>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="86"/>
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
        <location filename="../../ui/shell/nav_rail.py" line="154"/>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <location filename="../../ui/shell/nav_rail.py" line="155"/>
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
        <location filename="../../ui/pickups/order_page.py" line="301"/>
        <source>Resending the ready notice needs the store to be online.</source>
        <translation>Per reinviare l&apos;avviso il negozio deve essere online.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="306"/>
        <source>This order is still being prepared.</source>
        <translation>Questo ordine è ancora in preparazione.</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="814"/>
        <source>Store orders</source>
        <translation>Ordini del negozio</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="815"/>
        <source>Basket</source>
        <translation>Carrello</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="816"/>
        <source>No endless-aisle order matches.</source>
        <translation>Nessun ordine corrisponde.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="817"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="826"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="829"/>
        <source>Every status</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/pages.py" line="846"/>
        <source>%n refused order(s) need you</source>
        <translation>
            <numerusform>%n ordine rifiutato ti aspetta</numerusform>
            <numerusform>%n ordini rifiutati ti aspettano</numerusform>
        </translation>
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
    <message>
        <location filename="../../ui/pickups/text.py" line="55"/>
        <source>%n min</source>
        <translation>%n min</translation>
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
        <location filename="../../ui/pickups/area.py" line="154"/>
        <source>No order %1 in this store.</source>
        <translation>Nessun ordine %1 in questo negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="177"/>
        <source>This order is no longer on this device.</source>
        <translation>Questo ordine non è più su questo dispositivo.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="190"/>
        <source>The handover records are shown when the store is online.</source>
        <translation>Il registro delle consegne è visibile quando il negozio è online.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="281"/>
        <source>The customer has neither e-mail nor phone: call them another way.</source>
        <translation>Il cliente non ha né e-mail né telefono: contattalo in un altro modo.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="288"/>
        <source>by e-mail</source>
        <translation>via e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="288"/>
        <source>by text message</source>
        <translation>via SMS</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="289"/>
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
        <location filename="../../ui/pickups/queue_page.py" line="283"/>
        <source>Pickups</source>
        <translation>Ritiri</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="284"/>
        <source>Order number or customer name — or scan the QR code</source>
        <translation>Numero d&apos;ordine o nome del cliente — o scansiona il codice QR</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="286"/>
        <source>All open</source>
        <translation>Tutti aperti</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="286"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="286"/>
        <source>Being prepared</source>
        <translation>In preparazione</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="287"/>
        <source>Partly collected</source>
        <translation>Ritirato in parte</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="287"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="288"/>
        <source>Collected today</source>
        <translation>Ritirati oggi</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="288"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="289"/>
        <source>Problem orders</source>
        <translation>Ordini con problemi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="294"/>
        <source>%n new order(s) ready — show</source>
        <translation>
            <numerusform>%n nuovo ordine pronto — mostra</numerusform>
            <numerusform>%n nuovi ordini pronti — mostra</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="296"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="297"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="297"/>
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
        <location filename="../../ui/shell/sign_in.py" line="187"/>
        <source>Choose your store.</source>
        <translation>Scegli il tuo negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="190"/>
        <source>Enter your username and your password.</source>
        <translation>Inserisci nome utente e password.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="196"/>
        <location filename="../../ui/shell/sign_in.py" line="202"/>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="197"/>
        <source>Use the account your store manager gave you.</source>
        <translation>Usa l&apos;account che ti ha dato il responsabile del negozio.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="198"/>
        <source>Store</source>
        <translation>Negozio</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="199"/>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="200"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="201"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="202"/>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="203"/>
        <source>Choose your store</source>
        <translation>Scegli il tuo negozio</translation>
    </message>
</context>
<context>
    <name>SourcingPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="418"/>
        <source>Where it comes from</source>
        <translation>Da dove arriva</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="420"/>
        <source>Offline: these options are estimated from the last known stock. Stock will be confirmed when back online.</source>
        <translation>Offline: queste opzioni sono stimate dall&apos;ultimo stock noto. Lo stock sarà confermato al ritorno della connessione.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="422"/>
        <source>Asking the network for stock, dates and costs…</source>
        <translation>Richiesta alla rete: stock, date e costi…</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="423"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="424"/>
        <source>Back to the basket</source>
        <translation>Torna al carrello</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="425"/>
        <source>Delivery and payment</source>
        <translation>Consegna e pagamento</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="451"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 / %3 · × %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 / %3 · × %4</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="465"/>
        <source>No store or warehouse has enough of this one. Lower the quantity or remove it from the basket.</source>
        <translation>Nessun negozio o magazzino ne ha abbastanza. Riduci la quantità o toglilo dal carrello.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="467"/>
        <source>Remove it</source>
        <translation>Toglilo</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="477"/>
        <source>Total %1 (delivery %2)</source>
        <translation>Totale %1 (consegna %2)</translation>
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
        <location filename="../../ui/customers/search_model.py" line="41"/>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="41"/>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="42"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="42"/>
        <source>Platinum</source>
        <translation>Platinum</translation>
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
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="194"/>
        <source>The pickup code has 6 letters and digits.</source>
        <translation>Il codice di ritiro ha 6 lettere e cifre.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="212"/>
        <source>← Order</source>
        <translation>← Ordine</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="215"/>
        <source>Who is collecting order %1?</source>
        <translation>Chi ritira l&apos;ordine %1?</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="216"/>
        <source>Scan the QR code on the customer&apos;s phone, or type the 6-character pickup code from their message. Order for %1.</source>
        <translation>Scansiona il codice QR sul telefono del cliente, o digita il codice di ritiro di 6 caratteri del suo messaggio. Ordine di %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="218"/>
        <source>Pickup code</source>
        <translation>Codice di ritiro</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="219"/>
        <source>Check the code</source>
        <translation>Verifica il codice</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="220"/>
        <source>Someone else is collecting (or the order needs proof)</source>
        <translation>Ritira un&apos;altra persona (o l&apos;ordine richiede una prova)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="222"/>
        <source>This order is high value: record who collects it.</source>
        <translation>Ordine di valore elevato: registra chi lo ritira.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="223"/>
        <source>Record who collects it for the customer.</source>
        <translation>Registra chi lo ritira per il cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="227"/>
        <source>Collector&apos;s full name</source>
        <translation>Nome e cognome di chi ritira</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="228"/>
        <source>Relation (spouse, colleague…)</source>
        <translation>Relazione (coniuge, collega…)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="229"/>
        <source>Last ID digits</source>
        <translation>Ultime cifre del documento</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="230"/>
        <source>Manager override (the customer has no code)</source>
        <translation>Deroga del responsabile (il cliente non ha il codice)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="231"/>
        <source>Reason, e.g. phone lost; ID checked</source>
        <translation>Motivo, es. telefono perso; documento verificato</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="232"/>
        <source>Override and continue</source>
        <translation>Deroga e continua</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="235"/>
        <source>Continue to the handover</source>
        <translation>Vai alla consegna</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="241"/>
        <source>Code accepted.</source>
        <translation>Codice accettato.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="242"/>
        <source>Code accepted (checked on this device: the store is offline).</source>
        <translation>Codice accettato (verificato su questo dispositivo: il negozio è offline).</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="247"/>
        <source>Too many wrong codes: this order is locked for %1 minutes, until %2. Ask a manager.</source>
        <translation>Troppi codici errati: questo ordine è bloccato per %1 minuti, fino alle %2. Chiama un responsabile.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/verify_page.py" line="251"/>
        <source>Wrong code. %n try(ies) left.</source>
        <translation>
            <numerusform>Codice errato. Resta %n tentativo.</numerusform>
            <numerusform>Codice errato. Restano %n tentativi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="261"/>
        <source>Fill in the collector&apos;s name, relation and the last ID digits.</source>
        <translation>Inserisci nome, relazione e ultime cifre del documento.</translation>
    </message>
</context>
</TS>
