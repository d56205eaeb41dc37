//! `Indexof`, from `apis/sources/schemas/indexof.yaml`.

use crate::models::{Input, Requiresperiodicrefresh};

/// `Indexof` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Indexof {
    /// A substring to search for, searches the entire calling string, and returns the index of the first occurrence of the specified substring.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub substring: String,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<Requiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Indexof {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(substring: impl Into<String>) -> Self {
        Indexof {
            substring: substring.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Indexof {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Indexof {
    const NAME: &'static str = "Indexof";

    #[inline]
    fn empty() -> Self {
        Indexof {
            substring: Default::default(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "substring" => self.substring = map.next_value_seed(crate::lenient::Text)?,
            "requiresPeriodicRefresh" => {
                self.requires_periodic_refresh = map.next_value()?;
            }
            "input" => self.input = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
