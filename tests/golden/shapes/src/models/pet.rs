//! `Pet`, from `openapi.yaml#/components/schemas/Pet`.

use crate::models::{Cat, Dog};

/// Either a cat (2 fields) or a dog (5 fields).
///
/// The value is whichever alternative it decodes as, tried in this order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Pet {
    Dog(Dog),
    Cat(Cat),
}

impl From<Dog> for Pet {
    fn from(value: Dog) -> Self {
        Pet::Dog(value)
    }
}

impl From<Cat> for Pet {
    fn from(value: Cat) -> Self {
        Pet::Cat(value)
    }
}
