//! CSV through the csv crate: one table. Several sections of the same width
//! become one table with a leading `part` column naming each row's section.

use super::{Section, clean};
use std::io::{self, Write};

pub fn write(out: &mut dyn Write, sections: &[Section]) -> io::Result<()> {
    let Some(first) = sections.first() else { return Ok(()) };
    let several = sections.len() > 1;
    let mut w = ::csv::Writer::from_writer(out);
    let record = |part: Option<&str>, cells: &[String]| -> Vec<String> {
        part.into_iter().chain(cells.iter().map(String::as_str)).map(|c| clean(c).into_owned()).collect()
    };
    w.write_record(record(several.then_some("part"), &first.headers))?;
    for s in sections {
        for row in &s.rows {
            w.write_record(record(several.then_some(s.title.as_str()), row))?;
        }
    }
    w.flush()
}
