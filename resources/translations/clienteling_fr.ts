<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AppShell</name>
        <message>
            <location filename="../../ui/shell/controller.py" line="147" />
            <source>Wrong PIN. Try again.</source>
            <translation>PIN incorrect. Réessayez.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../ui/errors.py" line="15" />
            <source>The server cannot be reached. Check the store's network, then try again.</source>
            <translation>Le serveur est injoignable. Vérifiez le réseau du magasin, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="17" />
            <source>This account cannot sign in at this store.</source>
            <translation>Ce compte ne peut pas se connecter dans ce magasin.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="19" />
            <source>Wrong username or password.</source>
            <translation>Identifiant ou mot de passe incorrect.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="21" />
            <source>Too many attempts. Wait a few minutes, then try again.</source>
            <translation>Trop de tentatives. Attendez quelques minutes, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="23" />
            <location filename="../../ui/errors.py" line="36" />
            <source>The server had a problem. Try again in a moment.</source>
            <translation>Le serveur a rencontré un problème. Réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="24" />
            <source>Sign-in failed. Try again, or ask your store manager.</source>
            <translation>La connexion a échoué. Réessayez ou demandez à votre responsable de magasin.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="30" />
            <source>The server cannot be reached right now. Check the store's network, then try again.</source>
            <translation>Le serveur est injoignable pour le moment. Vérifiez le réseau du magasin, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="32" />
            <source>Only a store manager can do this.</source>
            <translation>Seul un responsable de magasin peut faire cela.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="34" />
            <source>Not found. It may have been removed, or belong to another store.</source>
            <translation>Introuvable. L'élément a peut-être été supprimé ou appartient à un autre magasin.</translation>
        </message>
        <message>
            <location filename="../../ui/errors.py" line="37" />
            <source>Something went wrong. Try again, or ask your store manager.</source>
            <translation>Une erreur s'est produite. Réessayez ou demandez à votre responsable de magasin.</translation>
        </message>
    </context>
    <context>
        <name>KioskMode</name>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="160" />
            <source>That PIN is not a manager's PIN. Try again.</source>
            <translation>Ce PIN n'est pas celui d'un responsable. Réessayez.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="186" />
            <source>Exit kiosk</source>
            <translation>Quitter le mode borne</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../ui/shell/lock_screen.py" line="96" />
            <source>Locked — %1</source>
            <translation>Verrouillé — %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/lock_screen.py" line="98" />
            <source>Screen locked</source>
            <translation>Écran verrouillé</translation>
        </message>
        <message>
            <location filename="../../ui/shell/lock_screen.py" line="99" />
            <source>Enter your PIN to continue.</source>
            <translation>Saisissez votre PIN pour continuer.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/lock_screen.py" line="100" />
            <source>Switch associate</source>
            <translation>Changer de vendeur</translation>
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
            <translation>Mode formation</translation>
        </message>
    </context>
    <context>
        <name>ManagerPinDialog</name>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="74" />
            <location filename="../../ui/shell/kiosk.py" line="75" />
            <source>Exit kiosk</source>
            <translation>Quitter le mode borne</translation>
        </message>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="76" />
            <source>Checking the PIN…</source>
            <translation>Vérification du PIN…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="76" />
            <source>A store manager's PIN is needed.</source>
            <translation>Le PIN d'un responsable de magasin est nécessaire.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/kiosk.py" line="77" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>NavRail</name>
        <message>
            <location filename="../../ui/shell/nav_rail.py" line="151" />
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <location filename="../../ui/shell/nav_rail.py" line="152" />
            <source>Lock the screen until your PIN is entered</source>
            <translation>Verrouiller l'écran jusqu'à la saisie de votre PIN</translation>
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
            <translation>Effacer le dernier chiffre</translation>
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
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="41" />
            <source>Find a customer by name, phone, email or loyalty card, or scan their card. Their profile, purchases in store and online, live online cart and notes will show here.</source>
            <translation>Trouvez un client par son nom, son téléphone, son e-mail ou sa carte de fidélité, ou scannez sa carte. Son profil, ses achats en magasin et en ligne, son panier en ligne en cours et les notes s'afficheront ici.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="50" />
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="51" />
            <source>Scan a product or search by name, reference or barcode to see how many are in this store, in nearby stores and in the warehouses.</source>
            <translation>Scannez un produit ou cherchez-le par nom, référence ou code-barres pour voir combien il en reste dans ce magasin, dans les magasins proches et dans les entrepôts.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="60" />
            <source>Pickups</source>
            <translation>Retraits</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="61" />
            <source>Click-and-collect orders waiting in this store will be listed here. Scan the customer's QR code or type the order number to hand an order over.</source>
            <translation>Les commandes click &amp; collect qui attendent dans ce magasin seront listées ici. Scannez le QR code du client ou saisissez le numéro de commande pour la remettre.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="70" />
            <source>Endless aisle</source>
            <translation>Rayon infini</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="71" />
            <source>Order for a customer what is not on the shelf here: it is sent from another store or a warehouse, to the customer's home or to this store.</source>
            <translation>Commandez pour un client ce qui n'est pas en rayon ici : l'article part d'un autre magasin ou d'un entrepôt, vers le domicile du client ou vers ce magasin.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="80" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../ui/shell/main_window.py" line="81" />
            <source>Today's figures for this store: orders handed over, endless-aisle sales by associate, and anything waiting to sync or needing attention.</source>
            <translation>Les chiffres du jour de ce magasin : commandes remises, ventes rayon infini par vendeur, et tout ce qui attend la synchronisation ou demande votre attention.</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="176" />
            <source>Choose your store.</source>
            <translation>Choisissez votre magasin.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="179" />
            <source>Enter your username and your password.</source>
            <translation>Saisissez votre identifiant et votre mot de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="185" />
            <location filename="../../ui/shell/sign_in.py" line="191" />
            <source>Sign in</source>
            <translation>Se connecter</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="186" />
            <source>Use the account your store manager gave you.</source>
            <translation>Utilisez le compte fourni par votre responsable de magasin.</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="187" />
            <source>Store</source>
            <translation>Magasin</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="188" />
            <source>Username</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="189" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="190" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="191" />
            <source>Signing in…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/sign_in.py" line="192" />
            <source>Choose your store</source>
            <translation>Choisissez votre magasin</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="133" />
            <source>Online</source>
            <translation>En ligne</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="135" />
            <source>Offline since %1</source>
            <translation>Hors ligne depuis %1</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="137" />
            <source>Offline</source>
            <translation>Hors ligne</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="141" />
            <source>Syncing…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="143" />
            <source>Syncing… %p%</source>
            <translation>Synchronisation… %p %</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="151" />
            <source>%n command(s) waiting to sync</source>
            <translation>
                <numerusform>%n action en attente de synchronisation</numerusform>
                <numerusform>%n actions en attente de synchronisation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="153" />
            <source>%n conflict(s) need attention</source>
            <translation>
                <numerusform>%n conflit à traiter</numerusform>
                <numerusform>%n conflits à traiter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="154" />
            <source>Open the list of changes the server refused</source>
            <translation>Ouvrir la liste des modifications refusées par le serveur</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="191" />
            <source>Not synced yet</source>
            <translation>Pas encore synchronisé</translation>
        </message>
        <message>
            <location filename="../../ui/shell/status_bar.py" line="194" />
            <source>Synced just now</source>
            <translation>Synchronisé à l'instant</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="196" />
            <source>Synced %n minute(s) ago</source>
            <translation>
                <numerusform>Synchronisé il y a %n minute</numerusform>
                <numerusform>Synchronisé il y a %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="198" />
            <source>Synced %n hour(s) ago</source>
            <translation>
                <numerusform>Synchronisé il y a %n heure</numerusform>
                <numerusform>Synchronisé il y a %n heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/shell/status_bar.py" line="199" />
            <source>Synced %n day(s) ago</source>
            <translation>
                <numerusform>Synchronisé il y a %n jour</numerusform>
                <numerusform>Synchronisé il y a %n jours</numerusform>
            </translation>
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
    <message numerus="yes">
        <location filename="../../ui/stock/models.py" line="38"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/models.py" line="40"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/models.py" line="41"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
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
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../ui/stock/models.py" line="148"/>
        <source>Available</source>
        <translation>Disponible</translation>
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
</TS>
