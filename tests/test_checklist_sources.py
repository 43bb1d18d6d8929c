"""The construction matrix of sources: templates x fillers, one row per construction.

Each row of the table in ``docs/sources.md`` ("The construction matrix") is a
construction of Spanish news writing that credits (or does not credit) a source. Its
cells put several fillers into several wordings: names of several origins (compound
surnames, particles, initials, hyphens, accents), roles, institutions, outlets,
reporting verbs in several tenses and moods, the quotation marks of several countries,
white-space noise. The expected sources follow ``ANNOTATION.md``: one entry per entity,
under its most complete name, with its kind. A parsed name matches an expected one as
the scorer matches them: equal, or holding it whole (an article before it is allowed).

Every sentence here was written for this file. Cells the parser misses are listed in
``KNOWN_MISSES`` with the reason, as strict xfails.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from _credit import Expected, matches
from noticiaparse import parse_sources

Cell = tuple[str, str, str, Expected]

PERSON = frozenset({"person"})
ORG = frozenset({"organization"})
MEDIA = frozenset({"media"})
DOC = frozenset({"document"})
ANON = frozenset({"anonymous"})

# (role before the name, full name, the form a later mention uses)
PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("la ministra de Salud", "María José Gutiérrez", "Gutiérrez"),
    ("el senador", "Juan Pablo de la Fuente", "De la Fuente"),
    ("la dirigente alemana", "Ursula von der Leyen", "Von der Leyen"),
    ("el gobernador de Nuevo León", "Samuel García Sepúlveda", "García Sepúlveda"),
    ("el economista", "Joaquín Ibáñez-Ríos", "Ibáñez-Ríos"),
    ("la jueza federal", "Ana C. Romero", "Romero"),
    ("la congresista peruana", "Rosa Quispe Mamani", "Quispe"),
    ("el alcalde de San Juan", "Miguel Romero Lugo", "Romero Lugo"),
)

# (mention, expected name)
ORGS: tuple[tuple[str, str], ...] = (
    ("la Fiscalía General de la Nación", "Fiscalía General de la Nación"),
    ("el Ministerio de Economía", "Ministerio de Economía"),
    ("la Corte Suprema", "Corte Suprema"),
    ("la empresa Petrobras", "Petrobras"),
    ("el Banco Central de Reserva del Perú", "Banco Central de Reserva del Perú"),
    ("la Cámara de Comercio de Bogotá", "Cámara de Comercio de Bogotá"),
    ("la Policía Nacional", "Policía Nacional"),
    ("la Universidad de Antioquia", "Universidad de Antioquia"),
)

# (mention, expected name)
OUTLETS: tuple[tuple[str, str], ...] = (
    ("el diario El Tiempo", "El Tiempo"),
    ("el periódico Clarín", "Clarín"),
    ("La Jornada", "La Jornada"),
    ("la agencia EFE", "EFE"),
    ("el portal Infobae", "Infobae"),
    ("el diario El Nuevo Día", "El Nuevo Día"),
    ("la cadena Univision", "Univision"),
    ("Radio Caracol", "Radio Caracol"),
)

# a finite reporting verb in several tenses and moods, singular
VERBS: tuple[str, ...] = (
    "dijo",
    "aseguró",
    "ha señalado",
    "habría confirmado",
    "informaba",
    "sostiene",
    "había advertido",
    "explicó",
)

CLAUSES: tuple[str, ...] = (
    "el proyecto será votado en marzo",
    "la obra se retrasará dos meses",
    "no habrá alza de tarifas este año",
    "los contagios bajaron por tercera semana",
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _one(name: str, kinds: frozenset[str]) -> Expected:
    return ((name, kinds),)


def _rows() -> Iterator[Cell]:  # noqa: C901, PLR0912, PLR0915  (one table, written out)
    n = len(CLAUSES)
    # 1. según + person, role and name
    for i, (role, name, _) in enumerate(PEOPLE):
        yield (
            "segun-person",
            f"{i}",
            f"Según {role} {name}, {CLAUSES[i % n]}.",
            _one(name, PERSON),
        )
    # 2. según + organisation, de acuerdo con/a + organisation
    for i, (org, name) in enumerate(ORGS):
        lead = ("Según", "De acuerdo con", "De acuerdo a", "Conforme a")[i % 4]
        yield ("segun-organization", f"{i}", f"{lead} {org}, {CLAUSES[i % n]}.", _one(name, ORG))
    # 3. según + outlet, at the start or after the clause
    for i, (outlet, name) in enumerate(OUTLETS):
        if i % 2:
            text = f"{_cap(CLAUSES[i % n])}, según {outlet}."
        else:
            text = f"Según {outlet}, {CLAUSES[i % n]}."
        yield ("segun-media", f"{i}", text, _one(name, MEDIA))
    # 4. other attribution phrases with a person
    phrases = ("En palabras de", "A juicio de", "En opinión de", "A decir de")
    for i, (role, name, _) in enumerate(PEOPLE):
        lead = phrases[i % len(phrases)]
        text = f"{lead} {role} {name}, {CLAUSES[i % n]}."
        text = text.replace(" de el ", " del ")
        yield ("opinion-phrase", f"{i}", text, _one(name, PERSON))
    # 5. "Para X," as the sentence's frame
    for i, (role, name, _) in enumerate(PEOPLE):
        yield ("para-frame", f"{i}", f"Para {role} {name}, {CLAUSES[i % n]}.", _one(name, PERSON))
    # 6. subject before its reporting verb, tenses and moods
    for i, (role, name, _) in enumerate(PEOPLE):
        verb = VERBS[i % len(VERBS)]
        text = f"{_cap(role)} {name} {verb} que {CLAUSES[i % n]}."
        yield ("subject-verb", f"{i}", text, _one(name, PERSON))
    # 7. inverted: the clause, then the verb, then the subject
    for i, (role, name, _) in enumerate(PEOPLE):
        verb = (
            "dijo",
            "aseguró",
            "explicó",
            "ha señalado",
            "indicó",
            "precisó",
            "afirmó",
            "añadió",
        )[i]
        text = f"{_cap(CLAUSES[i % n])}, {verb} {role} {name}."
        yield ("verb-subject", f"{i}", text, _one(name, PERSON))
    # 8. an organisation as the verb's subject, either order
    for i, (org, name) in enumerate(ORGS):
        verb = (
            "informó",
            "indicó",
            "reveló",
            "confirmó",
            "ha informado",
            "advirtió",
            "precisó",
            "aseguró",
        )[i]
        if i % 2:
            text = f"{_cap(CLAUSES[i % n])}, {verb} {org}."
        else:
            text = f"{_cap(org)} {verb} que {CLAUSES[i % n]}."
        yield ("organization-verb", f"{i}", text, _one(name, ORG))
    # 9. an outlet publishes, reveals, spreads
    for i, (outlet, name) in enumerate(OUTLETS):
        verb = (
            "publicó",
            "reveló",
            "informó",
            "difundió",
            "reportó",
            "consignó",
            "publica",
            "adelantó",
        )[i]
        if i % 2:
            text = f"{_cap(CLAUSES[i % n])}, {verb} {outlet}."
        else:
            text = f"{_cap(outlet)} {verb} que {CLAUSES[i % n]}."
        yield ("media-verb", f"{i}", text, _one(name, MEDIA))
    # 10. an inverted verb opening the sentence
    for i, (outlet, name) in enumerate(OUTLETS[:4]):
        verb = ("Informó", "Reveló", "Publicó", "Confirmó")[i]
        yield (
            "verb-first",
            f"media{i}",
            f"{verb} {outlet} que {CLAUSES[i % n]}.",
            _one(name, MEDIA),
        )
    for i, (org, name) in enumerate(ORGS[:4]):
        verb = ("Informó", "Ha confirmado", "Indicó", "Advirtió")[i]
        yield ("verb-first", f"org{i}", f"{verb} {org} que {CLAUSES[i % n]}.", _one(name, ORG))
    # 11. citado por X: the person and the outlet
    for i, ((role, name, _), (outlet, oname)) in enumerate(zip(PEOPLE, OUTLETS, strict=True)):
        cited = "citada" if role.startswith("la ") else "citado"
        text = f"{_cap(role)} {name}, {cited} por {outlet}, aseguró que {CLAUSES[i % n]}."
        yield ("cited-by", f"{i}", text, ((name, PERSON), (oname, MEDIA)))
    # 12. consultado por [medio], X dijo
    for i, ((role, name, _), (outlet, oname)) in enumerate(zip(PEOPLE, OUTLETS, strict=True)):
        cons = "Consultada" if role.startswith("la ") else "Consultado"
        text = f"{cons} por {outlet}, {role} {name} dijo que {CLAUSES[i % n]}."
        yield ("consulted-by", f"{i}", text, ((oname, MEDIA), (name, PERSON)))
    # 13. en declaraciones a / en entrevista con [medio]: a channel, not a source
    frames = ("En declaraciones a", "En entrevista con", "En diálogo con", "En declaraciones a")
    for i, ((role, name, _), (outlet, _oname)) in enumerate(zip(PEOPLE, OUTLETS, strict=True)):
        frame = frames[i % len(frames)]
        text = f"{frame} {outlet}, {role} {name} aseguró que {CLAUSES[i % n]}."
        text = text.replace(" a el ", " al ")
        yield ("channel", f"{i}", text, _one(name, PERSON))
    # 14. words given to the publishing outlet: it is no source of itself
    own = ("a este medio", "a este diario", "a esta redacción", "a EL HERALDO")
    for i, (role, name, _) in enumerate(PEOPLE):
        verb = ("explicó", "dijo", "contó", "aseguró")[i % 4]
        if i % 2:
            text = f"{_cap(role)} {name} {verb} {own[i % 4]} que {CLAUSES[i % n]}."
        else:
            text = f"«{_cap(CLAUSES[i % n])}», {verb} {own[i % 4]} {role} {name}."
        yield ("own-outlet", f"{i}", text, _one(name, PERSON))
    # 15. documents that state
    docs = (
        ("Un informe de la Contraloría", "advierte que", "Un informe de la Contraloría"),
        (
            "Un estudio de la Universidad de Chile",
            "concluyó que",
            "Un estudio de la Universidad de Chile",
        ),
        ("Datos del INE", "muestran que", "Datos del INE"),
        ("La resolución", "establece que", "La resolución"),
        ("El comunicado", "señala que", "El comunicado"),
        ("La encuesta de Datum", "revela que", "La encuesta de Datum"),
        ("Un reporte del Banco Mundial", "indica que", "Un reporte del Banco Mundial"),
        ("El decreto", "dispone que", "El decreto"),
    )
    for i, (subject, verb, name) in enumerate(docs):
        yield ("document", f"{i}", f"{subject} {verb} {CLAUSES[i % n]}.", _one(name, DOC))
    # 16. anonymous sources
    anon = (
        ("Fuentes policiales informaron que", "Fuentes policiales"),
        ("Una fuente cercana a la investigación dijo que", "Una fuente cercana a la investigación"),
        ("Fuentes del Ministerio de Defensa confirmaron que", "Fuentes del Ministerio de Defensa"),
        (
            "Un funcionario que pidió no ser identificado aseguró que",
            "Un funcionario que pidió no ser identificado",
        ),
        ("Según fuentes judiciales,", "fuentes judiciales"),
        ("De acuerdo con fuentes diplomáticas,", "fuentes diplomáticas"),
    )
    for i, (lead, name) in enumerate(anon):
        yield ("anonymous", f"{i}", f"{lead} {CLAUSES[i % n]}.", _one(name, ANON))
    # 17. groups of people as the verb's subject
    groups = (
        ("Los vecinos denunciaron que", "Los vecinos", PERSON),
        ("Los trabajadores del puerto aseguraron que", "Los trabajadores del puerto", PERSON),
        ("Los padres de familia reclamaron que", "Los padres de familia", PERSON),
        ("Los transportistas advirtieron que", "Los transportistas", PERSON),
        ("La oposición criticó que", "La oposición", PERSON | ORG),
        ("Los expertos coinciden en que", "Los expertos", PERSON),
    )
    for i, (lead, name, kinds) in enumerate(groups):
        yield ("group", f"{i}", f"{lead} {CLAUSES[i % n]}.", _one(name, kinds))
    # 18. one entry per entity: acronym and expansion
    acronyms = (
        ("la Organización Panamericana de la Salud", "OPS", "la OPS"),
        ("el Instituto Nacional de Estadística", "INE", "el INE"),
        ("la Comisión Económica para América Latina", "Cepal", "la Cepal"),
        ("el Servicio de Impuestos Internos", "SII", "el SII"),
    )
    for i, (full, acr, short) in enumerate(acronyms):
        text = (
            f"{_cap(full)} ({acr}) informó que {CLAUSES[i % n]}. "
            f"Además, {short} advirtió que la situación seguirá."
        )
        yield ("acronym", f"{i}", text, _one(full.split(" ", 1)[1], ORG))
    # 19. one entry per entity: a generic noun naming the institution again
    anaphora = (
        ("el Fondo Monetario Internacional", "el organismo", "Fondo Monetario Internacional", ORG),
        ("la Corte Constitucional", "el tribunal", "Corte Constitucional", ORG),
        ("la empresa Aguas Andinas", "la compañía", "Aguas Andinas", ORG),
        ("el diario El Comercio", "el medio", "El Comercio", MEDIA),
        ("la Municipalidad de Arequipa", "la alcaldía", "Municipalidad de Arequipa", ORG),
        ("el Tribunal Superior de Justicia", "la corte", "Tribunal Superior de Justicia", ORG),
    )
    for i, (first, again, name, kinds) in enumerate(anaphora):
        text = (
            f"{_cap(first)} advirtió que {CLAUSES[i % n]}. "
            f"{_cap(again)} precisó que la cifra podría cambiar."
        )
        yield ("coreference", f"{i}", text, _one(name, kinds))
    # 20. one entry per person: the surname or short form later
    for i, (role, name, short) in enumerate(PEOPLE):
        text = (
            f"{_cap(role)} {name} dijo que {CLAUSES[i % n]}. "
            f"Más tarde, {short} agregó que no renunciará."
        )
        yield ("short-form-later", f"{i}", text, _one(name, PERSON))
    # 21. a pair is two entries
    pairs = list(zip(PEOPLE[::2], PEOPLE[1::2], strict=True))
    for i, ((r1, n1, _), (r2, n2, _)) in enumerate(pairs):
        if i % 2:
            text = f"Según {r1} {n1} y {r2} {n2}, {CLAUSES[i % n]}."
        else:
            text = f"{_cap(r1)} {n1} y {r2} {n2} aseguraron que {CLAUSES[i % n]}."
        yield ("pair", f"{i}", text, ((n1, PERSON), (n2, PERSON)))
    media_pairs = list(zip(OUTLETS[::2], OUTLETS[1::2], strict=True))
    for i, ((o1, m1), (o2, m2)) in enumerate(media_pairs):
        if i % 2:
            text = f"{_cap(CLAUSES[i % n])}, según {o1} y {o2}."
        else:
            text = f"De acuerdo con {o1} y {o2}, {CLAUSES[i % n]}."
        yield ("pair", f"media{i}", text, ((m1, MEDIA), (m2, MEDIA)))
    for i, ((r1, n1, _), (r2, n2, _)) in enumerate(pairs[:2]):
        text = f"«{_cap(CLAUSES[i % n])}», aseguraron {r1} {n1} y {r2} {n2}."
        yield ("pair", f"after{i}", text, ((n1, PERSON), (n2, PERSON)))
    # 22. people merely mentioned are no source
    for i, (role, name, _) in enumerate(PEOPLE[:6]):
        text = (
            f"{_cap(role)} {name} viajó el lunes a Madrid.",
            f"La policía busca a {name} desde el domingo.",
            f"El informe fue entregado a {role} {name} en Lima.",
            f"{name} llegó a la reunión con una hora de retraso.",
            f"La foto de {role} {name} recorrió las redes.",
            f"Los manifestantes marcharon frente a la casa de {name}.",
        )[i]
        yield ("mentioned-only", f"{i}", text, ())
    # 23. the addressee and a name inside the quotation are no source
    for i, ((_r1, n1, _), (r2, n2, _)) in enumerate(zip(PEOPLE[:4], PEOPLE[4:], strict=True)):
        if i % 2:
            text = f"«{n1} nunca nos escuchó», dijo {r2} {n2}."
        else:
            text = f"{_cap(r2)} {n2} respondió a {n1} que {CLAUSES[i % n]}."
        yield ("not-addressee", f"{i}", text, _one(n2, PERSON))
    # 24. pronouns, common nouns and participles are no source
    common = (
        "Esto confirmó que la economía se recupera.",
        "Eso demuestra que nadie estaba preparado.",
        "Consultado al respecto, el vocero Luis Pardo dijo que no habrá cambios.",
        "Todo indica que el acuerdo se firmará el viernes.",
        "Lo anterior revela que faltó control.",
        "Consultada sobre el tema, la diputada Eva Lindo aseguró que votará a favor.",
    )
    common_expected: tuple[Expected, ...] = (
        (),
        (),
        _one("Luis Pardo", PERSON),
        (),
        (),
        _one("Eva Lindo", PERSON),
    )
    for i, (text, exp) in enumerate(zip(common, common_expected, strict=True)):
        yield ("not-a-pronoun", f"{i}", text, exp)
    # 25. a direct quotation's speaker with each pair of marks
    marks = (("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’"))
    for i, (role, name, _) in enumerate(PEOPLE):
        o, c = marks[i % len(marks)]
        if i < len(marks):
            text = f"{o}No vamos a ceder{c}, afirmó {role} {name}."
        else:
            text = f"{_cap(role)} {name} fue tajante: {o}No vamos a ceder{c}."
        yield ("quote-speaker", f"{i}", text, _one(name, PERSON))
    # 26. white-space noise and position in the paragraph
    for i, (role, name, _) in enumerate(PEOPLE[:6]):
        spaced = name.replace(" ", "\u00a0", 1)
        text = (
            f"La sesión empezó tarde. {_cap(role)} {spaced} dijo que {CLAUSES[i % n]}.",
            f"La sesión empezó tarde.\r\n\r\n{_cap(role)} {name} dijo que {CLAUSES[i % n]}.",
            f"{_cap(CLAUSES[i % n])},\u00a0dijo {role} {name}.",
            f"La sesión empezó tarde y  {role}  {name}  dijo que {CLAUSES[i % n]}.",
            f"Hubo gritos. Luego, {role} {name} aseguró que {CLAUSES[i % n]}.\r\nNadie respondió.",
            f"{_cap(CLAUSES[i % n])}.\r\n«Es un error», dijo {role} {name}.",
        )[i]
        yield ("whitespace-position", f"{i}", text, _one(name, PERSON))
    # 27. an outlet named again by its noun
    outlet_again = (
        ("el diario El Tiempo", "El diario", "El Tiempo"),
        ("la agencia Reuters", "La agencia", "Reuters"),
        ("la cadena Telemundo", "La cadena", "Telemundo"),
        ("el periódico La Nación", "El periódico", "La Nación"),
    )
    for i, (first, again, name) in enumerate(outlet_again):
        text = f"Según {first}, {CLAUSES[i % n]}. {again} añadió que el plan costará más."
        yield ("outlet-again", f"{i}", text, _one(name, MEDIA))

    yield from _more_rows()


def _more_rows() -> Iterator[Cell]:  # noqa: C901  (one table, written out)
    n = len(CLAUSES)
    # 28. the name, then the role set apart by commas, then the verb
    for i, (role, name, _) in enumerate(PEOPLE):
        bare = role.split(" ", 1)[1]
        verb = VERBS[(i + 3) % len(VERBS)]
        yield (
            "name-comma-role",
            f"{i}",
            f"{name}, {bare}, {verb} que {CLAUSES[i % n]}.",
            _one(name, PERSON),
        )
    # 29. the role, then the name set apart by commas
    for i, (role, name, _) in enumerate(PEOPLE):
        verb = VERBS[(i + 5) % len(VERBS)]
        text = f"{_cap(role)}, {name}, {verb} que {CLAUSES[i % n]}."
        if i % 2:
            text = f"«{_cap(CLAUSES[i % n])}», señaló {role}, {name}."
        yield ("role-comma-name", f"{i}", text, _one(name, PERSON))
    # 30. a role alone, when the article names no holder
    roles = (
        ("El ministro de Hacienda", "dijo que"),
        ("La vocera de la Casa Blanca", "aseguró que"),
        ("El fiscal del caso", "ha pedido que se investigue si"),
        ("La alcaldesa", "explicó que"),
        ("El director del hospital", "informó que"),
        ("La jueza", "ha advertido que"),
    )
    for i, (role, verb) in enumerate(roles):
        yield ("role-only", f"{i}", f"{role} {verb} {CLAUSES[i % n]}.", _one(role, PERSON))
    # 31. outlets with an adjective, a time, or as where information came from
    media = (
        ("La cifra es récord, informó este martes el diario español El País.", "El País"),
        ("Según reportó la cadena estadounidense CNN, el acuerdo está cerca.", "CNN"),
        ("De acuerdo con información de la revista Proceso, el contrato fue firmado.", "Proceso"),
        ("La emisora W Radio reveló que el contrato fue firmado en secreto.", "W Radio"),
        ("El sitio Animal Político publicó que el contrato costó el doble.", "Animal Político"),
        (
            "Según publicó ayer el diario chileno La Tercera, el ministro dejará el cargo.",
            "La Tercera",
        ),
        ("El periódico británico The Guardian adelantó que el acuerdo está cerca.", "The Guardian"),
        ("La agencia AFP informó que el puerto seguirá cerrado.", "AFP"),
    )
    for i, (text, name) in enumerate(media):
        yield ("media-forms", f"{i}", text, _one(name, MEDIA))
    # 32. a platform is where the words were posted, not who said them
    for i, (role, name, _) in enumerate(PEOPLE[:6]):
        text = (
            f"{_cap(role)} {name} escribió en X que {CLAUSES[i % n]}.",
            f"En un mensaje en Facebook, {role} {name} aseguró que {CLAUSES[i % n]}.",
            f"{_cap(role)} {name} publicó en su cuenta de Instagram que {CLAUSES[i % n]}.",
            f"A través de sus redes sociales, {role} {name} informó que {CLAUSES[i % n]}.",
            f"{_cap(role)} {name} dijo en un video difundido en TikTok que {CLAUSES[i % n]}.",
            f"Mediante un mensaje en X, {role} {name} confirmó que {CLAUSES[i % n]}.",
        )[i]
        yield ("platform", f"{i}", text, _one(name, PERSON))
    # 33. a short form of an entity already listed is the same entity
    shorts = (
        (
            "el Ministerio de Economía",
            "Desde Economía explicaron que habrá ajustes.",
            "Ministerio de Economía",
        ),
        ("la empresa Petrobras", "La petrolera añadió que habrá ajustes.", "Petrobras"),
        ("el Partido Socialista (PS)", "El PS añadió que habrá ajustes.", "Partido Socialista"),
        (
            "la Universidad de Antioquia",
            "La universidad añadió que habrá ajustes.",
            "Universidad de Antioquia",
        ),
        (
            "la Secretaría de Salud",
            "La dependencia añadió que habrá ajustes.",
            "Secretaría de Salud",
        ),
        (
            "el Banco Central de Reserva del Perú",
            "El Banco Central añadió que habrá ajustes.",
            "Banco Central de Reserva del Perú",
        ),
    )
    for i, (first, later, name) in enumerate(shorts):
        text = f"{_cap(first)} informó que {CLAUSES[i % n]}. {later}"
        yield ("short-entity", f"{i}", text, _one(name, ORG))
    # 34. more anonymous sources
    anon = (
        ("Según fuentes oficiales,", "fuentes oficiales"),
        ("Fuentes cercanas a la negociación indicaron que", "Fuentes cercanas a la negociación"),
        ("Una alta fuente del Ejecutivo aseguró que", "Una alta fuente del Ejecutivo"),
        (
            "Fuentes consultadas por este medio confirmaron que",
            "Fuentes consultadas por este medio",
        ),
        (
            "Un testigo que pidió reserva de su nombre relató que",
            "Un testigo que pidió reserva de su nombre",
        ),
        ("Según fuentes de la investigación,", "fuentes de la investigación"),
        ("Altas fuentes del Gobierno aseguraron que", "Altas fuentes del Gobierno"),
        ("Según diversas fuentes del sector,", "diversas fuentes del sector"),
    )
    for i, (lead, name) in enumerate(anon):
        yield ("anonymous-more", f"{i}", f"{lead} {CLAUSES[i % n]}.", _one(name, ANON))
    # 35. documents after an attribution phrase
    docs = (
        ("Según un informe de la ONU,", "un informe de la ONU", DOC | ORG),
        (
            "De acuerdo con un estudio de la Universidad de Harvard,",
            "un estudio de la Universidad de Harvard",
            DOC | ORG,
        ),
        ("Según el último boletín epidemiológico,", "el último boletín epidemiológico", DOC),
        ("La sentencia señala que", "La sentencia", DOC),
        ("Según la denuncia,", "la denuncia", DOC),
        ("El comunicado de la empresa precisa que", "El comunicado de la empresa", DOC),
    )
    for i, (lead, name, kinds) in enumerate(docs):
        yield ("document-more", f"{i}", f"{lead} {CLAUSES[i % n]}.", _one(name, kinds))
    # 36. more groups of people
    groups = (
        ("Los manifestantes exigieron que", "Los manifestantes"),
        ("Los médicos del hospital denunciaron que", "Los médicos del hospital"),
        ("Habitantes de la zona relataron que", "Habitantes de la zona"),
        ("Los productores de leche advierten que", "Los productores de leche"),
        ("Varios analistas consultados coinciden en que", "Varios analistas consultados"),
        ("Los familiares de las víctimas han denunciado que", "Los familiares de las víctimas"),
    )
    for i, (lead, name) in enumerate(groups):
        yield ("group-more", f"{i}", f"{lead} {CLAUSES[i % n]}.", _one(name, PERSON))
    # 37. names met in the story, credited with nothing
    for i, ((r1, n1, _), (r2, n2, _)) in enumerate(zip(PEOPLE[:4], PEOPLE[4:], strict=True)):
        text = (
            f"La reunión con {r1} {n1} terminó sin acuerdo, dijo {r2} {n2}.",
            f"{_cap(r2)} {n2} se reunió con {n1}. Luego aseguró que {CLAUSES[i % n]}.",
            f"Tras visitar a {n1}, {r2} {n2} afirmó que {CLAUSES[i % n]}.",
            f"{_cap(r2)} {n2} criticó a {r1} {n1} y dijo que {CLAUSES[i % n]}.",
        )[i]
        yield ("mentioned-beside", f"{i}", text, _one(n2, PERSON))

    yield from _wire_rows()


def _wire_rows() -> Iterator[Cell]:
    n = len(CLAUSES)
    # 38. an institution with its country's or level's adjective after its name
    qualified = (
        ("El Gobierno español", "Gobierno español"),
        ("El Ejército israelí", "Ejército israelí"),
        ("El Ministerio de Defensa ruso", "Ministerio de Defensa ruso"),
        ("La Cancillería británica", "Cancillería británica"),
        ("El Ejecutivo uruguayo", "Ejecutivo uruguayo"),
        ("La Policía estatal", "Policía estatal"),
        ("El Gobierno venezolano", "Gobierno venezolano"),
        ("La Fiscalía guatemalteca", "Fiscalía guatemalteca"),
    )
    for i, (subject, name) in enumerate(qualified):
        verb = VERBS[i % len(VERBS)]
        yield (
            "nation-qualified",
            f"{i}",
            f"{subject} {verb} que {CLAUSES[i % n]}.",
            _one(name, ORG),
        )
    # 39. a dateline opening the story: place, date, agency, dash
    datelines: tuple[str, ...] = ("MADRID.- ", "BOGOTÁ (AFP) — ", "CIUDAD DE MÉXICO.– ")
    datelines += ("SAN JUAN – ", "LIMA, 3 mar (EFE).- ", "BUENOS AIRES (Reuters) - ")
    subjects = (
        ("El Gobierno español", "Gobierno español", ORG),
        ("La Fiscalía colombiana", "Fiscalía colombiana", ORG),
        ("La Secretaría de Salud", "Secretaría de Salud", ORG),
        ("La gobernadora Jenniffer González", "Jenniffer González", PERSON),
        ("El Ministerio del Interior", "Ministerio del Interior", ORG),
        ("El presidente Javier Milei", "Javier Milei", PERSON),
    )
    for i, (dateline, (subject, name, kinds)) in enumerate(zip(datelines, subjects, strict=True)):
        text = f"{dateline}{subject} aseguró que {CLAUSES[i % n]}."
        yield ("dateline", f"{i}", text, _one(name, kinds))

    # 40. an institution's name in Spanish with its acronym in another language, and a
    # name whose complement coordinates nouns by "y"
    foreign = (
        ("el Fondo de las Naciones Unidas para la Infancia", "Unicef", "Unicef"),
        (
            "la Organización de las Naciones Unidas para la Alimentación y la Agricultura",
            "FAO",
            "la FAO",
        ),
        (
            "la Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura",
            "Unesco",
            "la Unesco",
        ),
        ("la Organización del Tratado del Atlántico Norte", "OTAN", "la OTAN"),
        ("el Consejo Nacional de Ciencia y Tecnología", "Conacyt", "el Conacyt"),
        ("el Programa de las Naciones Unidas para el Desarrollo", "PNUD", "el PNUD"),
    )
    for i, (full, acr, short) in enumerate(foreign):
        text = f"{_cap(full)} ({acr}) advirtió que {CLAUSES[i % n]}. {_cap(short)} pidió ayuda."
        yield ("acronym-foreign", f"{i}", text, _one(full.split(" ", 1)[1], ORG))

    # 41. two institutions joined by "y"; a firm's name that holds "y"
    institutions: tuple[tuple[str, Expected], ...] = (
        (
            "El Gobierno y Human Rights Watch coincidieron en que hubo abusos.",
            (("Gobierno", ORG), ("Human Rights Watch", ORG)),
        ),
        (
            "Codelco y Antofagasta Minerals informaron pérdidas en el trimestre.",
            (("Codelco", ORG), ("Antofagasta Minerals", ORG)),
        ),
        (
            "La Fiscalía y Medicina Legal confirmaron que hay tres muertos.",
            (("Fiscalía", ORG), ("Medicina Legal", ORG)),
        ),
        ("Según la Cepal y la OIT, el empleo crecerá.", (("Cepal", ORG), ("OIT", ORG))),
        (
            "El Ministerio de Salud y la Fiscalía informaron que hay tres casos.",
            (("Ministerio de Salud", ORG), ("Fiscalía", ORG)),
        ),
        ("Pérez y Compañía anunció que subirá sus precios.", (("Pérez y Compañía", ORG),)),
    )
    for i, (text, expected) in enumerate(institutions):
        yield ("pair-institutions", f"{i}", text, expected)

    # 41b. after a name with its complement, "y" and a body's own name (a cue word or a
    # cue name, with its article; a plural or an acronym with none) open a second one
    bodies: tuple[tuple[str, Expected], ...] = (
        (
            "El Ministerio de Salud y la Cruz Roja informaron que hay tres casos.",
            (("Ministerio de Salud", ORG), ("Cruz Roja", ORG)),
        ),
        (
            "El Ministerio del Interior y Carabineros confirmaron que hay tres detenidos.",
            (("Ministerio del Interior", ORG), ("Carabineros", ORG)),
        ),
        (
            "Según la Secretaría de Salud y la Cruz Roja Mexicana, hay tres heridos.",
            (("Secretaría de Salud", ORG), ("Cruz Roja Mexicana", ORG)),
        ),
        (
            "La Municipalidad de Rosario y Bomberos Voluntarios informaron que hubo un incendio.",
            (("Municipalidad de Rosario", ORG), ("Bomberos Voluntarios", ORG)),
        ),
        (
            "La Gobernación de Antioquia y la Fiscalía confirmaron que hay tres capturados.",
            (("Gobernación de Antioquia", ORG), ("Fiscalía", ORG)),
        ),
        (
            "El Ministerio de Salud y Protección Social informó que hay tres casos.",
            (("Ministerio de Salud y Protección Social", ORG),),
        ),
    )
    for i, (text, expected) in enumerate(bodies):
        yield ("pair-bodies", f"{i}", text, expected)

    # 41c. the holder of a portfolio ("el titular de Hacienda", "la titular de la
    # cartera") is a role; after a fused "del", a modifier before the role ("propio",
    # "entonces") leaves the role its own
    holders: tuple[tuple[str, Expected], ...] = (
        (
            "El titular de la cartera explicó que habrá ajustes.",
            _one("El titular de la cartera", PERSON),
        ),
        ("La titular de Salud advirtió que habrá ajustes.", _one("La titular de Salud", PERSON)),
        (
            (
                "La ministra de Trabajo, Elena Ruiz, visitó la planta. "
                "La titular de la cartera explicó que habrá ajustes."
            ),
            _one("Elena Ruiz", PERSON),
        ),
        ("En palabras del propio ministro Luis Pardo, habrá ajustes.", _one("Luis Pardo", PERSON)),
        (
            "A juicio del entonces alcalde de Osorno, Pedro Soto, habrá ajustes.",
            _one("Pedro Soto", PERSON),
        ),
        ("En opinión de la propia jueza Ana Paz, habrá ajustes.", _one("Ana Paz", PERSON)),
    )
    for i, (text, expected) in enumerate(holders):
        yield ("holder-role", f"{i}", text, expected)

    # 41d. a middle initial's stop ends no sentence: "Ana C. Romero"
    initials: tuple[tuple[str, Expected], ...] = (
        (
            "El alcalde Pedro Soto y la senadora María E. Ortiz aseguraron que habrá ajustes.",
            (("Pedro Soto", PERSON), ("María E. Ortiz", PERSON)),
        ),
        ("Según el fiscal Luis A. Mena, habrá ajustes.", _one("Luis A. Mena", PERSON)),
        (
            "«Habrá ajustes», dijeron la jueza Rosa M. Quispe y el perito Juan Vela.",
            (("Rosa M. Quispe", PERSON), ("Juan Vela", PERSON)),
        ),
    )
    for i, (text, expected) in enumerate(initials):
        yield ("initial", f"{i}", text, expected)

    # 41e. the press as a whole, singular: "la prensa local" is the media
    press = (
        ("Según la prensa local, habrá ajustes.", "la prensa local"),
        ("La prensa británica informó que habrá ajustes.", "La prensa británica"),
    )
    for i, (text, name) in enumerate(press):
        yield ("press", f"{i}", text, _one(name, MEDIA))
    # 41f. a synonym noun names the institution named last ("la corte" after "el
    # Tribunal Supremo"), in the reading layer as in the sources
    yield (
        "coreference",
        "supremo",
        "El Tribunal Supremo advirtió que habrá ajustes. La corte explicó que serán pocos.",
        _one("Tribunal Supremo", ORG),
    )

    # 42. a vague head after the cue, then whose figures or forecast they are
    vague = (
        ("Según el pronóstico del Senamhi,", "Senamhi"),
        ("Según las previsiones de la Comisión Europea,", "Comisión Europea"),
        ("De acuerdo con la proyección del Banco Central,", "Banco Central"),
        ("Según estimaciones del Fondo Monetario Internacional,", "Fondo Monetario Internacional"),
        ("De acuerdo con cifras de la Secretaría de Economía,", "Secretaría de Economía"),
        ("Según datos del Dane,", "Dane"),
    )
    for i, (lead, name) in enumerate(vague):
        yield ("vague-head", f"{i}", f"{lead} {CLAUSES[i % n]}.", _one(name, ORG))

    yield from _club_rows()


def _club_rows() -> Iterator[Cell]:
    n = len(CLAUSES)
    # 43. a sports club is an organisation: a club's word in its name ("Club", "FC",
    # "Real", "Atlético", "Deportivo", "Unión", "Sporting", "Juniors", "United", "City")
    clubs = (
        ("El Real Madrid", "Real Madrid"),
        ("Boca Juniors", "Boca Juniors"),
        ("El Manchester United", "Manchester United"),
        ("El Club América", "Club América"),
        ("Atlético Nacional", "Atlético Nacional"),
        ("El Deportivo Saprissa", "Deportivo Saprissa"),
        ("Unión Española", "Unión Española"),
        ("Sporting Cristal", "Sporting Cristal"),
        ("El Manchester City", "Manchester City"),
        ("River Plate", "River Plate"),
    )
    for i, (subject, name) in enumerate(clubs):
        verb = VERBS[i % len(VERBS)]
        if i % 3 == 1:
            text = f"Según {subject.replace('El ', 'el ', 1)}, {CLAUSES[i % n]}."
        else:
            text = f"{subject} {verb} que {CLAUSES[i % n]}."
        yield ("club", f"{i}", text, _one(name, ORG))


CELLS: tuple[Cell, ...] = tuple(_rows())

# cell id -> why the parser misses it
_BODIES_JOINED = (
    "two bodies joined by 'y' after a name with its complement read as one: the rule that"
    " split them cost three sources on fresh sealed articles (real names join fields by 'y')"
)

KNOWN_MISSES: dict[str, str] = {
    "club-9": "a club's name with no club word and no article ('River Plate') reads as a person's",
    "holder-role-0": "'titular' is no role word: alone it is also a starter or a headline",
    "holder-role-1": "'titular' is no role word: alone it is also a starter or a headline",
    "holder-role-2": "'titular' is no role word: alone it is also a starter or a headline",
    "pair-bodies-0": _BODIES_JOINED,
    "pair-bodies-1": _BODIES_JOINED,
    "pair-bodies-2": _BODIES_JOINED,
    "pair-bodies-3": _BODIES_JOINED,
    "press-0": "'la prensa' (singular) is no media noun for the phrase reader (media_plurals only)",
    "press-1": "'la prensa' (singular) is no media noun for the phrase reader (media_plurals only)",
}


def parsed_matches(text: str, expected: Expected) -> bool:
    """Whether the sources parsed from ``text`` are exactly ``expected`` (name and kind)."""
    return matches([(s.name, s.kind.value) for s in parse_sources(text)], expected)


def _param(cell: Cell) -> object:
    row, num, text, expected = cell
    cid = f"{row}-{num}"
    marks = (
        [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[cid])] if cid in KNOWN_MISSES else []
    )
    return pytest.param(text, expected, id=cid, marks=marks)


@pytest.mark.parametrize(("text", "expected"), [_param(cell) for cell in CELLS])
def test_construction(text: str, expected: Expected) -> None:
    got = [(s.name, s.kind.value) for s in parse_sources(text)]
    assert parsed_matches(text, expected), got


def test_known_misses_are_cells() -> None:
    ids = {f"{row}-{num}" for row, num, _, _ in CELLS}
    assert set(KNOWN_MISSES) <= ids
