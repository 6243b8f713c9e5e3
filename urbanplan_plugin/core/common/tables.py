"""Small tables users write by hand (preset, depth-class and damage-curve CSV files): read
once, the same way everywhere."""
import csv


def read_csv_rows(path):
    """Rows of a CSV file as dicts with lower-case, stripped column names and stripped text
    values. Comma, semicolon and tab separators are recognised from the first lines (a
    spreadsheet in a European locale saves with semicolons); a UTF-8 byte-order mark is
    ignored."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        text = fh.read()
    try:
        dialect = csv.Sniffer().sniff(text[:4096] or ",", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [{(k or "").strip().lower(): (v.strip() if isinstance(v, str) else v)
             for k, v in row.items()}
            for row in csv.DictReader(text.splitlines(), dialect=dialect)]
