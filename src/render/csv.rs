//! CSV through the csv crate: one rectangular table of records, with the
//! fields their JSON has. A nested object's fields become columns of their
//! own (`years.min`); a list is one cell, its items joined by "; ".

use serde::Serialize;
use serde_json::Value;
use std::io::{self, Write};

pub fn write<T: Serialize + ?Sized>(out: &mut dyn Write, records: &T) -> io::Result<()> {
    let rows: Vec<Vec<(String, String)>> = match serde_json::to_value(records).map_err(io::Error::from)? {
        Value::Array(items) => items.iter().map(flat).collect(),
        one => vec![flat(&one)],
    };
    // Every field any record has, in the order first seen; a field that is
    // null in one record and an object in another is only its parts.
    let mut columns: Vec<&str> = Vec::new();
    for (key, _) in rows.iter().flatten() {
        if !columns.contains(&key.as_str()) {
            columns.push(key);
        }
    }
    let whole: Vec<&str> = columns.clone();
    columns.retain(|c| !whole.iter().any(|other| other.len() > c.len() + 1 && other.starts_with(&format!("{c}."))));
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(&columns).map_err(io_error)?;
    for row in &rows {
        let cell = |c: &&str| row.iter().find(|(k, _)| k == c).map_or("", |(_, v)| v.as_str()).to_string();
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
        other => cells.push((prefix.to_string(), text(other))),
    }
}

fn text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}
