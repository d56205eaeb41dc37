//! Reading a JSON object into a model struct, member by member.
//!
//! Each struct implements [`Object`] (its empty value, and how it reads each declared member)
//! and its `Deserialize` calls [`deserialize`]. serde's derive would do the same job, but it
//! writes a key enum, two visitors and a wrapper type per lenient member into every struct,
//! and buffers the whole object when undeclared members are kept: on a crate of a thousand
//! structs that is most of its build time, and a slower read.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;

use serde::de::{self, Deserializer, MapAccess, Visitor};

/// A struct read from a JSON object.
pub trait Object: Sized {
    /// The struct's name, for an error message.
    const NAME: &'static str;

    /// The value before any member is read: each field as an absent member leaves it.
    fn empty() -> Self;

    /// Reads the value of the member `key` into its field, or an undeclared member into the
    /// struct's `additional_properties`.
    fn member<'de, A: MapAccess<'de>>(
        &mut self,
        key: Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// Reads a `T` from an object; a member that comes twice keeps its last value, as it would
/// in a `serde_json::Value`.
pub fn deserialize<'de, D: Deserializer<'de>, T: Object>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        expecting_object(formatter, T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::empty();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            value.member(key, &mut map)?;
        }
        Ok(value)
    }
}

/// Written once rather than in each struct's visitor: formatting is the larger part of it.
fn expecting_object(formatter: &mut fmt::Formatter, name: &str) -> fmt::Result {
    write!(formatter, "an object for `{name}`")
}

/// A member's name, borrowed from the input where the deserializer can lend it: a declared
/// member is matched without an allocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    /// The name, owned, for a map of undeclared members.
    pub fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl Deref for Key<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a member name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(key)))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key.to_owned())))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(key)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lenient;
    use serde::Deserialize;
    use serde_json::{Map, Value, json};

    /// A struct as the generator writes one: a lenient member, a plain one, undeclared members.
    #[derive(Debug, PartialEq)]
    struct Person {
        name: String,
        age: Option<i64>,
        additional_properties: Map<String, Value>,
    }

    impl Object for Person {
        const NAME: &'static str = "Person";

        fn empty() -> Self {
            Person {
                name: String::new(),
                age: None,
                additional_properties: Map::new(),
            }
        }

        fn member<'de, A: MapAccess<'de>>(
            &mut self,
            key: Key<'de>,
            map: &mut A,
        ) -> Result<(), A::Error> {
            match &*key {
                "name" => self.name = map.next_value_seed(lenient::Text)?,
                "age" => self.age = map.next_value()?,
                _ => {
                    self.additional_properties
                        .insert(key.into_string(), map.next_value()?);
                }
            }
            Ok(())
        }
    }

    impl<'de> de::Deserialize<'de> for Person {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize(deserializer)
        }
    }

    #[test]
    fn declared_members_go_to_their_fields_and_the_rest_is_kept() {
        let json = r#"{"name": 7, "age": null, "team": {"id": "a"}, "name\u0021": true}"#;
        let person: Person = serde_json::from_str(json).unwrap();
        assert_eq!(person.name, "7");
        assert_eq!(person.age, None);
        assert_eq!(
            Value::Object(person.additional_properties),
            json!({"team": {"id": "a"}, "name!": true})
        );
    }

    #[test]
    fn absent_members_keep_the_empty_value_and_the_last_of_twins_wins() {
        let person: Person = serde_json::from_str(r#"{"age": 1, "age": 2}"#).unwrap();
        assert_eq!(
            person,
            Person {
                age: Some(2),
                ..Person::empty()
            }
        );
    }

    #[test]
    fn reads_from_a_value_as_from_text() {
        let value = json!({"name": "Ada", "age": 36});
        let from_value = Person::deserialize(&value).unwrap();
        assert_eq!(from_value, serde_json::from_value::<Person>(value).unwrap());
        assert_eq!(from_value.name, "Ada");
    }

    #[test]
    fn a_value_that_is_no_object_names_the_struct() {
        let error = serde_json::from_str::<Person>("[1]").unwrap_err();
        assert!(
            error.to_string().contains("an object for `Person`"),
            "{error}"
        );
        let error = serde_json::from_str::<Person>(r#"{"age": "x"}"#).unwrap_err();
        assert!(error.to_string().contains("invalid type"), "{error}");
    }

    #[test]
    fn the_path_to_a_bad_member_is_still_found() {
        let body = br#"{"name": "a", "age": {}}"#;
        let failure = crate::request::decode_body::<Person>(body).unwrap_err();
        assert_eq!(failure.path, "age");
    }
}
