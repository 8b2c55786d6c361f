//! Writes a serializable value as a Rust constant expression, so the build
//! script can hand the binary its built-in data as statics: nothing to
//! decode or allocate at start-up (#5). It knows the model's shapes: every
//! string is a `Text`, every sequence a `List` (a borrowed slice), every
//! struct and enum is named as the model names it; unit variants are
//! written back from their kebab-case names.

use serde::ser::{self, Impossible, Serialize};
use std::fmt::{self, Write};

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

/// `value` as a Rust expression.
pub fn to_rust<T: Serialize>(value: &T) -> Result<String, Error> {
    let mut out = String::new();
    value.serialize(Literal { out: &mut out })?;
    Ok(out)
}

struct Literal<'o> {
    out: &'o mut String,
}

fn unsupported(what: &str) -> Error {
    Error(format!("the model has no {what}; teach build/literal.rs to write it"))
}

/// "at-least" → "AtLeast", as `#[serde(rename_all = "kebab-case")]` undoes.
fn pascal(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
        })
        .collect()
}

/// Integers are written with their type's suffix, as a field of that type
/// expects.
macro_rules! integers {
    ($($method:ident: $ty:ident),* $(,)?) => {
        $(fn $method(self, v: $ty) -> Result<(), Error> {
            write!(self.out, "{v}{}", stringify!($ty)).map_err(ser::Error::custom)
        })*
    };
}

impl<'o> ser::Serializer for Literal<'o> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Seq<'o>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Struct<'o>;
    type SerializeStructVariant = Impossible<(), Error>;

    // `Text` writes itself as a string to readable formats.
    fn is_human_readable(&self) -> bool {
        true
    }

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        write!(self.out, "{v}").map_err(ser::Error::custom)
    }
    integers! {
        serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
        serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64,
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.serialize_f64(f64::from(v))
    }
    // `{:?}` writes the shortest text that reads back as the same f64.
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(Error(format!("{v} has no literal")));
        }
        write!(self.out, "{v:?}f64").map_err(ser::Error::custom)
    }
    fn serialize_char(self, _: char) -> Result<(), Error> {
        Err(unsupported("char"))
    }
    // `{:?}` escapes quotes, backslashes and control characters.
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write!(self.out, "Text::from_static({v:?})").map_err(ser::Error::custom)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(unsupported("bytes"))
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.push_str("None");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.out.push_str("Some(");
        value.serialize(Literal { out: self.out })?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(unsupported("unit"))
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Err(unsupported("unit struct"))
    }
    fn serialize_unit_variant(self, name: &'static str, _: u32, variant: &'static str) -> Result<(), Error> {
        write!(self.out, "{name}::{}", pascal(variant)).map_err(ser::Error::custom)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, _: &T) -> Result<(), Error> {
        Err(unsupported("newtype struct"))
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(unsupported("newtype variant"))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Seq<'o>, Error> {
        self.out.push_str("Cow::Borrowed(&[");
        Ok(Seq { out: self.out })
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(unsupported("tuple"))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(unsupported("tuple struct"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(unsupported("tuple variant"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(unsupported("map"))
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Struct<'o>, Error> {
        write!(self.out, "{name} {{").map_err(ser::Error::custom)?;
        Ok(Struct { out: self.out })
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(unsupported("struct variant"))
    }
}

struct Seq<'o> {
    out: &'o mut String,
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Literal { out: self.out })?;
        self.out.push_str(",\n");
        Ok(())
    }

    fn end(self) -> Result<(), Error> {
        self.out.push_str("])");
        Ok(())
    }
}

struct Struct<'o> {
    out: &'o mut String,
}

impl ser::SerializeStruct for Struct<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        write!(self.out, " {key}: ").map_err(ser::Error::custom)?;
        value.serialize(Literal { out: self.out })?;
        self.out.push(',');
        Ok(())
    }

    fn end(self) -> Result<(), Error> {
        self.out.push_str(" }");
        Ok(())
    }
}
