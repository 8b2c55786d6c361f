//! CSV through the csv crate: one rectangular table of records, with the
//! fields their JSON has. A nested object's fields become columns of their
//! own (`years.min`); a list is one cell, its items joined by "; ", and a
//! list of objects is one column per field (`places.name`), each cell its
//! items' values joined the same way, so no cell ever holds JSON.

use serde::Serialize;
use serde_json::Value;
use std::io::{self, Write};

/// A type whose values are the rows of a CSV table. The columns come from
/// the type rather than from the rows, so a table with no rows still has its
/// header, and the header is the same whichever rows a call happens to print
/// (a field that is `null` in every row is still its columns).
pub trait Row: Serialize {
    /// The columns in order; empty for records built at run time, whose
    /// columns are known only from the rows themselves.
    fn columns() -> Vec<String>;
}

impl<T: Row + ?Sized> Row for &T {
    fn columns() -> Vec<String> {
        T::columns()
    }
}

impl Row for Value {
    fn columns() -> Vec<String> {
        Vec::new()
    }
}

/// A value of the type with every optional object present and one item in
/// every list of objects: a `None` or an empty list names no fields, so only
/// such a value shows every column the type can have.
pub trait Specimen {
    fn specimen() -> Self;
}

/// The columns of the specimen's type, for `Row::columns`.
pub fn columns_of<T: Serialize + ?Sized>(specimen: &T) -> Vec<String> {
    let Ok(value) = serde_json::to_value(specimen) else { return Vec::new() };
    let mut columns: Vec<String> = Vec::new();
    for (key, _) in flat(&value) {
        if !columns.contains(&key) {
            columns.push(key);
        }
    }
    columns
}

pub fn write<R: Row>(out: &mut dyn Write, records: &[R]) -> io::Result<()> {
    let rows: Vec<Vec<(String, String)>> =
        records.iter().map(|r| serde_json::to_value(r).map(|v| flat(&v))).collect::<Result<_, _>>()?;
    // The type's columns, then any a row has beyond them (a record built at
    // run time); a field that is null in one record and an object in
    // another is only its parts.
    let mut columns = R::columns();
    for (key, _) in rows.iter().flatten() {
        if !columns.contains(key) {
            columns.push(key.clone());
        }
    }
    let whole = columns.clone();
    columns.retain(|c| !whole.iter().any(|other| other.len() > c.len() + 1 && other.starts_with(&format!("{c}."))));
    if columns.is_empty() {
        // Nothing to name: an empty record would print as `""`, one bogus field.
        return Ok(());
    }
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(&columns).map_err(io_error)?;
    for row in &rows {
        let cell = |c: &String| row.iter().find(|(k, _)| k == c).map_or("", |(_, v)| v.as_str()).to_string();
        w.write_record(columns.iter().map(cell).map(|c| defuse(&super::clean(&c)))).map_err(io_error)?;
    }
    w.flush()
}

/// The write error itself where there is one: the csv crate's own
/// conversion wraps it, and a closed pipe would read as a failure.
fn io_error(e: ::csv::Error) -> io::Error {
    match e.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A text cell a spreadsheet would run as a formula (it starts with `=`,
/// `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, the OWASP
/// rule for CSV injection; numbers, negative ones included, stay numbers.
fn defuse(cell: &str) -> String {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula && cell.parse::<f64>().is_err() { format!("'{cell}") } else { cell.to_string() }
}

/// One record's cells by column name.
fn flat(record: &Value) -> Vec<(String, String)> {
    let mut cells = Vec::new();
    flatten("", record, &mut cells);
    cells
}

fn flatten(prefix: &str, value: &Value, cells: &mut Vec<(String, String)>) {
    match value {
        Value::Object(fields) => {
            for (key, v) in fields {
                let name = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                flatten(&name, v, cells);
            }
        }
        Value::Array(items) => {
            // Each item flattened as if it stood alone, then one cell per
            // column holding every item's value in order; an item without
            // the field keeps its place with an empty value, so the n-th
            // value of `places.name` and of `places.area` are one place's.
            let each: Vec<Vec<(String, String)>> = items.iter().map(|item| flat_under(prefix, item)).collect();
            let mut names: Vec<&str> = Vec::new();
            for (key, _) in each.iter().flatten() {
                if !names.contains(&key.as_str()) {
                    names.push(key);
                }
            }
            if names.is_empty() {
                cells.push((prefix.to_string(), String::new()));
            }
            for name in names {
                let values: Vec<&str> = each
                    .iter()
                    .map(|item| item.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str()))
                    .collect();
                cells.push((name.to_string(), values.join("; ")));
            }
        }
        Value::Null => cells.push((prefix.to_string(), String::new())),
        Value::String(s) => cells.push((prefix.to_string(), s.clone())),
        other => cells.push((prefix.to_string(), other.to_string())),
    }
}

fn flat_under(prefix: &str, value: &Value) -> Vec<(String, String)> {
    let mut cells = Vec::new();
    flatten(prefix, value, &mut cells);
    cells
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn csv(records: &[Value]) -> String {
        let mut buf = Vec::new();
        write(&mut buf, records).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn a_list_of_objects_is_a_column_per_field_with_each_item_in_its_place() {
        let record =
            json!({"id": 1, "places": [{"name": "Seattle", "area": "42660"}, {"name": "Austin", "area": null}]});
        assert_eq!(csv(&[record]), "id,places.name,places.area\n1,Seattle; Austin,42660; \n");
    }

    #[test]
    fn no_cell_holds_json_however_deep_the_nesting() {
        let record =
            json!({"from": [{"s": "a", "places": [{"name": "x"}]}, {"s": "b", "places": []}], "n": [1, [2, 3]]});
        let text = csv(&[record]);
        assert!(!text.contains(['{', '[']), "{text}");
        assert_eq!(text, "from.s,from.places.name,n\na; b,x; ,1; 2; 3\n");
    }

    #[test]
    fn an_empty_list_and_an_empty_table_print_no_bogus_field() {
        assert_eq!(csv(&[]), "");
    }

    #[derive(Serialize)]
    struct Inner {
        min: Option<u8>,
    }

    #[derive(Serialize)]
    struct Record {
        id: u8,
        years: Option<Inner>,
        tags: Vec<Inner>,
    }

    impl Row for Record {
        fn columns() -> Vec<String> {
            columns_of(&Record { id: 0, years: Some(Inner { min: None }), tags: vec![Inner { min: None }] })
        }
    }

    #[test]
    fn the_type_names_the_columns_with_no_rows_or_only_empty_ones() {
        let mut buf = Vec::new();
        write::<Record>(&mut buf, &[]).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "id,years.min,tags.min\n");
        let mut buf = Vec::new();
        write(&mut buf, &[Record { id: 1, years: None, tags: Vec::new() }]).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "id,years.min,tags.min\n1,,\n");
    }
}
