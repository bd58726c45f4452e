"""Which columns of an imported file hold which inquiry fields: the fields and the headers
they are recognised by, the suggestion made from a file's header, a mapping file's
changes to it, and the checks on the result."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from qualifier_app.domain import normalize as norm
from qualifier_app.domain.errors import InvalidInput
from qualifier_app.domain.text import listed, message


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    aliases: tuple[str, ...]
    max_length: int | None = None


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("first_name", message("First name"), ("first name", "firstname", "first",
              "given name", "forename", "vorname", "prenom", "prénom", "primeiro nome", "voornaam",
              "primer nombre", "given names"), 100),
    FieldSpec("last_name", message("Last name"), ("last name", "lastname", "surname", "family name",
              "last", "nachname", "nom", "nom de famille", "sobrenome", "apelido", "apellido",
              "apellidos", "cognome", "achternaam", "familienname", "last names"), 100),
    FieldSpec("full_name", message("Full name"), ("name", "full name", "fullname", "contact",
              "contact name", "person", "attendee", "attendee name", "nome completo",
              "nombre completo", "nombre", "nome", "nombre y apellidos", "nome e sobrenome"),
              200),
    FieldSpec("company", message("Company"), ("company", "company name", "organization",
              "organisation", "organization name", "account", "account name", "employer", "firma",
              "unternehmen", "societe", "société", "business name", "empresa", "azienda", "bedrijf",
              "bedrijfsnaam", "firmenname", "entreprise", "nom de l entreprise", "raison sociale",
              "nome da empresa", "nombre de la empresa", "ragione sociale", "societa",
              "compania", "companhia"), 200),
    FieldSpec("title", message("Job title"), ("title", "job title", "jobtitle", "position",
              "job role", "role", "job", "designation", "function", "cargo", "puesto", "fonction",
              "poste", "titre", "funktion", "berufsbezeichnung", "jobtitel", "ruolo", "qualifica",
              "functie"), 200),
    FieldSpec("email", message("E-mail"), ("email", "e mail", "e mail address", "email address",
              "mail", "emailaddress", "business email", "work email", "courriel", "email 1",
              "user email", "contact email",
              "email 2", "email 3", "email2", "personal email", "private email", "home email",
              "other email", "alternate email", "alternative email", "alt email",
              "secondary email", "second email", "additional email", "office email",
              "personal email address", "secondary email address", "alternate email address",
              "email adresse", "correo", "correo electronico", "correio eletronico", "emailadres",
              "e mailadres", "adresse email", "adresse electronique", "courrier electronique",
              "endereco de email", "direccion de correo", "direccion de email",
              "posta elettronica", "indirizzo email"),
              320),
    FieldSpec("phone", message("Phone"), ("phone", "phone number", "telephone", "telephone number",
              "tel", "business phone", "work phone", "direct phone", "mobile", "mobile phone",
              "mobile number", "cell", "cell phone", "telefon", "telefonnummer", "téléphone",
              "phone 1", "phone 2", "phone 3", "phone2", "telephone 2", "tel 2", "cellphone",
              "cell number", "mobile telephone", "mobile no", "handy", "mobil", "portable",
              "téléphone portable", "work number", "business number", "office phone",
              "office number", "office telephone", "direct dial", "direct line", "direct number",
              "home phone", "other phone", "alternate phone", "alternative phone", "alt phone",
              "secondary phone", "second phone", "additional phone", "phone alternate",
              "telefone", "celular", "telefono", "movil", "telefoon", "telefoonnummer", "mobiel",
              "numero de telephone", "numero de telefono", "numero de telefone",
              "mobile phone number", "cellulare", "telefono cellulare", "tel portable",
              "work phone number", "business phone number", "office phone number",
              "home phone number", "direct phone number", "user phone", "user phone number",
              "contact phone", "contact phone number"), 60),
    FieldSpec("extension", message("Phone extension"), ("ext", "extension", "phone ext",
              "phone extension", "durchwahl", "nebenstelle", "ramal", "interno"), 20),
    FieldSpec("website", message("Website"), ("website", "web site", "url", "web", "homepage",
              "company website", "domain", "web address", "site web", "sitio web", "pagina web",
              "webseite", "internetseite", "sito web"), 200),
    FieldSpec("country", message("Country"), ("country", "country code", "country name", "land",
              "pays", "nation", "country region", "pais", "paese", "nazione"), None),
    FieldSpec("region", message("State or region"), ("state", "region", "province",
              "state province", "state or province", "state region", "county", "bundesland",
              "provincia", "estado", "uf", "departement", "kanton", "provincie", "regione"), None),
    FieldSpec("city", message("City"), ("city", "town", "ort", "stadt", "ville", "locality",
              "cidade", "ciudad", "citta", "plaats", "woonplaats", "localite", "localidad",
              "municipio", "comune"), 120),
    FieldSpec("postal_code", message("Postal code"), ("zip", "zip code", "zipcode", "postal code",
              "postcode", "post code", "plz", "code postal", "zip postal code", "cep",
              "codigo postal", "cap", "codice postale", "postleitzahl", "postnummer"), 20),
    FieldSpec("language", message("Language"), ("language", "lang", "preferred language",
              "sprache", "langue", "idioma", "lingua", "taal"), None),
    FieldSpec("industry", message("Industry"), ("industry", "sector", "vertical", "branche",
              "secteur", "secteur d activite", "setor", "settore", "industria", "rubro", "ramo",
              "wirtschaftszweig"), 120),
    FieldSpec("employees", message("Employees"), ("employees", "company size",
              "number of employees",
              "no of employees", "# employees", "employee count", "headcount", "size",
              "mitarbeiter", "mitarbeiterzahl", "anzahl mitarbeiter", "beschaftigte", "effectif",
              "effectifs", "nombre de salaries", "empleados", "numero de empleados",
              "funcionarios", "numero de funcionarios", "dipendenti", "medewerkers",
              "aantal medewerkers"), None),
    FieldSpec("annual_revenue", message("Annual revenue"), ("annual revenue", "revenue", "turnover",
              "annual sales", "umsatz", "jahresumsatz", "chiffre d affaires", "facturacion",
              "ventas anuales", "faturamento", "receita anual", "fatturato", "omzet"), None),
    FieldSpec("product_interest", message("Product interest"), ("product interest", "product",
              "products", "interest", "interested in", "solution", "solution interest",
              "area of interest", "interesse", "produkt", "produktinteresse", "produit",
              "interet", "producto", "interes", "produto", "prodotto", "interessato a"), 200),
    FieldSpec("inquiry", message("Inquiry"), ("inquiry", "enquiry", "comments", "comment",
              "message", "notes", "note", "question", "request", "description", "demande",
              "commentaire", "commentaires", "nachricht", "anfrage", "kommentar", "bemerkung",
              "mensaje", "comentarios", "comentario", "mensagem", "messaggio", "richiesta",
              "bericht", "opmerkingen"), None),
    FieldSpec("source", message("Source"), ("source", "lead source", "channel", "origin",
              "original source", "herkunft", "quelle", "origine", "fuente", "origen", "fonte",
              "origem", "canal", "kanal", "canale"),
              60),
    FieldSpec("campaign", message("Campaign"), ("campaign", "campaign name", "event",
              "event name", "kampagne", "campagne", "campana", "campanha", "campagna",
              "veranstaltung", "evenement", "evento", "messe"), 120),
    FieldSpec("inquired_at", message("Inquiry date"), ("date", "inquiry date", "enquiry date",
              "created", "created date", "create date", "created at", "submitted",
              "date submitted", "submission date", "timestamp", "scan date", "registered",
              "registration date", "datum", "fecha", "data", "date de la demande",
              "date de creation", "fecha de creacion", "data de criacao", "anfragedatum",
              "erstellt am", "erstelldatum", "created time", "created on", "date created",
              "creation date", "creation time", "submitted at", "submitted on", "submit time",
              "submission time", "lead submit time", "lead created", "lead created date",
              "lead date", "date received", "received at", "conversion date", "signup date",
              "sign up date"), None),
    FieldSpec("consent", message("Consent"), ("consent", "opt in", "optin", "marketing consent",
              "permission", "gdpr consent", "einwilligung", "consentement", "consentimiento",
              "consentimento", "consenso", "toestemming"), None),
)  # fmt: skip
FIELD_NAMES = tuple(spec.name for spec in FIELDS)
FIELD_SPECS = {spec.name: spec for spec in FIELDS}
# Files often hold a person's phone or e-mail in several columns (Phone, Mobile, Direct
# dial; Work e-mail, Personal e-mail): each is read, tried in order, and the first valid one
# is the lead's. Every other field is read from one column.
CONTACT_FIELDS = ("phone", "email")


def header_key(text: str) -> str:
    """A header reduced for recognition: "E-mail Address" → "e mail address"."""
    folded = norm.fold(norm.clean_text(text)).replace("_", " ").replace("-", " ")
    return " ".join(re.sub(r"[^0-9a-z#]+", " ", folded).split())


def _alias_key(text: str) -> str:
    # "E-mail", "E Mail" and "Email" are one word to recognition.
    return re.sub(r"\be mail\b", "email", header_key(text))


_ALIASES = {_alias_key(alias): spec.name for spec in FIELDS for alias in spec.aliases}

# A title with a note in brackets after it, "Phone (mobile)", "E-Mail (work)".
_NOTED = re.compile(r"(.+?)\s*[(\[][^()\[\]]*[)\]]")
# Where a note may change what the column's values mean, "Revenue (USD)", "Umsatz (Mio. €)",
# "Inquiry date (UTC)", the column is not read as the field without it: named as unread.
_NOTE_MATTERS = frozenset({"employees", "annual_revenue", "inquired_at"})


def field_of_title(title: str) -> str | None:
    """The field a column's title names, also with a note in brackets after it where the note
    cannot change what its values mean."""
    name = _ALIASES.get(_alias_key(title))
    if name is None and (noted := _NOTED.fullmatch(norm.clean_text(title))):
        named = _ALIASES.get(_alias_key(noted.group(1)))
        name = None if named in _NOTE_MATTERS else named
    return name


@dataclass(frozen=True)
class ColumnMapping:
    """How a file's columns are read: each field's columns (their indexes), in the order they
    are tried. Only phone and e-mail may have more than one."""

    header: tuple[str, ...]
    columns: Mapping[str, tuple[int, ...]]

    @classmethod
    def of(cls, header: Sequence[str], fields: Sequence[str | None]) -> ColumnMapping:
        """The mapping that reads column i as fields[i]; several columns of a field are tried
        in the file's order."""
        if len(fields) != len(header):
            raise InvalidInput(
                message(
                    "the mapping has {count} columns but the file has {columns}; "
                    "preview the file again",
                    count=len(fields),
                    columns=len(header),
                )
            )
        unknown = sorted({name for name in fields if name and name not in FIELD_SPECS})
        if unknown:
            raise InvalidInput(
                message(
                    "unknown fields {names}; known fields: {join}",
                    names=", ".join(unknown),
                    join=", ".join(FIELD_NAMES),
                )
            )
        columns: dict[str, tuple[int, ...]] = {}
        for index, name in enumerate(fields):
            if name:
                columns[name] = (*columns.get(name, ()), index)
        return cls(tuple(header), columns)

    def fields(self) -> tuple[str | None, ...]:
        """The field each column is read as (None: ignored)."""
        result: list[str | None] = [None] * len(self.header)
        for name, indexes in self.columns.items():
            for index in indexes:
                result[index] = name
        return tuple(result)

    @property
    def indexes(self) -> frozenset[int]:
        """The columns some field is read from."""
        return frozenset(index for indexes in self.columns.values() for index in indexes)

    def titles(self) -> dict[str, str]:
        """Each field's first column as the file names it (for messages)."""
        return {name: self.header[indexes[0]] for name, indexes in self.columns.items()}


# A column titled just "Name" is the full name, unless the file splits the name: beside a
# first-name column it is the surname (German forms: Vorname, Name), beside a surname column
# the given name (Spanish and Portuguese forms: Nombre, Apellidos; Nome, Sobrenome).
_BARE_NAMES = frozenset({"name", "nombre", "nome"})


def suggest_mapping(header: Sequence[str]) -> list[str | None]:
    """The inquiry field for each column, from its header; None where nothing fits. A field
    is given to the first column that claims it, except phone and e-mail, which are given to
    every column that claims them."""
    taken: set[str] = set()
    mapping: list[str | None] = []
    for title in header:
        name = field_of_title(title)
        if name == "full_name" and header_key(title) in _BARE_NAMES:
            name = _bare_name(header)
        if name is None or (name in taken and name not in CONTACT_FIELDS):
            mapping.append(None)
            continue
        taken.add(name)
        mapping.append(name)
    return mapping


def _bare_name(header: Sequence[str]) -> str:
    fields = {field_of_title(title) for title in header}
    if "first_name" in fields and "last_name" not in fields:
        return "last_name"
    if "last_name" in fields and "first_name" not in fields:
        return "first_name"
    return "full_name"


Overrides = Mapping[str, str | Sequence[str] | None]


def apply_overrides(
    header: Sequence[str], mapping: Sequence[str | None], overrides: Overrides
) -> ColumnMapping:
    """Apply a mapping file over the suggestion: {"column header": "field" or null}, and for
    phone and e-mail also {"phone": ["Mobile", "Phone"]}, the columns in the order they are
    tried. A field the file names is read from the columns it names, and no others."""
    fields = list(mapping)
    chosen: dict[str, list[int]] = {}
    for key, value in overrides.items():
        if isinstance(value, str | None):
            indexes = _columns_named(header, key)
            if value not in (None, "") and value not in FIELD_SPECS:
                raise InvalidInput(
                    message(
                        (
                            "the mapping gives column {title!r} an unknown field {name!r}; known "
                            "fields: {join}"
                        ),
                        title=key,
                        name=value,
                        join=", ".join(FIELD_NAMES),
                    )
                )
            for index in indexes:
                fields[index] = None
            if value:
                chosen.setdefault(value, []).extend(indexes)
            continue
        if key not in CONTACT_FIELDS:
            raise InvalidInput(
                message(
                    (
                        "the mapping lists several columns for {name!r}; only {fields} may be "
                        'read from several columns (like {{"phone": ["Mobile", "Phone"]}})'
                    ),
                    name=key,
                    fields=" and ".join(CONTACT_FIELDS),
                )
            )
        for title in value:
            chosen.setdefault(key, []).extend(_columns_named(header, title))
    claimed: dict[int, str] = {}
    for name, indexes in chosen.items():
        for index in indexes:
            if claimed.setdefault(index, name) != name:
                raise InvalidInput(
                    message(
                        "the mapping reads column {title!r} as both {first} and {second}",
                        title=header[index],
                        first=claimed[index],
                        second=name,
                    )
                )
    fields = [None if name in chosen else name for name in fields]
    result = dict(ColumnMapping.of(header, fields).columns)
    for name, indexes in chosen.items():
        result[name] = tuple(dict.fromkeys(indexes))
    return ColumnMapping(tuple(header), result)


def _columns_named(header: Sequence[str], title: object) -> list[int]:
    wanted = header_key(str(title))
    indexes = [index for index, name in enumerate(header) if header_key(name) == wanted]
    if not indexes:
        raise InvalidInput(
            message("the mapping names a column {title!r} that the file does not have", title=title)
        )
    return indexes


def check_mapping(mapping: ColumnMapping) -> None:
    """Refuse a mapping that cannot give a contactable, nameable lead."""
    doubles = sorted(
        name
        for name, indexes in mapping.columns.items()
        if len(indexes) > 1 and name not in CONTACT_FIELDS
    )
    if doubles:
        raise InvalidInput(
            message("several columns are mapped to {columns}", columns=", ".join(doubles))
        )
    fields = set(mapping.columns)
    if not {"phone", "email"} & fields:
        raise InvalidInput(
            message(
                "no column is recognised as phone or e-mail; map one (columns: {columns})",
                columns=", ".join(repr(h) for h in mapping.header),
            )
        )
    if not {"first_name", "last_name", "full_name", "company"} & fields:
        raise InvalidInput(message("no column is recognised as a name or company; map one"))


# A header row names at least this many columns an inquiry is read from: a title row above
# it ("Webinar leads Q3") names none, and a row of data rarely names two.
HEADER_LEAST_COLUMNS = 2


def is_header(cells: Sequence[str], overrides: Overrides | None = None) -> bool:
    """Whether a row of a file is its header: it names enough columns that are known, or
    that a mapping file names."""
    named = {header_key(title) for title in _titles_named(overrides or {})}
    recognised = sum(
        1
        for cell in cells
        if cell.strip() and (field_of_title(cell) is not None or header_key(cell) in named)
    )
    return recognised >= HEADER_LEAST_COLUMNS


def _titles_named(overrides: Overrides) -> list[str]:
    titles: list[str] = []
    for key, value in overrides.items():
        if isinstance(value, str | None):
            titles.append(key)
        else:
            titles.extend(str(title) for title in value)
    return titles


def no_header_found(file_name: str, rows: int) -> InvalidInput:
    """The reason a file whose header is not among its first rows is refused."""
    expected = listed(
        FIELD_SPECS[name].label for name in ("email", "phone", "first_name", "last_name", "company")
    )
    return InvalidInput(
        message(
            "{name}: no header row found; the header must be one of the first {rows} rows "
            "and name a phone or e-mail column and a name or company column (such as "
            "{expected})",
            name=file_name,
            rows=rows,
            expected=expected,
        ),
        "file",
    )
