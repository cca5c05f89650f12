"""Word pools of the demo data: people's names, product vocabulary, note phrases.

Kept as plain tuples (never sets) so that every draw is independent of hash seeds.
Accents, hyphens, apostrophes and spaces are deliberate: they are what accent-insensitive
search and e-mail slugs must cope with in a real French/Italian customer base.
"""
from __future__ import annotations

import unicodedata

FR_FEMALE = (
    "Marie", "Camille", "Léa", "Chloé", "Manon", "Inès", "Zoé", "Hélène", "Céline", "Émilie",
    "Élodie", "Julie", "Sophie", "Isabelle", "Nathalie", "Sandrine", "Aurélie", "Mélanie",
    "Anaïs", "Laure", "Clémence", "Noémie", "Agnès", "Béatrice", "Françoise", "Geneviève",
    "Jeanne", "Louise", "Alice", "Juliette", "Margaux", "Océane", "Maëlle", "Lucie", "Valérie",
    "Sylvie", "Christine", "Anne-Sophie", "Marie-Claire", "Pauline", "Charlotte", "Élise",
    "Gaëlle", "Solène", "Adèle", "Léonie", "Joséphine", "Capucine", "Zélie", "Héloïse",
)
FR_MALE = (
    "Jérôme", "François", "Nicolas", "Thomas", "Julien", "Antoine", "Hugo", "Lucas", "Louis",
    "Gabriel", "Raphaël", "Mathéo", "Théo", "Clément", "Benoît", "Stéphane", "Frédéric",
    "Sébastien", "Jérémy", "Cédric", "Hervé", "Pierre", "Jean-Pierre", "Jean-Luc", "Olivier",
    "Philippe", "Laurent", "Éric", "Maxime", "Alexandre", "Gaël", "Noël", "Joël", "Mathis",
    "Baptiste", "Arnaud", "Rémi", "Loïc", "Yannick", "Quentin", "Aurélien", "Timothée",
)
FR_LAST = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont",
    "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau",
    "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu",
    "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Hébert",
    "Ménard", "Bénard", "Lemaître", "Prévost", "Besnard", "Benoît", "Féraud", "Brémond",
    "Delacroix", "Le Gall", "Le Goff", "Saint-Martin", "D'Almeida", "Lecœur", "Lévêque",
    "Gérard", "Barthélemy", "Desjardins", "Caron", "Mallet", "Régnier", "Duchêne", "Boyer",
)
IT_FEMALE = (
    "Giulia", "Francesca", "Chiara", "Sara", "Martina", "Alessia", "Valentina", "Federica",
    "Elisa", "Silvia", "Elena", "Laura", "Paola", "Anna", "Maria", "Sofia", "Aurora",
    "Ginevra", "Beatrice", "Alice", "Lucia", "Greta", "Noemi", "Ilaria", "Serena", "Benedetta",
    "Caterina", "Rosa", "Giorgia", "Camilla", "Arianna", "Marta", "Vittoria", "Emma", "Zoe",
)
IT_MALE = (
    "Marco", "Luca", "Andrea", "Matteo", "Alessandro", "Lorenzo", "Francesco", "Giuseppe",
    "Giovanni", "Davide", "Simone", "Federico", "Riccardo", "Stefano", "Paolo", "Roberto",
    "Antonio", "Tommaso", "Leonardo", "Gabriele", "Niccolò", "Nicolò", "Mattia", "Pietro",
    "Salvatore", "Vincenzo", "Emanuele", "Fabio", "Massimo", "Noè", "Mosè", "Edoardo",
    "Filippo", "Gianluca", "Michele",
)
IT_LAST = (
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
    "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
    "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
    "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli",
    "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parisi",
    "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini", "Grasso", "Valentini",
    "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna", "Farina",
    "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza", "Testa",
    "Dell'Acqua", "Lo Russo", "Cantù", "Dalla Costa", "Di Stefano",
)

STYLE_TAGS = {
    "FR": ("classique", "minimaliste", "casual chic", "bohème", "sportswear", "business",
           "romantique", "streetwear", "matières naturelles", "couleurs vives", "rétro"),
    "IT": ("classico", "minimal", "casual chic", "boho", "sportivo", "business", "romantico",
           "streetwear", "fibre naturali", "colori vivaci", "vintage"),
}

MODEL_NAMES = (
    "Alba", "Corsa", "Riva", "Siena", "Lido", "Capri", "Luna", "Vela", "Sole", "Bruma",
    "Nuvola", "Onda", "Perla", "Stella", "Mira", "Aria", "Brera", "Dora", "Elba", "Garda",
    "Isola", "Lucca", "Marea", "Nera", "Orsa", "Palma", "Sabbia", "Tosca", "Vento", "Zefiro",
    "Ambra", "Bianca", "Cala", "Duna", "Gemma", "Iris", "Lira", "Célestine", "Honoré",
    "Marceau", "Sévigné", "Rivoli", "Étoile", "Mistral", "Azur", "Lumière", "Garance",
    "Balthazar", "Montaigne", "Vendôme", "Odéon", "Trocadéro", "Camargue", "Ventoux", "Verdon",
    "Estérel", "Oléron", "Ré", "Belle-Île", "Porquerolles", "Bréhat", "Aubrac", "Chamonix",
    "Annecy", "Biarritz", "Deauville", "Honfleur", "Saint-Malo", "Portofino", "Amalfi",
    "Positano", "Taormina", "Cortina", "Bellagio", "Stresa", "Sirmione", "Bergamo", "Urbino",
)

FIT = ("coupe droite", "coupe ajustée", "coupe ample", "coupe classique", "coupe décontractée")
COMPOSITION = {
    "knit": ("100 % laine mérinos", "70 % laine, 30 % cachemire", "100 % coton bio",
             "100 % cachemire"),
    "woven": ("100 % coton", "100 % lin", "55 % lin, 45 % coton", "100 % laine vierge",
              "98 % coton, 2 % élasthanne", "100 % viscose"),
    "leather": ("cuir de veau pleine fleur", "cuir de vachette tanné végétal", "daim",
                "cuir grainé"),
    "canvas": ("toile de coton et semelle caoutchouc", "cuir et semelle gomme",
               "toile recyclée"),
}

NOTE_PHRASES = {
    ("FR", "store"): (
        "Cherche une tenue pour un mariage au printemps, taille {tops} en haut.",
        "A essayé {product} en {size} ; à rappeler dès que le coloris {colour} revient en stock.",
        "Préfère être contacté par SMS, plutôt en fin de journée.",
        "Aime les matières naturelles (lin, laine). Ne porte pas de synthétique.",
        "Achète souvent pour offrir : proposer l'emballage cadeau.",
        "Retouche demandée sur {product}, à récupérer samedi.",
        "Cliente/client fidèle de la boutique, très attaché(e) à la marque {brand}.",
        "Pointure {shoes} habituellement, mais chausse petit en {brand}.",
    ),
    ("FR", "customer_service"): (
        "Retour web remboursé pour {product} (taille trop petite).",
        "Demande de changement d'adresse de livraison traitée.",
        "Colis livré en retard : geste commercial de 10 € accordé.",
        "Question sur l'entretien de {product} : conseils envoyés par e-mail.",
        "Échange de {product} en {size} confirmé, envoi sous 48 h.",
    ),
    ("FR", "web"): (
        "Avis laissé sur {product} : 5/5, « très belle qualité ».",
        "Alerte retour en stock activée pour {product} en {size}.",
        "A abandonné un panier contenant {product}.",
    ),
    ("IT", "store"): (
        "Cerca un abito per una cerimonia in primavera, taglia {tops}.",
        "Ha provato {product} in {size}; da richiamare quando torna il colore {colour}.",
        "Preferisce essere contattata/o via SMS, nel tardo pomeriggio.",
        "Ama le fibre naturali (lino, lana).",
        "Compra spesso regali: proporre la confezione regalo.",
        "Modifica sartoriale richiesta su {product}, ritiro sabato.",
        "Cliente affezionata/o del negozio, molto legata/o al marchio {brand}.",
        "Porta di solito il {shoes}, ma {brand} calza piccolo.",
    ),
    ("IT", "customer_service"): (
        "Reso online rimborsato per {product} (taglia troppo piccola).",
        "Richiesta di cambio indirizzo di consegna gestita.",
        "Pacco consegnato in ritardo: buono di 10 € concesso.",
        "Domanda sulla manutenzione di {product}: consigli inviati via e-mail.",
        "Cambio di {product} in {size} confermato, spedizione entro 48 ore.",
    ),
    ("IT", "web"): (
        "Recensione su {product}: 5/5, «ottima qualità».",
        "Avviso di disponibilità attivato per {product} in {size}.",
        "Ha abbandonato un carrello con {product}.",
    ),
}

CUSTOMER_SERVICE_AUTHORS = {
    "FR": ("Service client – Julie", "Service client – Karim", "Service client – Émilie"),
    "IT": ("Servizio clienti – Giulia", "Servizio clienti – Marco", "Servizio clienti – Noemi"),
}

STREETS = {
    "FR": ("rue Victor-Hugo", "avenue Jean-Jaurès", "boulevard Gambetta", "rue de la République",
           "rue Nationale", "rue du Général-Leclerc", "allée des Tilleuls", "rue Émile-Zola",
           "place de l'Église", "chemin des Vignes"),
    "IT": ("Via Garibaldi", "Corso Vittorio Emanuele II", "Via Mazzini", "Viale Europa",
           "Via Roma", "Via Dante Alighieri", "Piazza della Libertà", "Via Cavour",
           "Via San Francesco", "Vicolo del Pozzo"),
}


def ascii_slug(text: str) -> str:
    """Lower-case ASCII form of a name for e-mails and usernames ("Lecœur" -> "lecoeur")."""
    text = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum() or ch == "-")
