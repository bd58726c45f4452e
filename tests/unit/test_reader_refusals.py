"""Spreadsheets the readers cannot read are refused saying what the file is and what to do,
from the file's own bytes; openpyxl's warnings stay off stderr."""

from __future__ import annotations

import re
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest
from openpyxl import Workbook

from qualifier_app.domain.errors import InvalidInput
from qualifier_app.integrations.tabular import read_table

MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_MAIN = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_RELATIONSHIPS = b"http://purl.oclc.org/ooxml/officeDocument/relationships"
COMPOUND_FILE = bytes.fromhex("D0CF11E0A1B11AE1")
# Excel's list validation drawn from another sheet, kept in the sheet's extension list.
X14_VALIDATION = (
    b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    b'<x14:dataValidations count="1" '
    b'xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    b'<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$3'
    b"</xm:f></x14:formula1><xm:sqref>C2:C100</xm:sqref></x14:dataValidation>"
    b"</x14:dataValidations></ext></extLst></worksheet>"
)


def workbook(path: Path, formulas: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Email", "Country"])
    sheet.append(["Ana Lima", "ana@acme.example", '=UPPER("br")' if formulas else "BR"])
    book.save(path)
    return path


def rewritten(
    path: Path, change: Callable[[str, bytes], bytes], leave_out: tuple[str, ...] = ()
) -> Path:
    """The workbook with each part changed, some left out."""
    source = path.with_suffix(".source")
    path.rename(source)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename not in leave_out:
                new.writestr(info.filename, change(info.filename, old.read(info.filename)))
    source.unlink()
    return path


def opendocument(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        # As LibreOffice writes it: first, and stored uncompressed.
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    return path


def refusal(path: Path) -> str:
    with pytest.raises(InvalidInput) as refused:
        read_table(path)
    text = str(refused.value)
    assert "\n" not in text
    return text


def read_without_warnings(path: Path) -> list[list[str]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with read_table(path) as table:
            rows = list(table.rows)
    assert [str(warning.message) for warning in caught] == []
    return rows


def test_an_excel_data_validation_list_is_read_past_without_a_warning(tmp_path: Path) -> None:
    for formulas in (False, True):
        path = rewritten(
            workbook(tmp_path / f"validated-{formulas}.xlsx", formulas),
            lambda name, data: (
                data.replace(b"</worksheet>", X14_VALIDATION)
                if name == "xl/worksheets/sheet1.xml"
                else data
            ),
        )
        rows = read_without_warnings(path)
        assert rows == [["Ana Lima", "ana@acme.example", '=UPPER("br")' if formulas else "BR"]]


def test_a_name_defined_for_a_sheet_no_longer_there_is_read_past_without_a_warning(
    tmp_path: Path,
) -> None:
    # A tool deleted the sheet and left its name: openpyxl warns as it opens the workbook,
    # and opens it once more for a sheet with formulas.
    stale = b'<definedNames><definedName name="Regions" localSheetId="3">Sheet!$A$1</definedName>'
    for formulas in (False, True):
        path = rewritten(
            workbook(tmp_path / f"stale-{formulas}.xlsx", formulas),
            lambda name, data: (
                re.sub(rb"<definedNames ?/>", stale + b"</definedNames>", data)
                if name == "xl/workbook.xml"
                else data
            ),
        )
        rows = read_without_warnings(path)
        assert rows == [["Ana Lima", "ana@acme.example", '=UPPER("br")' if formulas else "BR"]]


@pytest.mark.parametrize("relationships_too", [False, True])
def test_a_strict_open_xml_workbook_is_refused_saying_how_to_save_it(
    tmp_path: Path, relationships_too: bool
) -> None:
    def strict(name: str, data: bytes) -> bytes:
        data = data.replace(MAIN, STRICT_MAIN)
        return data.replace(RELATIONSHIPS, STRICT_RELATIONSHIPS) if relationships_too else data

    path = rewritten(workbook(tmp_path / "strict.xlsx"), strict)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        said = refusal(path)
    assert said == (
        "strict.xlsx is saved as Strict Open XML, which is not read; save it as an Excel "
        "Workbook (.xlsx) or CSV"
    )
    assert caught == []


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        (
            "leads.xlsx",
            b"Name,Email\r\nAna Lima,ana@acme.example\r\n",
            "leads.xlsx is a text (CSV) file, not an XLSX file; name it .csv",
        ),
        (
            "leads.xlsx",
            "Name;Email\r\nJürgen;j@acme.example\r\n".encode("utf-16"),
            "leads.xlsx is a text (CSV) file, not an XLSX file; name it .csv",
        ),
        ("leads.xlsx", b"", "leads.xlsx is empty"),
        (
            "protected.xlsx",
            COMPOUND_FILE + bytes(4088),
            "protected.xlsx is password-protected or an old Excel 97-2003 file, which is not "
            "read; save it without a password as an Excel Workbook (.xlsx) or CSV",
        ),
        (
            "old.xls",
            COMPOUND_FILE + bytes(4088),
            "old.xls: old .xls files are not supported; save it as .xlsx or CSV",
        ),
        (
            "photo.xlsx",
            b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
            "photo.xlsx is not an XLSX file, nor a text file; save it as an Excel Workbook "
            "(.xlsx) or CSV",
        ),
    ],
)
def test_a_file_named_xlsx_that_is_no_zip_archive_says_what_it_is(
    tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert refusal(path) == said


@pytest.mark.parametrize("name", ["budget.ods", "budget.xlsx", "budget.csv"])
def test_an_opendocument_spreadsheet_is_refused_saying_how_to_save_it(
    tmp_path: Path, name: str
) -> None:
    assert refusal(opendocument(tmp_path / name)) == (
        f"{name} is an OpenDocument spreadsheet, which is not read; save it as an Excel "
        "Workbook (.xlsx) or CSV"
    )


def test_an_opendocument_spreadsheet_with_its_mimetype_packed_is_known_too(
    tmp_path: Path,
) -> None:
    path = tmp_path / "budget.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet" * 4)
        archive.writestr("content.xml", "<office:document-content/>")
    assert refusal(path).startswith("budget.xlsx is an OpenDocument spreadsheet")


def test_a_zip_archive_of_other_files_named_xlsx_says_so(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("leads.csv", "Name,Email\nAna,ana@acme.example\n")
    assert refusal(path) == (
        "export.xlsx is a ZIP archive of other files, not an XLSX file; unpack it, or save "
        "the sheet as an Excel Workbook (.xlsx) or CSV"
    )


def test_a_workbook_without_its_sheet_part_is_damaged(tmp_path: Path) -> None:
    path = rewritten(
        workbook(tmp_path / "cut.xlsx"), lambda _, data: data, ("xl/worksheets/sheet1.xml",)
    )
    assert refusal(path) == (
        "cut.xlsx is damaged: it holds no sheet; open it in the spreadsheet and save it "
        "again, or save it as CSV"
    )


def test_a_workbook_listing_no_sheet_is_damaged(tmp_path: Path) -> None:
    path = rewritten(
        workbook(tmp_path / "bare.xlsx"),
        lambda name, data: (
            re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", data)
            if name == "xl/workbook.xml"
            else data
        ),
    )
    assert refusal(path).startswith("bare.xlsx is damaged: it holds no sheet;")


def test_a_readable_workbook_is_still_read(tmp_path: Path) -> None:
    assert read_without_warnings(workbook(tmp_path / "leads.xlsx")) == [
        ["Ana Lima", "ana@acme.example", "BR"]
    ]


def test_a_workbook_that_cannot_be_opened_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = workbook(tmp_path / "locked.xlsx")

    def denied(self: Path, *args: object, **kwargs: object) -> NoReturn:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    assert refusal(path).startswith("locked.xlsx is not a readable XLSX file (")
