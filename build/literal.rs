//! Writes a serializable value as a Rust constant expression, so the build
//! script can hand the binary its built-in data as statics: nothing to
//! decode or allocate at start-up (#5). It knows the model's shapes: every
//! string is a `Text` (a span of the string table `pool` is writing), every
//! sequence a `List` (a span of one static pool per element type), every
//! struct and enum is named as the model names it; unit variants are
//! written back from their kebab-case names. The statics hold no pointer,
//! so the dynamic loader has nothing of them to relocate.

use serde::ser::{self, Impossible, Serialize};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
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

/// The items of each element type's pool, as Rust expressions.
type Pools = BTreeMap<&'static str, Vec<String>>;

/// `value` as a Rust expression, and the Rust items its lists index: a
/// static pool for each type named in `pooled` with its `Pooled` impl. Call
/// it inside `pool::writing`, which takes the strings.
pub fn to_rust<T: Serialize>(value: &T, pooled: &[&str]) -> Result<(String, String), Error> {
    let pools = RefCell::new(Pools::new());
    let mut expr = String::new();
    value.serialize(Literal { out: &mut expr, pools: &pools, kind: None })?;
    let mut pools = pools.into_inner();
    let mut items = String::new();
    for ty in pooled {
        let entries = pools.remove(ty).unwrap_or_default();
        let name = format!("POOL_{}", ty.to_uppercase());
        writeln!(items, "static {name}: [{ty}; {}] = [", entries.len()).map_err(ser::Error::custom)?;
        for entry in entries {
            writeln!(items, "{entry},").map_err(ser::Error::custom)?;
        }
        writeln!(
            items,
            "];\nimpl Pooled for {ty} {{\n    fn pool() -> &'static [{ty}] {{\n        &{name}\n    }}\n}}"
        )
        .map_err(ser::Error::custom)?;
    }
    match pools.keys().next() {
        Some(ty) => Err(Error(format!("lists of {ty} need a pool: name it in model.rs's pooled!"))),
        None => Ok((expr, items)),
    }
}

struct Literal<'o> {
    out: &'o mut String,
    pools: &'o RefCell<Pools>,
    /// Set to the value's type when it is an element of a list.
    kind: Option<&'o Cell<&'static str>>,
}

impl Literal<'_> {
    fn is(&self, ty: &'static str) {
        if let Some(kind) = self.kind {
            kind.set(ty);
        }
    }
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
            self.is(stringify!($ty));
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
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.is("Text");
        let (start, len) =
            crate::data::pool::span_of(v).ok_or_else(|| Error("text is written only inside pool::writing".into()))?;
        write!(self.out, "Text::pooled({start}, {len})").map_err(ser::Error::custom)
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
        value.serialize(Literal { out: self.out, pools: self.pools, kind: None })?;
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
        Ok(Seq { out: self.out, pools: self.pools, items: Vec::new(), kind: Cell::new("") })
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
        self.is(name);
        write!(self.out, "{name} {{").map_err(ser::Error::custom)?;
        Ok(Struct { out: self.out, pools: self.pools })
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

/// A list's items are held until its end, when they go into their type's
/// pool side by side: the items of lists inside them are pooled first.
struct Seq<'o> {
    out: &'o mut String,
    pools: &'o RefCell<Pools>,
    items: Vec<String>,
    kind: Cell<&'static str>,
}

impl ser::SerializeSeq for Seq<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let mut item = String::new();
        value.serialize(Literal { out: &mut item, pools: self.pools, kind: Some(&self.kind) })?;
        self.items.push(item);
        Ok(())
    }

    fn end(self) -> Result<(), Error> {
        if self.items.is_empty() {
            self.out.push_str("List::new()");
            return Ok(());
        }
        let mut pools = self.pools.borrow_mut();
        let pool = pools.entry(self.kind.get()).or_default();
        let fits = |n: usize| u32::try_from(n).map_err(|_| Error("a pool outgrew u32".into()));
        let (start, len) = (fits(pool.len())?, fits(self.items.len())?);
        pool.extend(self.items);
        write!(self.out, "List::pooled({start}, {len})").map_err(ser::Error::custom)
    }
}

struct Struct<'o> {
    out: &'o mut String,
    pools: &'o RefCell<Pools>,
}

impl ser::SerializeStruct for Struct<'_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        write!(self.out, " {key}: ").map_err(ser::Error::custom)?;
        value.serialize(Literal { out: self.out, pools: self.pools, kind: None })?;
        self.out.push(',');
        Ok(())
    }

    fn end(self) -> Result<(), Error> {
        self.out.push_str(" }");
        Ok(())
    }
}
