//! Values as servers really send them: a number, boolean, object or array where the spec
//! declares a string (read as its text, JSON for the last two), `"true"`/`"false"` where it
//! declares a boolean, a lone item where the spec's own example shows one instead of a list,
//! and `null` where a member is required (read as the type's default, as an absent one is).
//! Each is read rather than failing the whole response.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{DeserializeOwned, DeserializeSeed, Error, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde::{Serialize, Serializer};
use serde_json::Value;

/// Reads any value as text, straight from the input: a string as it is, a number or boolean
/// as it is written, an object or array as its JSON, and `null` as no text. Only an object
/// or array is built as a `Value` first.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = String;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("any value, read as text")
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<String, E> {
        Ok(text.to_owned())
    }

    fn visit_string<E: Error>(self, text: String) -> Result<String, E> {
        Ok(text)
    }

    fn visit_bool<E: Error>(self, flag: bool) -> Result<String, E> {
        Ok(flag.to_string())
    }

    fn visit_i64<E: Error>(self, number: i64) -> Result<String, E> {
        Ok(number.to_string())
    }

    fn visit_u64<E: Error>(self, number: u64) -> Result<String, E> {
        Ok(number.to_string())
    }

    fn visit_f64<E: Error>(self, number: f64) -> Result<String, E> {
        // As serde_json writes it, which is how a `Value` would have read it.
        Ok(serde_json::Number::from_f64(number)
            .map_or_else(|| number.to_string(), |n| n.to_string()))
    }

    fn visit_unit<E: Error>(self) -> Result<String, E> {
        Ok(String::new())
    }

    fn visit_none<E: Error>(self) -> Result<String, E> {
        Ok(String::new())
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<String, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, items: A) -> Result<String, A::Error> {
        Ok(Value::deserialize(SeqAccessDeserializer::new(items))?.to_string())
    }

    fn visit_map<A: MapAccess<'de>>(self, members: A) -> Result<String, A::Error> {
        Ok(Value::deserialize(MapAccessDeserializer::new(members))?.to_string())
    }
}

/// Reads a boolean, or `"true"`/`"false"` in any case, straight from the input; `null` is
/// `false`, as an absent member is.
struct FlagVisitor;

impl FlagVisitor {
    fn not_a_boolean<E: Error>(found: &str) -> E {
        E::custom(format!("expected a boolean, found {found}"))
    }
}

impl<'de> Visitor<'de> for FlagVisitor {
    type Value = bool;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a boolean, or `true` or `false` as text")
    }

    fn visit_bool<E: Error>(self, flag: bool) -> Result<bool, E> {
        Ok(flag)
    }

    fn visit_str<E: Error>(self, text: &str) -> Result<bool, E> {
        if text.eq_ignore_ascii_case("true") {
            Ok(true)
        } else if text.eq_ignore_ascii_case("false") {
            Ok(false)
        } else {
            Err(E::custom(format!("`{text}` is not a boolean")))
        }
    }

    fn visit_unit<E: Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_none<E: Error>(self) -> Result<bool, E> {
        Ok(false)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_i64<E: Error>(self, _: i64) -> Result<bool, E> {
        Err(Self::not_a_boolean("a number"))
    }

    fn visit_u64<E: Error>(self, _: u64) -> Result<bool, E> {
        Err(Self::not_a_boolean("a number"))
    }

    fn visit_f64<E: Error>(self, _: f64) -> Result<bool, E> {
        Err(Self::not_a_boolean("a number"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<bool, A::Error> {
        Err(Self::not_a_boolean("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<bool, A::Error> {
        Err(Self::not_a_boolean("an object"))
    }
}

/// A visitor's value, or `None` for `null` (date-times use it too).
pub(crate) struct OrNull<V>(pub(crate) V);

impl<'de, V: Visitor<'de>> Visitor<'de> for OrNull<V> {
    type Value = Option<V::Value>;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(formatter)?;
        formatter.write_str(", or null")
    }

    fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self.0).map(Some)
    }
}

/// For a field of type `String`: `null` reads as an empty string, as an absent member does.
pub fn string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    deserializer.deserialize_any(TextVisitor)
}

/// For a field of type `Option<String>`.
pub fn string_option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    deserializer.deserialize_option(OrNull(TextVisitor))
}

/// For a field of type `bool`: `null` reads as `false`, as an absent member does.
pub fn boolean<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    deserializer.deserialize_any(FlagVisitor)
}

/// For a field of type `Option<bool>`.
pub fn boolean_option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<bool>, D::Error> {
    deserializer.deserialize_option(OrNull(FlagVisitor))
}

fn items<T: DeserializeOwned>(value: Value) -> Result<Vec<T>, String> {
    let items = match value {
        Value::Array(items) => items,
        lone => vec![lone],
    };
    items
        .into_iter()
        .map(|item| T::deserialize(item).map_err(|e| e.to_string()))
        .collect()
}

/// For a field of type `Vec<T>` that may come as a lone `T`; `null` reads as an empty list.
pub fn one_or_many<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    deserializer: D,
) -> Result<Vec<T>, D::Error> {
    match Value::deserialize(deserializer)? {
        Value::Null => Ok(Vec::new()),
        value => items(value).map_err(serde::de::Error::custom),
    }
}

/// For a field of type `Option<Vec<T>>` that may come as a lone `T`.
pub fn one_or_many_option<'de, D: Deserializer<'de>, T: DeserializeOwned>(
    deserializer: D,
) -> Result<Option<Vec<T>>, D::Error> {
    Option::<Value>::deserialize(deserializer)?
        .filter(|v| !v.is_null())
        .map(items)
        .transpose()
        .map_err(serde::de::Error::custom)
}

/// For a required field whose type has a default: `null` reads as that default, as an absent
/// member does.
pub fn null_as_default<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(
    deserializer: D,
) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// Each reader above as a `DeserializeSeed`, for a struct's member reader
/// (`map.next_value_seed(Text)`; see the `object` module).
macro_rules! seed {
    ($(#[$doc:meta])* $seed:ident => $reader:ident: $value:ty) => {
        $(#[$doc])*
        pub struct $seed;

        impl<'de> DeserializeSeed<'de> for $seed {
            type Value = $value;

            fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<$value, D::Error> {
                $reader(deserializer)
            }
        }
    };
}

seed!(
    /// [`string`], for a `String` field.
    Text => string: String
);
seed!(
    /// [`string_option`], for an `Option<String>` field.
    TextOption => string_option: Option<String>
);
seed!(
    /// [`boolean`], for a `bool` field.
    Flag => boolean: bool
);
seed!(
    /// [`boolean_option`], for an `Option<bool>` field.
    FlagOption => boolean_option: Option<bool>
);
/// [`one_or_many`], for a `Vec<T>` field.
pub struct OneOrMany<T>(PhantomData<T>);

/// [`one_or_many_option`], for an `Option<Vec<T>>` field.
pub struct OneOrManyOption<T>(PhantomData<T>);

/// [`null_as_default`], for a required field whose type has a default.
pub struct NullAsDefault<T>(PhantomData<T>);

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for OneOrMany<T> {
    type Value = Vec<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        one_or_many(deserializer)
    }
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for OneOrManyOption<T> {
    type Value = Option<Vec<T>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        one_or_many_option(deserializer)
    }
}

impl<'de, T: Deserialize<'de> + Default> DeserializeSeed<'de> for NullAsDefault<T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        null_as_default(deserializer)
    }
}

/// The generic seeds are stateless, as the unit ones are: `OneOrMany::NEW` and so on.
macro_rules! stateless {
    ($($seed:ident),*) => {
        $(impl<T> $seed<T> {
            pub const NEW: Self = $seed(PhantomData);
        })*
    };
}

stateless!(OneOrMany, OneOrManyOption, NullAsDefault);

/// For a field the spec declares as one item, made a list because its example is one: a list
/// of one is sent as the item, as the spec declares it.
pub fn one_as_item<S: Serializer, T: Serialize>(
    items: &[T],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match items {
        [one] => one.serialize(serializer),
        many => many.serialize(serializer),
    }
}

/// [`one_as_item`] for a field of type `Option<Vec<T>>`.
pub fn one_as_item_option<S: Serializer, T: Serialize>(
    items: &Option<Vec<T>>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match items {
        Some(items) => one_as_item(items, serializer),
        None => serializer.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_value_reads_as_a_string_and_strings_as_booleans() {
        let string =
            |json: &str| string_option(&mut serde_json::Deserializer::from_str(json)).unwrap();
        assert_eq!(string(r#""a""#), Some("a".to_string()));
        assert_eq!(string("30"), Some("30".to_string()));
        assert_eq!(string("true"), Some("true".to_string()));
        assert_eq!(string("null"), None);
        assert_eq!(string(r#"{"a": [1]}"#), Some(r#"{"a":[1]}"#.to_string()));
        assert_eq!(string("[1]"), Some("[1]".to_string()));
        let boolean = |json: &str| boolean_option(&mut serde_json::Deserializer::from_str(json));
        assert_eq!(boolean(r#""true""#).unwrap(), Some(true));
        assert_eq!(boolean("false").unwrap(), Some(false));
        assert!(
            boolean(r#""yes""#)
                .unwrap_err()
                .to_string()
                .contains("not a boolean")
        );
    }

    #[test]
    fn values_read_as_a_value_would_have_read_them() {
        let string =
            |json: &str| string_option(&mut serde_json::Deserializer::from_str(json)).unwrap();
        // Numbers as serde_json writes them, escaped text unescaped.
        assert_eq!(string("1.50"), Some("1.5".to_string()));
        assert_eq!(string("-7"), Some("-7".to_string()));
        assert_eq!(string("18446744073709551615"), Some(u64::MAX.to_string()));
        assert_eq!(string(r#""a\"b""#), Some("a\"b".to_string()));
        // From a `Value` (a list's item read through one), where strings come owned.
        let from_value = |value: Value| string_option(value).unwrap();
        assert_eq!(from_value(serde_json::json!("x")), Some("x".to_string()));
        assert_eq!(from_value(Value::Null), None);
        assert_eq!(
            from_value(serde_json::json!([1, "a"])),
            Some(r#"[1,"a"]"#.to_string())
        );
        let boolean = |json: &str| {
            boolean_option(&mut serde_json::Deserializer::from_str(json)).map_err(|e| e.to_string())
        };
        assert_eq!(boolean(r#""TRUE""#), Ok(Some(true)));
        assert_eq!(boolean("null"), Ok(None));
        assert!(
            boolean("1")
                .unwrap_err()
                .contains("expected a boolean, found a number")
        );
        assert!(boolean("[true]").unwrap_err().contains("found an array"));
        assert!(
            boolean(r#"{"a": 1}"#)
                .unwrap_err()
                .contains("found an object")
        );
        assert_eq!(
            boolean_option(serde_json::json!("false")).unwrap(),
            Some(false)
        );
    }

    #[test]
    fn null_in_a_required_string_or_boolean_reads_as_absent() {
        let string = |json: &str| string(&mut serde_json::Deserializer::from_str(json)).unwrap();
        assert_eq!(string("null"), "");
        assert_eq!(string(r#""a""#), "a");
        let boolean = |json: &str| boolean(&mut serde_json::Deserializer::from_str(json)).unwrap();
        assert!(!boolean("null"));
        assert!(boolean("true"));
    }

    #[test]
    fn null_reads_as_the_default() {
        let number =
            |json: &str| null_as_default::<_, i32>(&mut serde_json::Deserializer::from_str(json));
        assert_eq!(number("null").unwrap(), 0);
        assert_eq!(number("7").unwrap(), 7);
        assert!(number(r#""x""#).is_err());
        let list =
            null_as_default::<_, Vec<String>>(&mut serde_json::Deserializer::from_str("null"))
                .unwrap();
        assert!(list.is_empty());
    }
}

#[cfg(test)]
mod lone_item_tests {
    use super::*;

    #[test]
    fn a_lone_item_reads_as_a_list_of_one() {
        let read = |json: &str| {
            one_or_many_option::<_, u32>(&mut serde_json::Deserializer::from_str(json))
        };
        assert_eq!(read("[1, 2]").unwrap(), Some(vec![1, 2]));
        assert_eq!(read("3").unwrap(), Some(vec![3]));
        assert_eq!(read("null").unwrap(), None);
        assert!(read(r#""x""#).is_err());
    }

    #[test]
    fn a_list_of_one_is_sent_as_the_item() {
        let write = |items: Option<Vec<u32>>| {
            one_as_item_option(&items, serde_json::value::Serializer).unwrap()
        };
        assert_eq!(write(Some(vec![1])), serde_json::json!(1));
        assert_eq!(write(Some(vec![1, 2])), serde_json::json!([1, 2]));
        assert_eq!(write(None), serde_json::Value::Null);
    }
}
