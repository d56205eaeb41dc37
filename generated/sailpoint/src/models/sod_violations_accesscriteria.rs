//! `SodViolationsAccesscriteria`, from `apis/sod-violations/schemas/accesscriteria.yaml`.

use crate::models::Conflictingitem;

/// A named set of conflicting access items that together define one side of a separation-of-duties conflict.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SodViolationsAccesscriteria {
    /// The name of the access criteria grouping.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// The list of access items that make up this side of the conflict.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "conflictingItems")]
    pub conflicting_items: Vec<Conflictingitem>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SodViolationsAccesscriteria {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        conflicting_items: Vec<Conflictingitem>,
    ) -> Self {
        SodViolationsAccesscriteria {
            name: name.into(),
            conflicting_items,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for SodViolationsAccesscriteria {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SodViolationsAccesscriteria {
    const NAME: &'static str = "SodViolationsAccesscriteria";

    #[inline]
    fn empty() -> Self {
        SodViolationsAccesscriteria {
            name: Default::default(),
            conflicting_items: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "conflictingItems" => {
                self.conflicting_items = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
