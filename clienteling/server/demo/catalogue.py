"""The demo assortment: apparel, shoes and accessories, each style in sizes × colours.

Also the online promotions, because the cart lines and the server's re-pricing must apply
the very same rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from random import Random

from clienteling.models.common import ean13_check_digit

from .names import COMPOSITION, FIT, MODEL_NAMES

SIZE_RUNS: dict[str, tuple[str, ...]] = {
    "tops": ("XS", "S", "M", "L", "XL", "XXL"),
    "bottoms": ("34", "36", "38", "40", "42", "44", "46", "48"),
    "shoes": ("35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46"),
    "belts": ("75", "80", "85", "90", "95", "100", "105", "110"),
    "one": ("TU",),
}
"""Size runs by family; "tops", "bottoms" and "shoes" are also the keys of a customer's sizes."""

COLOURS: dict[str, str] = {
    "BLK": "Noir", "WHT": "Blanc", "ECR": "Écru", "NVY": "Bleu marine", "SKY": "Bleu ciel",
    "GRY": "Gris chiné", "ANT": "Anthracite", "BEI": "Beige", "CML": "Camel", "KHK": "Kaki",
    "OLV": "Vert olive", "BRD": "Bordeaux", "RED": "Rouge", "PNK": "Rose poudré",
    "BRN": "Marron", "COG": "Cognac", "TRC": "Terracotta", "MUS": "Moutarde",
}
_TEXTILE = ("BLK", "WHT", "ECR", "NVY", "SKY", "GRY", "ANT", "BEI", "CML", "KHK", "OLV", "BRD",
            "RED", "PNK", "TRC", "MUS")
_LEATHER = ("BLK", "BRN", "COG", "CML", "BRD", "NVY", "BEI")
_SNEAKER = ("WHT", "BLK", "NVY", "GRY", "ECR", "KHK")


@dataclass(frozen=True, slots=True)
class _Category:
    name: str
    family: str
    euros: tuple[int, int]
    palette: tuple[str, ...]
    material: str
    brands: tuple[str, ...]
    types: tuple[str, ...]


_APPAREL = ("Maison Alba", "Atelier Verrier", "Corsa Milano", "Linea Tessa", "Nord & Sud", "Filati Riva")
_SHOES = ("Passo Fino", "Cordonnerie Marceau", "Corsa Milano", "Nord & Sud")
_ACCESSORIES = ("Pelletteria Sole", "Maison Alba", "Atelier Verrier", "Linea Tessa")

CATEGORIES: tuple[_Category, ...] = (
    _Category("Vestes", "tops", (119, 329), _TEXTILE, "woven", _APPAREL,
              ("Veste en laine", "Veste en jean", "Blazer", "Veste matelassée", "Saharienne")),
    _Category("Manteaux", "tops", (179, 489), _TEXTILE, "woven", _APPAREL,
              ("Manteau en laine", "Trench", "Doudoune", "Caban", "Parka")),
    _Category("Chemises", "tops", (49, 129), _TEXTILE, "woven", _APPAREL,
              ("Chemise en lin", "Chemise oxford", "Chemise en popeline", "Surchemise", "Blouse")),
    _Category("T-shirts & polos", "tops", (19, 59), _TEXTILE, "knit", _APPAREL,
              ("T-shirt en coton bio", "T-shirt col V", "Polo piqué", "Débardeur")),
    _Category("Pulls & gilets", "tops", (59, 249), _TEXTILE, "knit", _APPAREL,
              ("Pull en cachemire", "Pull col roulé", "Cardigan", "Pull marin", "Sweat à capuche")),
    _Category("Robes", "tops", (69, 229), _TEXTILE, "woven", _APPAREL,
              ("Robe portefeuille", "Robe chemise", "Robe en maille", "Robe longue fleurie")),
    _Category("Pantalons & jeans", "bottoms", (59, 159), _TEXTILE, "woven", _APPAREL,
              ("Pantalon chino", "Pantalon à pinces", "Jean droit", "Jean slim", "Pantalon large")),
    _Category("Jupes", "bottoms", (49, 139), _TEXTILE, "woven", _APPAREL,
              ("Jupe plissée", "Jupe midi", "Jupe en jean")),
    _Category("Sneakers", "shoes", (79, 189), _SNEAKER, "canvas", _SHOES,
              ("Sneaker", "Basket montante", "Tennis en toile")),
    _Category("Chaussures de ville", "shoes", (119, 329), _LEATHER, "leather", _SHOES,
              ("Mocassin en cuir", "Derby", "Richelieu", "Escarpin")),
    _Category("Bottes & bottines", "shoes", (149, 389), _LEATHER, "leather", _SHOES,
              ("Bottine en daim", "Chelsea boot", "Botte cavalière")),
    _Category("Sandales", "shoes", (49, 149), _LEATHER, "leather", _SHOES,
              ("Sandale en cuir", "Espadrille", "Mule")),
    _Category("Sacs", "one", (59, 690), _LEATHER, "leather", _ACCESSORIES,
              ("Sac cabas", "Sac bandoulière", "Sac à dos en cuir", "Pochette", "Sac seau")),
    _Category("Ceintures", "belts", (39, 99), _LEATHER, "leather", _ACCESSORIES,
              ("Ceinture en cuir", "Ceinture tressée")),
    _Category("Écharpes & bonnets", "one", (29, 189), _TEXTILE, "knit", _ACCESSORIES,
              ("Écharpe en laine", "Foulard en soie", "Bonnet en cachemire", "Étole")),
    _Category("Petite maroquinerie", "one", (39, 189), _LEATHER, "leather", _ACCESSORIES,
              ("Portefeuille", "Porte-cartes", "Trousse de toilette")),
)

BRAND_COUNTRY = {
    "Maison Alba": "FR", "Atelier Verrier": "FR", "Nord & Sud": "FR", "Cordonnerie Marceau": "FR",
    "Corsa Milano": "IT", "Linea Tessa": "IT", "Filati Riva": "IT", "Passo Fino": "IT",
    "Pelletteria Sole": "IT",
}
BRANDS: tuple[str, ...] = tuple(BRAND_COUNTRY)
_GS1_PREFIX = {"FR": "3760", "IT": "8012"}
"""GS1 France (300-379) and GS1 Italy (800-839) company prefixes; item reference follows."""

PROMOTIONS: dict[str, int] = {
    "-20% soldes": 20, "-30% mi-saison": 30, "-10% fidélité": 10,
    "-20% saldi": 20, "-30% mezza stagione": 30, "-10% fedeltà": 10,
}
"""Online promotion labels and their percentage off, as the web shop shows them."""
PROMOTION_LABELS = {"FR": ("-20% soldes", "-30% mi-saison", "-10% fidélité"),
                    "IT": ("-20% saldi", "-30% mezza stagione", "-10% fedeltà")}


def promotion_line_total(unit_minor: int, quantity: int, promotion: str | None) -> int:
    """A cart line's total in minor units: percentage off the line, rounded half up."""
    gross = unit_minor * quantity
    pct = PROMOTIONS.get(promotion, 0) if promotion else 0
    return (gross * (100 - pct) + 50) // 100


@dataclass(slots=True)
class Style:
    style_id: str
    name: str
    brand: str
    category: str
    family: str
    price: int
    skus: list[str] = field(default_factory=list)
    sizes: list[str] = field(default_factory=list)
    colours: list[str] = field(default_factory=list)
    row: dict = field(default_factory=dict)


class Catalogue:
    """The styles and a flat table of every variant (index = variant number)."""

    def __init__(self, seed: int, styles: int) -> None:
        rng = Random(f"{seed}/products")
        combos = [(cat, kind, model) for cat in CATEGORIES for kind in cat.types for model in MODEL_NAMES]
        rng.shuffle(combos)
        self.styles: list[Style] = []
        self.variant_style: list[int] = []
        """Style index of each variant."""
        self.variant_size: list[str] = []
        self.variant_colour: list[str] = []
        self.skus: list[str] = []
        for n in range(styles):
            cat, kind, model = combos[n % len(combos)]
            round_ = n // len(combos)
            name = f"{kind} {model}" + (f" {round_ + 1}" if round_ else "")
            self.styles.append(self._style(rng, n, cat, name))
        self.by_family: dict[str, list[int]] = {}
        for si, style in enumerate(self.styles):
            self.by_family.setdefault(style.family, []).append(si)
        self.first_variant: list[int] = []
        for si, style in enumerate(self.styles):
            self.first_variant.append(len(self.skus))
            for sku, size, colour in zip(style.skus, style.sizes, style.colours):
                self.skus.append(sku)
                self.variant_style.append(si)
                self.variant_size.append(size)
                self.variant_colour.append(colour)

    def _style(self, rng: Random, n: int, cat: _Category, name: str) -> Style:
        style_id = f"ST{n + 1:05d}"
        brand = rng.choice(cat.brands)
        price = _price(rng, *cat.euros)
        run = SIZE_RUNS[cat.family]
        if len(run) == 1:
            sizes = list(run)
        else:
            width = rng.randint(2, min(6, len(run)))
            start = rng.randrange(len(run) - width + 1)
            sizes = list(run[start:start + width])
        colours = rng.sample(cat.palette, rng.choice((1, 1, 2, 2, 2, 3, 3, 4)))
        prefix = _GS1_PREFIX[BRAND_COUNTRY[brand]]
        variants = []
        style = Style(style_id, name, brand, cat.name, cat.family, price)
        for code in colours:
            for size in sizes:
                vi = len(variants)
                first12 = f"{prefix}{n + 1:06d}{vi:02d}"
                sku = f"{style_id}-{code}-{size}"
                variants.append({
                    "sku": sku,
                    "gtin": first12 + ean13_check_digit(first12),
                    "size": size,
                    "colour": COLOURS[code],
                    "price": {"amount_minor": price, "currency": "EUR"},
                })
                style.skus.append(sku)
                style.sizes.append(size)
                style.colours.append(COLOURS[code])
        composition = rng.choice(COMPOSITION[cat.material])
        description = f"{name} signé {brand}, {rng.choice(FIT)}. Composition : {composition}."
        style.row = {
            "style_id": style_id,
            "name": name,
            "brand": brand,
            "category": cat.name,
            "description": description,
            "image_url": None,
            "variants": variants,
            "version": 0,
        }
        return style

    def __len__(self) -> int:
        return len(self.skus)

    def name_of(self, variant: int) -> str:
        return self.styles[self.variant_style[variant]].name

    def price_of(self, variant: int) -> int:
        return self.styles[self.variant_style[variant]].price

    def pick_variant(self, rng: Random, sizes: dict[str, str] | None = None) -> int:
        """A variant of a random style, in the customer's size when the style comes in it."""
        si = int(rng.random() * len(self.styles))
        style = self.styles[si]
        first = self.first_variant[si]
        count = len(style.skus)
        wanted = sizes.get(style.family) if sizes else None
        if wanted is not None and wanted in style.sizes:
            options = [k for k in range(count) if style.sizes[k] == wanted]
            return first + options[int(rng.random() * len(options))]
        return first + int(rng.random() * count)


def _price(rng: Random, lo: int, hi: int) -> int:
    """A shelf price in cents ending like real ones: 49,90 / 59,95 / 60,00."""
    euros = rng.randrange(lo // 10, hi // 10 + 1) * 10 + 9
    cents = rng.choice((90, 90, 90, 95, 0))
    return (euros + 1) * 100 if cents == 0 else euros * 100 + cents
