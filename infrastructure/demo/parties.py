"""The demo's parties: collectivités, offices, an ESH (the Société de Coordination and Nantes are
their own situations), and the patrimoine two offices declare."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.collectivite import CollectiviteKind
from domain.landlord import CommuneStock, StockDeclaration
from domain.organisme import OrganismeKind
from infrastructure.demo.loader import DemoLoader

D = Decimal


def record(demo: DemoLoader) -> None:
    c = demo.collectivite
    c("dep-nievre", "Département de la Nièvre", CollectiviteKind.DEPARTEMENT, "58", None)
    c("com-nevers", "Nevers", CollectiviteKind.COMMUNE, "58194", None)
    c("com-cosne", "Cosne-Cours-sur-Loire", CollectiviteKind.COMMUNE, "58086", None)
    c("com-clamecy", "Clamecy", CollectiviteKind.COMMUNE, "58079", None)
    c("metropole-lyon", "Métropole de Lyon", CollectiviteKind.METROPOLE, None, "69")
    c(
        "carene",
        "CARENE – Saint-Nazaire Agglomération",
        CollectiviteKind.COMMUNAUTE_D_AGGLOMERATION,
        None,
        "44",
    )
    c("lorient-agglo", "Lorient Agglomération", CollectiviteKind.COMMUNAUTE_D_AGGLOMERATION, None, "56")
    c("dep-morbihan", "Département du Morbihan", CollectiviteKind.DEPARTEMENT, "56", None)
    c("dep-aisne", "Département de l'Aisne", CollectiviteKind.DEPARTEMENT, "02", None)
    c("com-laon", "Laon", CollectiviteKind.COMMUNE, "02408", None)
    c("com-saint-quentin", "Saint-Quentin", CollectiviteKind.COMMUNE, "02691", None)
    c("com-hirson", "Hirson", CollectiviteKind.COMMUNE, "02381", None)
    c("dep-saone-et-loire", "Département de Saône-et-Loire", CollectiviteKind.DEPARTEMENT, "71", None)
    c("dep-yonne", "Département de l'Yonne", CollectiviteKind.DEPARTEMENT, "89", None)
    c("dep-cote-d-or", "Département de la Côte-d'Or", CollectiviteKind.DEPARTEMENT, "21", None)
    c("com-dijon", "Dijon", CollectiviteKind.COMMUNE, "21231", None)
    o = demo.office
    o("oph-nievre", "Nièvre Habitat", "dep-nievre", date(2008, 1, 1))
    o("oph-lmh", "Lyon Métropole Habitat", "metropole-lyon", date(2015, 1, 1))
    o("oph-glh", "GrandLyon Habitat", "metropole-lyon", date(2015, 1, 1))
    o("oph-emh", "Est Métropole Habitat", "metropole-lyon", date(2015, 1, 1))
    o("oph-silene", "SILENE", "carene", date(2010, 1, 1))
    o("oph-lorient", "Lorient Habitat", "lorient-agglo", date(2017, 1, 1))
    o("oph-bsh", "Bretagne Sud Habitat", "dep-morbihan", date(2009, 1, 1))
    o("oph-opal", "OPAL", "dep-aisne", date(2009, 1, 1))
    o("oph-opac71", "OPAC Saône-et-Loire", "dep-saone-et-loire", date(2009, 1, 1))
    o("oph-domanys", "Domanys", "dep-yonne", date(2009, 1, 1))
    demo.organisme("esh-atlantique", "ESH Atlantique Habitat", OrganismeKind.ESH)
    # Nièvre Habitat's patrimoine at the start of 2022 (the RPLS's figures, rounded): its
    # communes d'implantation follow, in its portfolio and in each collectivité's.
    demo.ledger.parties.declare_stock(
        demo.ids.parties["oph-nievre"],
        StockDeclaration(
            date(2022, 1, 1),
            (CommuneStock("58194", 4200), CommuneStock("58086", 650), CommuneStock("58079", 380)),
            "RPLS au 1er janvier 2022",
        ),
        demo.actor("oph-nievre"),
    )
    # The OPAL's, by the RPLS 2022: its charte « quali-territoire » sets each commune's level.
    demo.ledger.parties.declare_stock(
        demo.ids.parties["oph-opal"],
        StockDeclaration(
            date(2022, 1, 1),
            (CommuneStock("02691", 3100), CommuneStock("02408", 1450), CommuneStock("02381", 420)),
            "RPLS au 1er janvier 2022",
        ),
        demo.actor("oph-opal"),
    )
