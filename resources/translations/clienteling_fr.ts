<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../../ui/shell/controller.py" line="168"/>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN incorrect. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/controller.py" line="196"/>
        <source>This device was signed out of its store and its data deleted. Sign in to use it again.</source>
        <translation>Cet appareil a été déconnecté de son magasin et ses données supprimées. Connectez-vous pour l&apos;utiliser à nouveau.</translation>
    </message>
</context>
<context>
    <name>AvailabilityPanel</name>
    <message>
        <location filename="../../ui/stock/pages.py" line="314"/>
        <source>available in this store</source>
        <translation>disponible(s) dans ce magasin</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="316"/>
        <source>Out of stock in this store</source>
        <translation>En rupture dans ce magasin</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="318"/>
        <source>On hand %1 · reserved %2 · updated %3</source>
        <translation>En stock %1 · réservé %2 · mis à jour %3</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="322"/>
        <source>No stock figure for this store.</source>
        <translation>Aucun chiffre de stock pour ce magasin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/pages.py" line="328"/>
        <source>%n stores in all: scroll for the farther ones.</source>
        <translation>
            <numerusform>%n magasin au total : faites défiler pour les plus éloignés.</numerusform>
            <numerusform>%n magasins au total : faites défiler pour les plus éloignés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="331"/>
        <source>Nearby stores: no figures</source>
        <translation>Magasins proches : aucun chiffre</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="333"/>
        <source>Nearby stores, nearest first</source>
        <translation>Magasins proches, du plus près au plus loin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/pages.py" line="338"/>
        <source>Network total: %n available</source>
        <translation>
            <numerusform>Total réseau : %n disponible</numerusform>
            <numerusform>Total réseau : %n disponibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="345"/>
        <source>Checking live stock…</source>
        <translation>Vérification du stock en direct…</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="350"/>
        <source>Live figures, checked at %1.</source>
        <translation>Chiffres en direct, vérifiés à %1.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="355"/>
        <source>Offline: no stock figures for this variant on this tablet yet.</source>
        <translation>Hors ligne : aucun chiffre de stock pour cette variante sur cette tablette pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="357"/>
        <source>Offline: last known figures, checked %1. They may have changed.</source>
        <translation>Hors ligne : derniers chiffres connus, vérifiés %1. Ils ont pu changer.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="361"/>
        <source>Last known figures, checked %1.</source>
        <translation>Derniers chiffres connus, vérifiés %1.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="364"/>
        <source>Figures checked %1.</source>
        <translation>Chiffres vérifiés %1.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="369"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="370"/>
        <source>Order from the network</source>
        <translation>Commander dans le réseau</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="371"/>
        <source>Warehouses</source>
        <translation>Entrepôts</translation>
    </message>
</context>
<context>
    <name>BasketLineRow</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="189"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>BasketPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="302"/>
        <source>Basket</source>
        <translation>Panier</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="303"/>
        <source>Store orders</source>
        <translation>Commandes du magasin</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="304"/>
        <source>Remove customer</source>
        <translation>Retirer le client</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="305"/>
        <source>Attach a customer: name, phone, email or card</source>
        <translation>Associer un client : nom, téléphone, e-mail ou carte</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="306"/>
        <source>Scan or search a product: name, reference, barcode</source>
        <translation>Scannez ou cherchez un produit : nom, référence, code-barres</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="307"/>
        <source>Take over the online cart</source>
        <translation>Reprendre le panier en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="308"/>
        <source>Empty the basket</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="309"/>
        <source>Choose where it comes from</source>
        <translation>Choisir d&apos;où ça vient</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="310"/>
        <source>Scan a product, search for one, or order it from the stock page.</source>
        <translation>Scannez un produit, cherchez-le, ou commandez-le depuis la page Stock.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="315"/>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="317"/>
        <source>No customer attached</source>
        <translation>Aucun client associé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/pages.py" line="334"/>
        <source>%n item(s) · %1</source>
        <translation>
            <numerusform>%n article · %1</numerusform>
            <numerusform>%n articles · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/pages.py" line="342"/>
        <source>Their online cart has %n item(s).</source>
        <translation>
            <numerusform>Son panier en ligne contient %n article.</numerusform>
            <numerusform>Son panier en ligne contient %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="348"/>
        <source>Suggested:</source>
        <translation>Suggestions :</translation>
    </message>
</context>
<context>
    <name>CacheRebuiltNotice</name>
    <message>
        <location filename="../../ui/shell/cache_notice.py" line="28"/>
        <source>Data on this tablet rebuilt</source>
        <translation>Données de cette tablette reconstruites</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cache_notice.py" line="29"/>
        <source>The data stored on this tablet were damaged and have been set up again. Customers, stock and orders are downloaded again from the store&apos;s system.</source>
        <translation>Les données enregistrées sur cette tablette étaient endommagées et ont été recréées. Les clients, le stock et les commandes sont de nouveau téléchargés depuis le système du magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cache_notice.py" line="40"/>
        <source>Some changes made on this tablet and not yet sent could not be recovered. Tell your manager: support can still read them from the kept file %1.</source>
        <translation>Certaines modifications faites sur cette tablette et pas encore envoyées n&apos;ont pas pu être récupérées. Prévenez votre responsable : le support peut encore les lire dans le fichier conservé %1.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cache_notice.py" line="44"/>
        <source>The changes waiting to be sent were kept (%1) and are sent as usual.</source>
        <translation>Les modifications en attente d&apos;envoi ont été conservées (%1) et sont envoyées comme d&apos;habitude.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/cache_notice.py" line="46"/>
        <source>No change waiting to be sent was lost.</source>
        <translation>Aucune modification en attente d&apos;envoi n&apos;a été perdue.</translation>
    </message>
</context>
<context>
    <name>CameraScan</name>
    <message>
        <location filename="../../ui/camera.py" line="279"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="280"/>
        <source>Scan a barcode or QR code with the camera</source>
        <translation>Scanner un code-barres ou un QR code avec la caméra</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/camera.py" line="177"/>
        <source>No camera was found on this device.</source>
        <translation>Aucune caméra n&apos;a été trouvée sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="185"/>
        <source>The camera could not be started.</source>
        <translation>La caméra n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="221"/>
        <location filename="../../ui/camera.py" line="222"/>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="223"/>
        <source>Hold the barcode, loyalty card or pickup QR code in front of the camera.</source>
        <translation>Présentez le code-barres, la carte de fidélité ou le QR code de retrait devant la caméra.</translation>
    </message>
    <message>
        <location filename="../../ui/camera.py" line="224"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="45"/>
        <source>Online cart</source>
        <translation>Panier en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="47"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="65"/>
        <source>Take over the cart</source>
        <translation>Reprendre le panier</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="68"/>
        <source>Mark as served in store</source>
        <translation>Marquer comme servi en magasin</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="83"/>
        <source>No online cart in progress.</source>
        <translation>Aucun panier en ligne en cours.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="88"/>
        <source>web shop</source>
        <translation>boutique web</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="88"/>
        <source>app</source>
        <translation>application</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="91"/>
        <source>In the %1, updated %2</source>
        <translation>Dans la %1, mis à jour le %2</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="92"/>
        <source>Taken over in store: it is this visit&apos;s basket</source>
        <translation>Repris en magasin : c’est le panier de cette visite</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="93"/>
        <source>Served in store: no reminder will be sent</source>
        <translation>Servi en magasin : aucune relance ne sera envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="94"/>
        <source>Ordered</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="97"/>
        <source>waiting to sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="105"/>
        <source>The cart is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="109"/>
        <source>Being re-priced by the web shop…</source>
        <translation>Prix en cours de recalcul par la boutique web…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="110"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="124"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="133"/>
        <source>%1 here</source>
        <translation>%1 ici</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="135"/>
        <source>Not in stock here</source>
        <translation>Pas en stock ici</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="136"/>
        <source>%1 in the network</source>
        <translation>%1 dans le réseau</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="137"/>
        <source>none in the network</source>
        <translation>aucun dans le réseau</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="147"/>
        <source>One less</source>
        <translation>Un de moins</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="150"/>
        <source>One more</source>
        <translation>Un de plus</translation>
    </message>
    <message>
        <location filename="../../ui/customers/cart_panel.py" line="151"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>CheckoutPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="557"/>
        <source>Delivery and payment</source>
        <translation>Livraison et paiement</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="558"/>
        <source>How the customer gets it</source>
        <translation>Comment le client le reçoit</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="559"/>
        <source>Home delivery</source>
        <translation>Livraison à domicile</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="560"/>
        <source>Pickup at a store</source>
        <translation>Retrait en magasin</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="561"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="561"/>
        <source>Street and number</source>
        <translation>Numéro et rue</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="562"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="562"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="563"/>
        <source>Country (FR, IT…)</source>
        <translation>Pays (FR, IT…)</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="565"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="566"/>
        <source>Paid here at the till</source>
        <translation>Payé ici en caisse</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="567"/>
        <source>Till receipt reference</source>
        <translation>Référence du ticket de caisse</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="568"/>
        <source>Send the customer a payment link</source>
        <translation>Envoyer un lien de paiement au client</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="569"/>
        <source>A payment link is a service message about this order: it is sent even without marketing consent.</source>
        <translation>Un lien de paiement est un message de service sur cette commande : il est envoyé même sans consentement marketing.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="571"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="572"/>
        <source>Place the order</source>
        <translation>Passer la commande</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="578"/>
        <source>These items are to be collected in different stores: go back and change where some of them come from.</source>
        <translation>Ces articles seraient à retirer dans des magasins différents : revenez en arrière et changez la provenance de certains d&apos;entre eux.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="581"/>
        <source>Home delivery is not possible: some items are collected in a store.</source>
        <translation>La livraison à domicile n&apos;est pas possible : certains articles sont à retirer en magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="621"/>
        <source>By email</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="621"/>
        <source>By SMS</source>
        <translation>Par SMS</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="626"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="638"/>
        <source>Complete the delivery address: name, street, postcode, city and the two-letter country.</source>
        <translation>Complétez l&apos;adresse de livraison : nom, rue, code postal, ville et le pays en deux lettres.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="644"/>
        <source>Choose the store where the customer will collect it.</source>
        <translation>Choisissez le magasin où le client le retirera.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="648"/>
        <source>Type the till receipt&apos;s reference of the payment.</source>
        <translation>Saisissez la référence du ticket de caisse du paiement.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="653"/>
        <source>The customer has no email or phone number for a payment link.</source>
        <translation>Le client n&apos;a ni e-mail ni téléphone pour un lien de paiement.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="713"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="714"/>
        <source>The customer can photograph this code to keep the order.</source>
        <translation>Le client peut photographier ce code pour garder la commande.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="715"/>
        <source>Store orders</source>
        <translation>Commandes du magasin</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="716"/>
        <source>New basket</source>
        <translation>Nouveau panier</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="717"/>
        <source>Choose another source</source>
        <translation>Choisir une autre provenance</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="725"/>
        <source>Order refused</source>
        <translation>Commande refusée</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="726"/>
        <source>Not placed</source>
        <translation>Non passée</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="727"/>
        <source>Stock changed before this order reached the server.</source>
        <translation>Le stock a changé avant que cette commande n&apos;arrive au serveur.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="730"/>
        <source>Order queued</source>
        <translation>Commande en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="731"/>
        <source>Number given when the store is back online</source>
        <translation>Numéro attribué au retour de la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="732"/>
        <source>Waiting to sync: stock will be confirmed when back online.</source>
        <translation>En attente de synchronisation : le stock sera confirmé au retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="736"/>
        <source>Order placed</source>
        <translation>Commande passée</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="737"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="744"/>
        <source>%1 × %2 — %3, %4 — by %5</source>
        <translation>%1 × %2 — %3, %4 — avant le %5</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="749"/>
        <source>Delivered to %1, %2 %3</source>
        <translation>Livré au %1, %2 %3</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="752"/>
        <source>Collected at %1</source>
        <translation>Retrait à %1</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="755"/>
        <source>Paid in store (till %1)</source>
        <translation>Payé en magasin (caisse %1)</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="757"/>
        <source>Payment link sent by %1</source>
        <translation>Lien de paiement envoyé par %1</translation>
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
        <translation>&lt;b&gt;Total %1&lt;/b&gt; (livraison %2)</translation>
    </message>
</context>
<context>
    <name>ConflictInbox</name>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="156"/>
        <source>Changes the server refused</source>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="157"/>
        <source>None of these was applied. Send a change again (corrected if needed), or discard it and say why.</source>
        <translation>Aucune n&apos;a été appliquée. Renvoyez une modification (corrigée si besoin), ou abandonnez-la en disant pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="159"/>
        <source>No conflicts on this device: every change was accepted.</source>
        <translation>Aucun conflit sur cet appareil : toutes les modifications ont été acceptées.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="160"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="161"/>
        <source>Why discard it? (required)</source>
        <translation>Pourquoi l&apos;abandonner ? (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="162"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="163"/>
        <source>Another associate made this change: only a store manager can resolve it.</source>
        <translation>Un autre vendeur a fait cette modification : seul un responsable de magasin peut la résoudre.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="216"/>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="216"/>
        <source>another associate</source>
        <translation>un autre vendeur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="217"/>
        <source>Made by %1 on %2; refused by the server on %3.</source>
        <translation>Faite par %1 le %2 ; refusée par le serveur le %3.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="226"/>
        <source>Correct it before sending it again:</source>
        <translation>Corrigez-la avant de la renvoyer :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="227"/>
        <source>Reason sent with it:</source>
        <translation>Motif envoyé avec :</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="248"/>
        <source>Sent again.</source>
        <translation>Renvoyée.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="255"/>
        <source>Discarded.</source>
        <translation>Abandonnée.</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="899"/>
        <source>Refused order</source>
        <translation>Commande refusée</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="900"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="901"/>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="902"/>
        <source>Retry with this alternative</source>
        <translation>Réessayer avec cette alternative</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="913"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: instead, from</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : à la place, depuis</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="925"/>
        <source>Nowhere else has it now.</source>
        <translation>Aucun autre endroit ne l&apos;a en ce moment.</translation>
    </message>
</context>
<context>
    <name>CustomerEditors</name>
    <message>
        <location filename="../../ui/customers/editors.py" line="20"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CustomerProfile</name>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="37"/>
        <source>Waiting to sync (just now)</source>
        <translation>En attente de synchronisation (à l’instant)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="39"/>
        <source>Waiting to sync for %n min</source>
        <translation>En attente de synchro depuis %n min</translation>
    </message>
</context>
<context>
    <name>CustomerSearch</name>
    <message>
        <location filename="../../ui/customers/search_model.py" line="238"/>
        <source>last visit %1</source>
        <translation>dernière visite %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="240"/>
        <source>from the network</source>
        <translation>du réseau</translation>
    </message>
</context>
<context>
    <name>CustomersArea</name>
    <message>
        <location filename="../../ui/customers/area.py" line="121"/>
        <source>Latest visitors to this store</source>
        <translation>Dernières visites dans ce magasin</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/area.py" line="123"/>
        <source>%n customer(s) on this tablet</source>
        <translation>
            <numerusform>%n client sur cette tablette</numerusform>
            <numerusform>%n clients sur cette tablette</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="125"/>
        <source>Many customers match: keep typing to narrow the list</source>
        <translation>Beaucoup de clients correspondent : continuez à taper pour affiner</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="133"/>
        <source>No customer of this store matches “%1”.</source>
        <translation>Aucun client de ce magasin ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="135"/>
        <source>No customer on this tablet matches “%1”. Searching the whole network needs a connection: try again when the store is back online.</source>
        <translation>Aucun client sur cette tablette ne correspond à « %1 ». La recherche dans tout le réseau nécessite une connexion : réessayez quand le magasin sera de nouveau en ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="140"/>
        <source>The search could not run.</source>
        <translation>La recherche n’a pas pu s’exécuter.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="149"/>
        <source>Searching the whole network…</source>
        <translation>Recherche dans tout le réseau…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/area.py" line="174"/>
        <source>%n more from other stores, at the end of the list</source>
        <translation>
            <numerusform>%n de plus d’autres magasins, en fin de liste</numerusform>
            <numerusform>%n de plus d’autres magasins, en fin de liste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="176"/>
        <source>No customer in the whole network matches “%1”.</source>
        <translation>Aucun client du réseau ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="205"/>
        <source>This card is not on this tablet. Looking it up in the network needs a connection.</source>
        <translation>Cette carte n’est pas sur cette tablette. La chercher dans le réseau nécessite une connexion.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="212"/>
        <source>No customer has this loyalty card. Check the card, or create the customer.</source>
        <translation>Aucun client n’a cette carte de fidélité. Vérifiez la carte ou créez le client.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/area.py" line="229"/>
        <source>This customer is not on this tablet. Looking them up in the network needs a connection.</source>
        <translation>Ce client n’est pas sur cette tablette. Le chercher dans le réseau nécessite une connexion.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="51"/>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>Aujourd&apos;hui au magasin</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="359"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="360"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="361"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="362"/>
        <location filename="../../ui/dashboard/page.py" line="524"/>
        <location filename="../../ui/dashboard/page.py" line="543"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="363"/>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="364"/>
        <source>End of day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="365"/>
        <source>pickups overdue</source>
        <translation>retraits en retard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="365"/>
        <source>pickups collected today</source>
        <translation>retraits retirés aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="366"/>
        <source>average wait from ready to collected (14 days)</source>
        <translation>attente moyenne entre prêt et retiré (14 jours)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="367"/>
        <source>endless-aisle sales today</source>
        <translation>ventes rayon infini aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="368"/>
        <source>online carts taken over this week → orders</source>
        <translation>paniers en ligne repris cette semaine → commandes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="371"/>
        <source>Pickups now</source>
        <translation>Retraits en ce moment</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="372"/>
        <source>Time from ready to collected, last 14 days</source>
        <translation>Délai entre prêt et retiré, 14 derniers jours</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="373"/>
        <source>Endless aisle by associate</source>
        <translation>Rayon infini par vendeur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="374"/>
        <source>Online carts taken over in store</source>
        <translation>Paniers en ligne repris en magasin</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="375"/>
        <source>Stock-outs sent to endless aisle (30 days)</source>
        <translation>Ruptures envoyées au rayon infini (30 jours)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="376"/>
        <source>Associate</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="376"/>
        <source>Orders today</source>
        <translation>Commandes aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="376"/>
        <source>Revenue today</source>
        <translation>CA aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="377"/>
        <source>Orders this week</source>
        <translation>Commandes cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="377"/>
        <source>Revenue this week</source>
        <translation>CA cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="378"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="378"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="378"/>
        <location filename="../../ui/dashboard/page.py" line="553"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="379"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="379"/>
        <source>Revenue</source>
        <translation>CA</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="380"/>
        <location filename="../../ui/dashboard/page.py" line="474"/>
        <source>Overdue pickups</source>
        <translation>Retraits en retard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="381"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="381"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="381"/>
        <source>Ready since</source>
        <translation>Prête depuis</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="382"/>
        <source>Collect by</source>
        <translation>À retirer avant</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="382"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="383"/>
        <source>Call the customer</source>
        <translation>Appeler le client</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="384"/>
        <source>Send the ready notice again</source>
        <translation>Renvoyer l&apos;avis de mise à disposition</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="385"/>
        <source>The store&apos;s devices</source>
        <translation>Les appareils du magasin</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="386"/>
        <source>As the server knows them: who signed in, and what each device reported after its last sync.</source>
        <translation>Tels que le serveur les connaît : qui s&apos;est connecté, et ce que chaque appareil a signalé après sa dernière synchronisation.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="388"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="388"/>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="388"/>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="389"/>
        <source>Waiting to sync</source>
        <translation>En attente de synchro</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="389"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="389"/>
        <source>Last report</source>
        <translation>Dernier signalement</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="390"/>
        <source>A device that is switched off or out of the network cannot report: switch it on in the store&apos;s Wi-Fi and let it sync before closing.</source>
        <translation>Un appareil éteint ou hors réseau ne peut rien signaler : allumez-le sur le Wi-Fi du magasin et laissez-le se synchroniser avant la fermeture.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="442"/>
        <location filename="../../ui/dashboard/page.py" line="451"/>
        <source>The dashboard is for store managers.</source>
        <translation>Le tableau de bord est réservé aux responsables de magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="454"/>
        <source>Loading the store&apos;s figures…</source>
        <translation>Chargement des chiffres du magasin…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="463"/>
        <source>Could not refresh: %1</source>
        <translation>Actualisation impossible : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="504"/>
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="505"/>
        <source>Ready</source>
        <translation>Prêtes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="506"/>
        <source>Partly collected</source>
        <translation>Retirées en partie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="507"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="508"/>
        <source>Collected today</source>
        <translation>Retirées aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="512"/>
        <source>%1 open orders, %2 of them overdue.</source>
        <translation>%1 commandes ouvertes, dont %2 en retard.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="518"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="518"/>
        <source>No order was collected in the last 14 days.</source>
        <translation>Aucune commande retirée ces 14 derniers jours.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="521"/>
        <source>Average %1 over %2 collected orders.</source>
        <translation>Moyenne %1 sur %2 commandes retirées.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="524"/>
        <location filename="../../ui/dashboard/page.py" line="545"/>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="527"/>
        <location filename="../../ui/dashboard/page.py" line="528"/>
        <source>%1 · %n order(s)</source>
        <translation>
            <numerusform>%1 · %n commande</numerusform>
            <numerusform>%1 · %n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="529"/>
        <source>No endless-aisle order this week yet.</source>
        <translation>Aucune commande en rayon infini cette semaine.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="531"/>
        <source>Today %1 (%2 orders) · this week %3 (%4 orders)</source>
        <translation>Aujourd&apos;hui %1 (%2 commandes) · cette semaine %3 (%4 commandes)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="542"/>
        <source>Taken over</source>
        <translation>Repris</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="542"/>
        <source>Became orders</source>
        <translation>Devenus commandes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="549"/>
        <source>%1 of %2 carts taken over this week became orders (%3 %).</source>
        <translation>%1 des %2 paniers repris cette semaine sont devenus des commandes (%3 %).</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="551"/>
        <source>No online cart was taken over this week yet.</source>
        <translation>Aucun panier en ligne repris cette semaine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="554"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="555"/>
        <source>No stock-out sent a customer to endless aisle in the last 30 days.</source>
        <translation>Aucune rupture n&apos;a envoyé de client vers le rayon infini ces 30 derniers jours.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="557"/>
        <source>What customers wanted and the store did not have: order it back in?</source>
        <translation>Ce que les clients voulaient et que le magasin n&apos;avait pas : à réassortir ?</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="573"/>
        <source>Live figures from %1.</source>
        <translation>Chiffres en direct de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="576"/>
        <source>Offline: figures from %1 (%2 ago), kept on this device.</source>
        <translation>Hors ligne : chiffres du %1 (il y a %2), conservés sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="587"/>
        <source>%1 (this device)</source>
        <translation>%1 (cet appareil)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="593"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="601"/>
        <source>Overdue pickups (%1)</source>
        <translation>Retraits en retard (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="615"/>
        <source>The customer&apos;s record is not on this device.</source>
        <translation>La fiche du client n&apos;est pas sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="616"/>
        <source>No phone number on file.</source>
        <translation>Aucun numéro de téléphone enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="617"/>
        <source>The customer has not agreed to be contacted by phone or text.</source>
        <translation>Le client n&apos;a pas accepté d&apos;être contacté par téléphone ou SMS.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="618"/>
        <source>No e-mail address on file.</source>
        <translation>Aucune adresse e-mail enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="619"/>
        <source>The customer has not agreed to be contacted by e-mail.</source>
        <translation>Le client n&apos;a pas accepté d&apos;être contacté par e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="633"/>
        <source>%1 — %2, overdue since %3</source>
        <translation>%1 — %2, en retard depuis le %3</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="642"/>
        <source>Calling: %1</source>
        <translation>Appel : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="644"/>
        <source>Ready notice: no channel the customer agreed to (%1)</source>
        <translation>Avis de mise à disposition : aucun canal accepté par le client (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="647"/>
        <source>The ready notice can be sent again once the store is online.</source>
        <translation>L&apos;avis pourra être renvoyé quand le magasin sera en ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="655"/>
        <source>Dial %1</source>
        <translation>Composez le %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="673"/>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="673"/>
        <source>by text message</source>
        <translation>par SMS</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="674"/>
        <source>The ready notice was sent again %1.</source>
        <translation>L&apos;avis de mise à disposition a été renvoyé %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="680"/>
        <source>This device: %1 waiting to sync, %2 to resolve.</source>
        <translation>Cet appareil : %1 en attente de synchro, %2 à résoudre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="681"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="682"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="684"/>
        <source>Offline: its changes go when the network is back.</source>
        <translation>Hors ligne : ses modifications partiront au retour du réseau.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="690"/>
        <source>The other devices&apos; state is shown once the figures have loaded.</source>
        <translation>L&apos;état des autres appareils s&apos;affiche une fois les chiffres chargés.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="692"/>
        <source>Ready to close: no device has changes waiting to sync or conflicts to resolve.</source>
        <translation>Prêt à fermer : aucun appareil n&apos;a de modifications en attente ni de conflits à résoudre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="695"/>
        <source>Not ready to close: %n device(s) still have changes waiting or conflicts.</source>
        <translation>
            <numerusform>Pas prêt à fermer : %n appareil a encore des modifications en attente ou des conflits.</numerusform>
            <numerusform>Pas prêt à fermer : %n appareils ont encore des modifications en attente ou des conflits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="704"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n modification en attente de synchro</numerusform>
            <numerusform>%n modifications en attente de synchro</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="705"/>
        <source>last sync %1</source>
        <translation>dernière synchro %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="706"/>
        <source>last report %1</source>
        <translation>dernier signalement %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="743"/>
        <source>Pickups being prepared</source>
        <translation>Retraits en préparation</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="744"/>
        <source>Pickups ready</source>
        <translation>Retraits prêts</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="745"/>
        <source>Pickups partly collected</source>
        <translation>Retraits retirés en partie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="746"/>
        <source>Pickups overdue</source>
        <translation>Retraits en retard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="747"/>
        <source>Pickups collected today</source>
        <translation>Retraits retirés aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="748"/>
        <source>Average wait from ready to collected (14 days)</source>
        <translation>Attente moyenne entre prêt et retiré (14 jours)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="750"/>
        <source>Endless-aisle orders today</source>
        <translation>Commandes rayon infini aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="751"/>
        <source>Endless-aisle revenue today</source>
        <translation>CA rayon infini aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="752"/>
        <source>Endless-aisle orders this week</source>
        <translation>Commandes rayon infini cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="753"/>
        <source>Endless-aisle revenue this week</source>
        <translation>CA rayon infini cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="754"/>
        <source>Online carts taken over today</source>
        <translation>Paniers en ligne repris aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="755"/>
        <location filename="../../ui/dashboard/page.py" line="757"/>
        <source>… of which became orders</source>
        <translation>… dont devenus commandes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="756"/>
        <source>Online carts taken over this week</source>
        <translation>Paniers en ligne repris cette semaine</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="758"/>
        <source>Figures as of</source>
        <translation>Chiffres au</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="766"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="766"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="767"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="767"/>
        <source>Collected</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="767"/>
        <source>Average wait</source>
        <translation>Attente moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="776"/>
        <source>The files could not be written: %1</source>
        <translation>Les fichiers n&apos;ont pas pu être écrits : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard/page.py" line="779"/>
        <source>%n table(s) exported to %1.</source>
        <translation>
            <numerusform>%n tableau exporté dans %1.</numerusform>
            <numerusform>%n tableaux exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/page.py" line="786"/>
        <source>Choose a folder for the CSV files</source>
        <translation>Choisissez un dossier pour les fichiers CSV</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="27"/>
        <source>Pickup handover</source>
        <translation>Remise d&apos;un retrait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="28"/>
        <source>Pickup extension</source>
        <translation>Prolongation d&apos;un retrait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="29"/>
        <source>Pickup cancellation</source>
        <translation>Annulation d&apos;un retrait</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="30"/>
        <source>Endless-aisle order</source>
        <translation>Commande rayon infini</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="31"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="32"/>
        <source>Customer note</source>
        <translation>Note client</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="33"/>
        <source>Customer preferences</source>
        <translation>Préférences client</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="34"/>
        <source>Online cart takeover</source>
        <translation>Reprise de panier en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="35"/>
        <source>Online cart change</source>
        <translation>Modification de panier en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="43"/>
        <source>order cancelled meanwhile</source>
        <translation>commande annulée entre-temps</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="44"/>
        <source>already collected</source>
        <translation>déjà retirée</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="45"/>
        <source>items already handed over</source>
        <translation>articles déjà remis</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="46"/>
        <source>pickup code not accepted</source>
        <translation>code de retrait refusé</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="47"/>
        <source>proof of pickup missing</source>
        <translation>preuve de retrait manquante</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="48"/>
        <source>stock no longer available</source>
        <translation>stock plus disponible</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="49"/>
        <source>cart no longer active</source>
        <translation>panier plus actif</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="50"/>
        <source>not valid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="51"/>
        <source>needs a manager</source>
        <translation>nécessite un responsable</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/conflicts.py" line="52"/>
        <source>no longer exists</source>
        <translation>n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>DeviceSignOut</name>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="221"/>
        <source>That PIN is not a manager&apos;s PIN. Try again.</source>
        <translation>Ce PIN n&apos;est pas celui d&apos;un responsable. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="248"/>
        <source>Pickup handover</source>
        <translation>Remise d&apos;une commande</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="249"/>
        <source>Pickup extension</source>
        <translation>Prolongation d&apos;un retrait</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="250"/>
        <source>Pickup cancellation</source>
        <translation>Annulation d&apos;un retrait</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="251"/>
        <source>Endless-aisle order</source>
        <translation>Commande en rayon infini</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="252"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="253"/>
        <source>Customer note</source>
        <translation>Note client</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="254"/>
        <source>Customer preferences</source>
        <translation>Préférences client</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="255"/>
        <source>Online cart takeover</source>
        <translation>Reprise d&apos;un panier en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="256"/>
        <source>Online cart change</source>
        <translation>Modification d&apos;un panier en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="263"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/device_sign_out.py" line="265"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/device_sign_out.py" line="267"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/device_sign_out.py" line="268"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="276"/>
        <source>(refused by the server, in the conflict list)</source>
        <translation>(refusé par le serveur, dans la liste des conflits)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="286"/>
        <source>Sign out device</source>
        <translation>Déconnecter l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="287"/>
        <source>Sign out of this device: delete this store&apos;s data from it</source>
        <translation>Déconnecter cet appareil : supprimer de celui-ci les données du magasin</translation>
    </message>
</context>
<context>
    <name>DeviceSignOutDialog</name>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="136"/>
        <location filename="../../ui/shell/device_sign_out.py" line="151"/>
        <source>Sign out of this device</source>
        <translation>Déconnecter cet appareil</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="137"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="139"/>
        <source>Changes not sent yet</source>
        <translation>Modifications pas encore envoyées</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="141"/>
        <source>These changes have not reached the server. If this device is signed out now, they are lost:</source>
        <translation>Ces modifications ne sont pas parvenues au serveur. Si cet appareil est déconnecté maintenant, elles sont perdues :</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="143"/>
        <source>A store manager&apos;s PIN drops them and signs the device out.</source>
        <translation>Le PIN d&apos;un responsable du magasin les abandonne et déconnecte l&apos;appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="144"/>
        <source>Try sending again</source>
        <translation>Réessayer l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="146"/>
        <source>Sign out of this device?</source>
        <translation>Déconnecter cet appareil ?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="148"/>
        <source>Sending changes that are waiting…</source>
        <translation>Envoi des modifications en attente…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/device_sign_out.py" line="149"/>
        <source>Changes waiting on this device are sent first. Then everything it keeps for this store (customers, orders, stock) is deleted from it, and anyone must sign in again.</source>
        <translation>Les modifications en attente sur cet appareil sont d&apos;abord envoyées. Puis tout ce qu&apos;il garde pour ce magasin (clients, commandes, stock) en est supprimé, et chacun doit se reconnecter.</translation>
    </message>
</context>
<context>
    <name>EndlessAisle</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="31"/>
        <source>Sent from the warehouse</source>
        <translation>Envoyé depuis l&apos;entrepôt</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="32"/>
        <source>Sent from another store</source>
        <translation>Envoyé depuis un autre magasin</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="33"/>
        <source>Transferred here for pickup</source>
        <translation>Transféré ici pour retrait</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="34"/>
        <source>Pickup in the other store</source>
        <translation>Retrait dans l&apos;autre magasin</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="37"/>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="38"/>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="39"/>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="40"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="41"/>
        <source>Ready for pickup</source>
        <translation>Prête au retrait</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="42"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="43"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="64"/>
        <source>free</source>
        <translation>gratuit</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="65"/>
        <source>%1 · %2 · by %3 · %4</source>
        <translation>%1 · %2 · avant le %3 · %4</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="295"/>
        <source>Stock changed before this order reached the server, so it was not placed. Choose another source for the items below, or cancel the order.</source>
        <translation>Le stock a changé avant que cette commande n&apos;arrive au serveur : elle n&apos;a pas été passée. Choisissez une autre provenance pour les articles ci-dessous, ou annulez la commande.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="298"/>
        <source>The server does not know this order&apos;s customer, so it was not placed. Check the customer&apos;s profile, then place the order again.</source>
        <translation>Le serveur ne connaît pas le client de cette commande : elle n&apos;a pas été passée. Vérifiez la fiche du client, puis passez de nouveau la commande.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="301"/>
        <source>The customer&apos;s online cart was changed or ordered online meanwhile, so this order was not placed.</source>
        <translation>Le panier en ligne du client a été modifié ou commandé en ligne entre-temps : cette commande n&apos;a pas été passée.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="303"/>
        <source>One of the chosen delivery methods is not possible from that place, so the order was not placed.</source>
        <translation>L&apos;un des modes d&apos;expédition choisis n&apos;est pas possible depuis ce lieu : la commande n&apos;a pas été passée.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="305"/>
        <source>The items cannot reach the customer the way chosen (home delivery, or the pickup store), so the order was not placed. Change where the items come from or how the customer gets them.</source>
        <translation>Les articles ne peuvent pas parvenir au client de la façon choisie (livraison à domicile ou magasin de retrait) : la commande n&apos;a pas été passée. Changez la provenance des articles ou la façon dont le client les reçoit.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="309"/>
        <source>The server refused this order, so it was not placed: %1</source>
        <translation>Le serveur a refusé cette commande, elle n&apos;a pas été passée : %1</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/endless_aisle.py" line="310"/>
        <source>%1: %2 wanted from %3, %4 left there.</source>
        <translation>%1 : %2 demandé(s) à %3, il en reste %4.</translation>
    </message>
</context>
<context>
    <name>EndlessAisleArea</name>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="34"/>
        <source>The basket is empty.</source>
        <translation>Le panier est vide.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="35"/>
        <source>Choose where each item comes from first.</source>
        <translation>Choisissez d&apos;abord d&apos;où vient chaque article.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="36"/>
        <source>Complete the delivery and the payment first.</source>
        <translation>Complétez d&apos;abord la livraison et le paiement.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="246"/>
        <source>No product has the reference %1.</source>
        <translation>Aucun produit n&apos;a la référence %1.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="265"/>
        <source>No product has the barcode %1.</source>
        <translation>Aucun produit n&apos;a le code-barres %1.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="398"/>
        <source>This order is no longer on this device.</source>
        <translation>Cette commande n&apos;est plus sur cet appareil.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/area.py" line="404"/>
        <source>Queued %n minute(s) ago.</source>
        <translation>
            <numerusform>En attente depuis %n minute.</numerusform>
            <numerusform>En attente depuis %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="424"/>
        <source>Refused %1: %2</source>
        <translation>Refusée %1 : %2</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="434"/>
        <source>(number when synced)</source>
        <translation>(numéro à la synchronisation)</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/area.py" line="435"/>
        <source>Waiting to sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/area.py" line="438"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="15"/>
        <source>The server cannot be reached. Check the store&apos;s network, then try again.</source>
        <translation>Le serveur est injoignable. Vérifiez le réseau du magasin, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="17"/>
        <source>This account cannot sign in at this store.</source>
        <translation>Ce compte ne peut pas se connecter dans ce magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="19"/>
        <source>Wrong username or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="21"/>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Trop de tentatives. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <location filename="../../ui/errors.py" line="36"/>
        <source>The server had a problem. Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Sign-in failed. Try again, or ask your store manager.</source>
        <translation>La connexion a échoué. Réessayez ou demandez à votre responsable de magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>The server cannot be reached right now. Check the store&apos;s network, then try again.</source>
        <translation>Le serveur est injoignable pour le moment. Vérifiez le réseau du magasin, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="32"/>
        <source>Only a store manager can do this.</source>
        <translation>Seul un responsable de magasin peut faire cela.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34"/>
        <source>Not found. It may have been removed, or belong to another store.</source>
        <translation>Introuvable. L&apos;élément a peut-être été supprimé ou appartient à un autre magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="37"/>
        <source>Something went wrong. Try again, or ask your store manager.</source>
        <translation>Une erreur s&apos;est produite. Réessayez ou demandez à votre responsable de magasin.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message numerus="yes">
        <location filename="../../ui/pickups/handover_page.py" line="189"/>
        <source>Handing over %n item(s):</source>
        <translation>
            <numerusform>Remise de %n article :</numerusform>
            <numerusform>Remise de %n articles :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/handover_page.py" line="192"/>
        <source>Refused %n item(s):</source>
        <translation>
            <numerusform>%n article refusé :</numerusform>
            <numerusform>%n articles refusés :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="197"/>
        <source>The order will then be partly collected.</source>
        <translation>La commande sera alors partiellement retirée.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="198"/>
        <source>The order will then be collected.</source>
        <translation>La commande sera alors retirée.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="204"/>
        <source>Choose why each refused item was refused.</source>
        <translation>Indiquez pourquoi chaque article refusé l&apos;a été.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="244"/>
        <source>← Verification</source>
        <translation>← Vérification</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="246"/>
        <source>Hand over order %1</source>
        <translation>Remettre la commande %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="247"/>
        <source>Give each item and mark it handed over, or refused with the reason. Items you cannot find: refuse them as “Not found in store”.</source>
        <translation>Remettez chaque article et marquez-le remis, ou refusé avec le motif. Article introuvable : refusez-le comme « Introuvable en magasin ».</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="249"/>
        <source>Review the handover</source>
        <translation>Vérifier la remise</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="250"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="251"/>
        <source>Confirm the handover</source>
        <translation>Confirmer la remise</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="252"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="160"/>
        <source>That PIN is not a manager&apos;s PIN. Try again.</source>
        <translation>Ce PIN n&apos;est pas celui d&apos;un responsable. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="186"/>
        <source>Exit kiosk</source>
        <translation>Quitter le mode borne</translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="84"/>
        <source>Hand over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="85"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/handover_page.py" line="86"/>
        <source>Why refused?</source>
        <translation>Motif du refus ?</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/shell/lock_screen.py" line="96"/>
        <source>Locked — %1</source>
        <translation>Verrouillé — %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_screen.py" line="98"/>
        <source>Screen locked</source>
        <translation>Écran verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_screen.py" line="99"/>
        <source>Enter your PIN to continue.</source>
        <translation>Saisissez votre PIN pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_screen.py" line="100"/>
        <source>Switch associate</source>
        <translation>Changer de vendeur</translation>
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
        <translation>Mode formation</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="74"/>
        <location filename="../../ui/shell/kiosk.py" line="75"/>
        <source>Exit kiosk</source>
        <translation>Quitter le mode borne</translation>
    </message>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="76"/>
        <source>Checking the PIN…</source>
        <translation>Vérification du PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="76"/>
        <source>A store manager&apos;s PIN is needed.</source>
        <translation>Le PIN d&apos;un responsable de magasin est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/kiosk.py" line="77"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NavRail</name>
    <message>
        <location filename="../../ui/shell/nav_rail.py" line="154"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/shell/nav_rail.py" line="155"/>
        <source>Lock the screen until your PIN is entered</source>
        <translation>Verrouiller l&apos;écran jusqu&apos;à la saisie de votre PIN</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/customers/editors.py" line="125"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="140"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="141"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="142"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="143"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="144"/>
        <source>Agrees to be contacted by email</source>
        <translation>Accepte d’être contacté par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="145"/>
        <source>Agrees to be contacted by SMS</source>
        <translation>Accepte d’être contacté par SMS</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="146"/>
        <source>Agrees to receive offers</source>
        <translation>Accepte de recevoir des offres</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="151"/>
        <source>Create customer</source>
        <translation>Créer le client</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="165"/>
        <source>First and last name are needed.</source>
        <translation>Le prénom et le nom sont nécessaires.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="169"/>
        <source>This email address does not look right.</source>
        <translation>Cette adresse e-mail ne semble pas correcte.</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../ui/customers/editors.py" line="39"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="42"/>
        <source>Note about %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="44"/>
        <source>The web customer service sees this note too. Keep it factual.</source>
        <translation>Le service client web voit aussi cette note. Restez factuel.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="49"/>
        <source>e.g. Looking for a wool coat in navy, size M</source>
        <translation>ex. Cherche un manteau en laine bleu marine, taille M</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="51"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="170"/>
        <source>No handover recorded yet.</source>
        <translation>Aucune remise enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="174"/>
        <source>code typed</source>
        <translation>code saisi</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="174"/>
        <source>QR code scanned</source>
        <translation>QR code scanné</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="175"/>
        <source>manager override</source>
        <translation>dérogation du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="178"/>
        <source>%1 — by %2 on device %3, %4; %5 handed over, %6 refused</source>
        <translation>%1 — par %2 sur l&apos;appareil %3, %4 ; %5 remis, %6 refusés</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="182"/>
        <source>collected by %1</source>
        <translation>retiré par %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="210"/>
        <location filename="../../ui/pickups/order_page.py" line="217"/>
        <source>Give a reason first: it is kept with the order.</source>
        <translation>Indiquez d&apos;abord un motif : il est conservé avec la commande.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="230"/>
        <source>← Queue</source>
        <translation>← File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="231"/>
        <source>Hand over…</source>
        <translation>Remettre…</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="232"/>
        <source>Resend the ready notice</source>
        <translation>Renvoyer l&apos;avis de mise à disposition</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="233"/>
        <source>Understood</source>
        <translation>Compris</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="234"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="235"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="236"/>
        <source>Reason (kept with the order)</source>
        <translation>Motif (conservé avec la commande)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="237"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="238"/>
        <source>Extend the collect-by date</source>
        <translation>Prolonger la date limite de retrait</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="239"/>
        <source>Cancel the order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="240"/>
        <source>Handover records</source>
        <translation>Historique des remises</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="242"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="243"/>
        <source>The handover records are shown when the store is online.</source>
        <translation>L&apos;historique des remises s&apos;affiche quand le magasin est en ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="249"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/order_page.py" line="251"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="255"/>
        <source>Ready since %1</source>
        <translation>Prête depuis le %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="257"/>
        <source>collect by %1</source>
        <translation>à retirer avant le %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="259"/>
        <source>collected %1</source>
        <translation>retirée le %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="261"/>
        <source>cancelled %1</source>
        <translation>annulée le %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="270"/>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="273"/>
        <source>Overdue: the collect-by date has passed. Call the customer or ask a manager to extend it.</source>
        <translation>En retard : la date limite de retrait est passée. Appelez le client ou demandez à un responsable de la prolonger.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="292"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="301"/>
        <source>Resending the ready notice needs the store to be online.</source>
        <translation>Pour renvoyer l&apos;avis, le magasin doit être en ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/order_page.py" line="306"/>
        <source>This order is still being prepared.</source>
        <translation>Cette commande est encore en préparation.</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="814"/>
        <source>Store orders</source>
        <translation>Commandes du magasin</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="815"/>
        <source>Basket</source>
        <translation>Panier</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="816"/>
        <source>No endless-aisle order matches.</source>
        <translation>Aucune commande ne correspond.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="817"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="826"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="829"/>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/endless_aisle/pages.py" line="846"/>
        <source>%n refused order(s) need you</source>
        <translation>
            <numerusform>%n commande refusée vous attend</numerusform>
            <numerusform>%n commandes refusées vous attendent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickupConflicts</name>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="57"/>
        <source>This order was cancelled before your handover reached the server. Nothing was recorded as collected: ask the customer to contact customer service, and put the items back where cancelled orders go.</source>
        <translation>Cette commande a été annulée avant que votre remise n&apos;arrive au serveur. Rien n&apos;a été enregistré comme retiré : demandez au client de contacter le service client et rangez les articles avec les commandes annulées.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="61"/>
        <source>This order had already been collected (on another device or at another counter) before your handover reached the server. Check with the customer and your manager what they actually took.</source>
        <translation>Cette commande avait déjà été retirée (sur un autre appareil ou à un autre comptoir) avant que votre remise n&apos;arrive au serveur. Vérifiez avec le client et votre responsable ce qui a réellement été emporté.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="65"/>
        <source>Some of these items had already been handed over or refused elsewhere, so your handover was not recorded. Open the order again to see what is still waiting.</source>
        <translation>Certains de ces articles avaient déjà été remis ou refusés ailleurs : votre remise n&apos;a pas été enregistrée. Rouvrez la commande pour voir ce qui reste à remettre.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="69"/>
        <source>The server did not accept the pickup code given at the counter, so the handover was not recorded. Ask the customer for the code again, or ask a manager.</source>
        <translation>Le serveur n&apos;a pas accepté le code de retrait donné au comptoir : la remise n&apos;a pas été enregistrée. Redemandez le code au client, ou appelez un responsable.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="73"/>
        <source>This order needs the collector&apos;s identity (name, relation, last ID digits) and it was missing, so the handover was not recorded. Hand it over again with the proof of pickup.</source>
        <translation>Cette commande exige l&apos;identité de la personne qui retire (nom, lien, derniers chiffres de la pièce d&apos;identité) et elle manquait : la remise n&apos;a pas été enregistrée. Refaites la remise avec la preuve de retrait.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="77"/>
        <source>Only a store manager can hand over without the customer&apos;s code, so the server refused this handover. Ask a manager to do it.</source>
        <translation>Seul un responsable peut remettre une commande sans le code du client : le serveur a refusé cette remise. Demandez à un responsable de la faire.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="81"/>
        <source>This order is still being prepared on the server, so it could not be handed over yet.</source>
        <translation>Cette commande est encore en préparation sur le serveur : elle ne pouvait pas encore être remise.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="84"/>
        <source>This order is no longer open on the server (collected or cancelled), so the change was not made.</source>
        <translation>Cette commande n&apos;est plus ouverte sur le serveur (retirée ou annulée) : la modification n&apos;a pas été faite.</translation>
    </message>
    <message>
        <location filename="../../clienteling/services/pickups.py" line="87"/>
        <source>The server refused this change to the order. Open the order to see its current state, or ask a manager.</source>
        <translation>Le serveur a refusé cette modification de la commande. Ouvrez la commande pour voir son état actuel, ou demandez à un responsable.</translation>
    </message>
</context>
<context>
    <name>Pickups</name>
    <message>
        <location filename="../../ui/pickups/text.py" line="16"/>
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="17"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="18"/>
        <source>Partly collected</source>
        <translation>Retirée en partie</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="19"/>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="20"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="26"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="27"/>
        <source>Handed over</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="28"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="34"/>
        <source>Wrong size</source>
        <translation>Mauvaise taille</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="35"/>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="36"/>
        <source>Changed mind</source>
        <translation>A changé d&apos;avis</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="37"/>
        <source>Not found in store</source>
        <translation>Introuvable en magasin</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="44"/>
        <location filename="../../ui/pickups/text.py" line="45"/>
        <source>back on the shelf</source>
        <translation>remis en rayon</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="46"/>
        <source>to returns (written off)</source>
        <translation>aux retours (mis au rebut)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="47"/>
        <source>stock corrected to 0; other orders needing it are flagged</source>
        <translation>stock corrigé à 0 ; les autres commandes qui en ont besoin sont signalées</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="55"/>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="65"/>
        <source>Handed over — waiting to sync (%1)</source>
        <translation>Remise faite — en attente de synchronisation (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/text.py" line="66"/>
        <source>Change waiting to sync (%1)</source>
        <translation>Modification en attente de synchronisation (%1)</translation>
    </message>
</context>
<context>
    <name>PickupsArea</name>
    <message>
        <location filename="../../ui/pickups/area.py" line="154"/>
        <source>No order %1 in this store.</source>
        <translation>Aucune commande %1 dans ce magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="177"/>
        <source>This order is no longer on this device.</source>
        <translation>Cette commande n&apos;est plus sur cet appareil.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="190"/>
        <source>The handover records are shown when the store is online.</source>
        <translation>L&apos;historique des remises s&apos;affiche quand le magasin est en ligne.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="281"/>
        <source>The customer has neither e-mail nor phone: call them another way.</source>
        <translation>Le client n&apos;a ni e-mail ni téléphone : contactez-le autrement.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="288"/>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="288"/>
        <source>by text message</source>
        <translation>par SMS</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/area.py" line="289"/>
        <source>The ready notice was sent again %1.</source>
        <translation>L&apos;avis de mise à disposition a été renvoyé %1.</translation>
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
        <translation>Effacer le dernier chiffre</translation>
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
        <translation>Tailles et style</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="82"/>
        <source>Tops</source>
        <translation>Hauts</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="82"/>
        <source>Trousers and skirts</source>
        <translation>Pantalons et jupes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="82"/>
        <source>Shoes</source>
        <translation>Chaussures</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="92"/>
        <source>e.g. minimal, linen, navy</source>
        <translation>ex. minimaliste, lin, marine</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="93"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="96"/>
        <source>Favourite brands</source>
        <translation>Marques préférées</translation>
    </message>
    <message>
        <location filename="../../ui/customers/editors.py" line="97"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ProductSearchView</name>
    <message>
        <location filename="../../ui/stock/pages.py" line="108"/>
        <source>Scan a product&apos;s barcode, or type a name, brand, category, reference or barcode.</source>
        <translation>Scannez le code-barres d&apos;un produit, ou tapez un nom, une marque, une catégorie, une référence ou un code-barres.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="111"/>
        <source>No product matches “%1”.</source>
        <translation>Aucun produit ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="126"/>
        <source>Find a product</source>
        <translation>Trouver un produit</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="127"/>
        <source>Name, brand, category, reference or barcode</source>
        <translation>Nom, marque, catégorie, référence ou code-barres</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="128"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ProductView</name>
    <message>
        <location filename="../../ui/stock/pages.py" line="449"/>
        <source>No photo on this tablet</source>
        <translation>Pas de photo sur cette tablette</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="462"/>
        <source>%1 · size %2
ref. %3 · EAN %4</source>
        <translation>%1 · taille %2
réf. %3 · EAN %4</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="465"/>
        <source>Availability: %1, size %2</source>
        <translation>Disponibilité : %1, taille %2</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="476"/>
        <source>‹ Search</source>
        <translation>‹ Recherche</translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="477"/>
        <source>Available in this store, by colour and size:</source>
        <translation>Disponible dans ce magasin, par couleur et taille :</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="95"/>
        <source>‹ Customers</source>
        <translation>‹ Clients</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="118"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="147"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="149"/>
        <source>Send an email</source>
        <translation>Envoyer un e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="151"/>
        <source>Send an SMS</source>
        <translation>Envoyer un SMS</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="160"/>
        <source>Loyalty</source>
        <translation>Fidélité</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="167"/>
        <source>Sizes and style</source>
        <translation>Tailles et style</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="168"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="174"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="175"/>
        <source>Purchases in store and online</source>
        <translation>Achats en magasin et en ligne</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="176"/>
        <source>Wishlist</source>
        <translation>Liste d’envies</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="177"/>
        <source>Notes and interactions</source>
        <translation>Notes et échanges</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="178"/>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="193"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="229"/>
        <source>No email address</source>
        <translation>Pas d’adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="230"/>
        <source>No phone number</source>
        <translation>Pas de numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="232"/>
        <source>Loyalty card %1</source>
        <translation>Carte de fidélité %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="235"/>
        <source>Home store: %1</source>
        <translation>Magasin de rattachement : %1</translation>
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
        <translation>Offres</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="239"/>
        <source>%1: agreed</source>
        <translation>%1 : accepté</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="240"/>
        <source>%1: not agreed — do not contact</source>
        <translation>%1 : non accepté — ne pas contacter</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="251"/>
        <source>%1 · %2 points</source>
        <translation>%1 · %2 points</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="254"/>
        <source>%1 more points to reach %2</source>
        <translation>Encore %1 points pour atteindre %2</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="258"/>
        <source>Highest tier</source>
        <translation>Niveau le plus élevé</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="265"/>
        <source>Tops</source>
        <translation>Hauts</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="265"/>
        <source>Trousers and skirts</source>
        <translation>Pantalons et jupes</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="265"/>
        <source>Shoes</source>
        <translation>Chaussures</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="267"/>
        <source>No sizes recorded yet</source>
        <translation>Aucune taille enregistrée</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="271"/>
        <source>Brands: %1</source>
        <translation>Marques : %1</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="284"/>
        <source>Not enough purchase history for suggestions yet.</source>
        <translation>Pas encore assez d’achats pour des suggestions.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="292"/>
        <source>Store</source>
        <translation>Magasin</translation>
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
        <translation>Appli</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="303"/>
        <source>No purchases yet.</source>
        <translation>Aucun achat pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="311"/>
        <source>%1 in stock here</source>
        <translation>%1 en stock ici</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="312"/>
        <source>not in stock here</source>
        <translation>pas en stock ici</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="315"/>
        <source>The wishlist is empty.</source>
        <translation>La liste d’envies est vide.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="320"/>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="320"/>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="327"/>
        <source>No notes yet.</source>
        <translation>Aucune note pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="332"/>
        <source>size %1 in stock here (%2)</source>
        <translation>taille %1 en stock ici (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="335"/>
        <source>not in stock here in their size</source>
        <translation>pas en stock ici dans sa taille</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/customers/profile_page.py" line="337"/>
        <source>Often bought with %1 (%n customers)</source>
        <translation>
            <numerusform>Souvent acheté avec %1 (%n client)</numerusform>
            <numerusform>Souvent acheté avec %1 (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="339"/>
        <source>On the wishlist</source>
        <translation>Dans la liste d’envies</translation>
    </message>
    <message>
        <location filename="../../ui/customers/profile_page.py" line="341"/>
        <source>Another colour of a style bought before: %1</source>
        <translation>Autre coloris d’un modèle déjà acheté : %1</translation>
    </message>
</context>
<context>
    <name>QueueDelegate</name>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="72"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="74"/>
        <source>Waiting to sync</source>
        <translation>En attente de synchro</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="76"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="102"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="103"/>
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n colis</numerusform>
            <numerusform>%n colis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="106"/>
        <source>%n line(s) still waiting</source>
        <translation>
            <numerusform>%n ligne en attente</numerusform>
            <numerusform>%n lignes en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="108"/>
        <source>ready for %1</source>
        <translation>prête depuis %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="110"/>
        <source>collected %1</source>
        <translation>retirée le %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="112"/>
        <source>cancelled %1</source>
        <translation>annulée le %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="115"/>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="116"/>
        <source>collect by %1</source>
        <translation>à retirer avant le %1</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="118"/>
        <source>problem: %1</source>
        <translation>problème : %1</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="283"/>
        <source>Pickups</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="284"/>
        <source>Order number or customer name — or scan the QR code</source>
        <translation>N° de commande ou nom du client — ou scannez le QR code</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="286"/>
        <source>All open</source>
        <translation>Toutes en cours</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="286"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="286"/>
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="287"/>
        <source>Partly collected</source>
        <translation>Retirée en partie</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="287"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="288"/>
        <source>Collected today</source>
        <translation>Retirées aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="288"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="289"/>
        <source>Problem orders</source>
        <translation>Commandes à problème</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/queue_page.py" line="294"/>
        <source>%n new order(s) ready — show</source>
        <translation>
            <numerusform>%n nouvelle commande prête — afficher</numerusform>
            <numerusform>%n nouvelles commandes prêtes — afficher</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="296"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="297"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/queue_page.py" line="297"/>
        <source>No orders here.</source>
        <translation>Aucune commande ici.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/customers/search_page.py" line="97"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_page.py" line="98"/>
        <location filename="../../ui/customers/search_page.py" line="101"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_page.py" line="99"/>
        <source>Name, phone, email or loyalty card</source>
        <translation>Nom, téléphone, e-mail ou carte de fidélité</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_page.py" line="100"/>
        <source>Search the whole network</source>
        <translation>Chercher dans tout le réseau</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_page.py" line="102"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="40"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="41"/>
        <source>Find a customer by name, phone, email or loyalty card, or scan their card. Their profile, purchases in store and online, live online cart and notes will show here.</source>
        <translation>Trouvez un client par son nom, son téléphone, son e-mail ou sa carte de fidélité, ou scannez sa carte. Son profil, ses achats en magasin et en ligne, son panier en ligne en cours et les notes s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="50"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="51"/>
        <source>Scan a product or search by name, reference or barcode to see how many are in this store, in nearby stores and in the warehouses.</source>
        <translation>Scannez un produit ou cherchez-le par nom, référence ou code-barres pour voir combien il en reste dans ce magasin, dans les magasins proches et dans les entrepôts.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="60"/>
        <source>Pickups</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="61"/>
        <source>Click-and-collect orders waiting in this store will be listed here. Scan the customer&apos;s QR code or type the order number to hand an order over.</source>
        <translation>Les commandes click &amp; collect qui attendent dans ce magasin seront listées ici. Scannez le QR code du client ou saisissez le numéro de commande pour la remettre.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="70"/>
        <source>Endless aisle</source>
        <translation>Rayon infini</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="71"/>
        <source>Order for a customer what is not on the shelf here: it is sent from another store or a warehouse, to the customer&apos;s home or to this store.</source>
        <translation>Commandez pour un client ce qui n&apos;est pas en rayon ici : l&apos;article part d&apos;un autre magasin ou d&apos;un entrepôt, vers le domicile du client ou vers ce magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="80"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="81"/>
        <source>Today&apos;s figures for this store: orders handed over, endless-aisle sales by associate, and anything waiting to sync or needing attention.</source>
        <translation>Les chiffres du jour de ce magasin : commandes remises, ventes rayon infini par vendeur, et tout ce qui attend la synchronisation ou demande votre attention.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="187"/>
        <source>Choose your store.</source>
        <translation>Choisissez votre magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="190"/>
        <source>Enter your username and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="196"/>
        <location filename="../../ui/shell/sign_in.py" line="202"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="197"/>
        <source>Use the account your store manager gave you.</source>
        <translation>Utilisez le compte fourni par votre responsable de magasin.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="198"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="199"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="200"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="201"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="202"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/sign_in.py" line="203"/>
        <source>Choose your store</source>
        <translation>Choisissez votre magasin</translation>
    </message>
</context>
<context>
    <name>SourcingPage</name>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="418"/>
        <source>Where it comes from</source>
        <translation>D&apos;où ça vient</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="420"/>
        <source>Offline: these options are estimated from the last known stock. Stock will be confirmed when back online.</source>
        <translation>Hors ligne : ces options sont estimées d&apos;après le dernier stock connu. Le stock sera confirmé au retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="422"/>
        <source>Asking the network for stock, dates and costs…</source>
        <translation>Interrogation du réseau : stock, dates et coûts…</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="423"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="424"/>
        <source>Back to the basket</source>
        <translation>Retour au panier</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="425"/>
        <source>Delivery and payment</source>
        <translation>Livraison et paiement</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="451"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 / %3 · × %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 / %3 · × %4</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="465"/>
        <source>No store or warehouse has enough of this one. Lower the quantity or remove it from the basket.</source>
        <translation>Aucun magasin ni entrepôt n&apos;en a assez. Baissez la quantité ou retirez-le du panier.</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="467"/>
        <source>Remove it</source>
        <translation>Le retirer</translation>
    </message>
    <message>
        <location filename="../../ui/endless_aisle/pages.py" line="477"/>
        <source>Total %1 (delivery %2)</source>
        <translation>Total %1 (livraison %2)</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <location filename="../../ui/stock/models.py" line="33"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="36"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="46"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="103"/>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="147"/>
        <source>Location</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="147"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="148"/>
        <source>Now</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="148"/>
        <source>Available</source>
        <translation>Dispo.</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="149"/>
        <source>On hand /
reserved</source>
        <translation>En stock /
réservé</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="149"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="197"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="197"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../ui/stock/pages.py" line="589"/>
        <source>Product %1 could not be looked up. </source>
        <translation>Le produit %1 n&apos;a pas pu être recherché. </translation>
    </message>
    <message>
        <location filename="../../ui/stock/pages.py" line="596"/>
        <source>No product in the catalogue has the code %1.</source>
        <translation>Aucun produit du catalogue n&apos;a le code %1.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="133"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="135"/>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="137"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="141"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="143"/>
        <source>Syncing… %p%</source>
        <translation>Synchronisation… %p %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="151"/>
        <source>%n command(s) waiting to sync</source>
        <translation>
            <numerusform>%n action en attente de synchronisation</numerusform>
            <numerusform>%n actions en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="153"/>
        <source>%n conflict(s) need attention</source>
        <translation>
            <numerusform>%n conflit à traiter</numerusform>
            <numerusform>%n conflits à traiter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="154"/>
        <source>Open the list of changes the server refused</source>
        <translation>Ouvrir la liste des modifications refusées par le serveur</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="191"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../ui/shell/status_bar.py" line="194"/>
        <source>Synced just now</source>
        <translation>Synchronisé à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="196"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n minute</numerusform>
            <numerusform>Synchronisé il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="198"/>
        <source>Synced %n hour(s) ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n heure</numerusform>
            <numerusform>Synchronisé il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="199"/>
        <source>Synced %n day(s) ago</source>
        <translation>
            <numerusform>Synchronisé il y a %n jour</numerusform>
            <numerusform>Synchronisé il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <location filename="../../ui/customers/search_model.py" line="41"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="41"/>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="42"/>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location filename="../../ui/customers/search_model.py" line="42"/>
        <source>Platinum</source>
        <translation>Platine</translation>
    </message>
</context>
<context>
    <name>VariantGrid</name>
    <message numerus="yes">
        <location filename="../../ui/stock/pages.py" line="195"/>
        <source>%n available in this store</source>
        <translation>
            <numerusform>%n disponible dans ce magasin</numerusform>
            <numerusform>%n disponibles dans ce magasin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="194"/>
        <source>The pickup code has 6 letters and digits.</source>
        <translation>Le code de retrait compte 6 lettres et chiffres.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="212"/>
        <source>← Order</source>
        <translation>← Commande</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="215"/>
        <source>Who is collecting order %1?</source>
        <translation>Qui retire la commande %1 ?</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="216"/>
        <source>Scan the QR code on the customer&apos;s phone, or type the 6-character pickup code from their message. Order for %1.</source>
        <translation>Scannez le QR code sur le téléphone du client, ou saisissez le code de retrait à 6 caractères de son message. Commande de %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="218"/>
        <source>Pickup code</source>
        <translation>Code de retrait</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="219"/>
        <source>Check the code</source>
        <translation>Vérifier le code</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="220"/>
        <source>Someone else is collecting (or the order needs proof)</source>
        <translation>Une autre personne retire (ou la commande exige une preuve)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="222"/>
        <source>This order is high value: record who collects it.</source>
        <translation>Commande de valeur élevée : notez qui la retire.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="223"/>
        <source>Record who collects it for the customer.</source>
        <translation>Notez qui la retire pour le client.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="227"/>
        <source>Collector&apos;s full name</source>
        <translation>Nom complet de la personne</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="228"/>
        <source>Relation (spouse, colleague…)</source>
        <translation>Lien (conjoint, collègue…)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="229"/>
        <source>Last ID digits</source>
        <translation>Derniers chiffres de la pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="230"/>
        <source>Manager override (the customer has no code)</source>
        <translation>Dérogation du responsable (le client n&apos;a pas de code)</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="231"/>
        <source>Reason, e.g. phone lost; ID checked</source>
        <translation>Motif, p. ex. téléphone perdu ; pièce d&apos;identité vérifiée</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="232"/>
        <source>Override and continue</source>
        <translation>Déroger et continuer</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="235"/>
        <source>Continue to the handover</source>
        <translation>Passer à la remise</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="241"/>
        <source>Code accepted.</source>
        <translation>Code accepté.</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="242"/>
        <source>Code accepted (checked on this device: the store is offline).</source>
        <translation>Code accepté (vérifié sur cet appareil : le magasin est hors ligne).</translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="247"/>
        <source>Too many wrong codes: this order is locked for %1 minutes, until %2. Ask a manager.</source>
        <translation>Trop de codes erronés : cette commande est bloquée %1 minutes, jusqu&apos;à %2. Appelez un responsable.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pickups/verify_page.py" line="251"/>
        <source>Wrong code. %n try(ies) left.</source>
        <translation>
            <numerusform>Code erroné. Il reste %n essai.</numerusform>
            <numerusform>Code erroné. Il reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pickups/verify_page.py" line="261"/>
        <source>Fill in the collector&apos;s name, relation and the last ID digits.</source>
        <translation>Indiquez le nom, le lien et les derniers chiffres de la pièce d&apos;identité.</translation>
    </message>
</context>
</TS>
