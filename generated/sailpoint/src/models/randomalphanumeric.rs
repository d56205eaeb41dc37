//! `Randomalphanumeric`, from `apis/sources/schemas/randomalphanumeric.yaml`.

use crate::models::{Input, Requiresperiodicrefresh};

/// `Randomalphanumeric` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Randomalphanumeric {
    /// This is an integer value specifying the size/number of characters the random string must contain
    ///
    ///
    /// * This value must be a positive number and cannot be blank
    ///
    ///
    /// * If no length is provided, the transform will default to a value of `32`
    ///
    ///
    /// * Due to identity attribute data constraints, the maximum allowable value is `450` characters
    #[serde(skip_serializing_if = "Option::is_none")]
    pub length: Option<String>,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<Requiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<Input>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Randomalphanumeric {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Randomalphanumeric {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Randomalphanumeric {
    const NAME: &'static str = "Randomalphanumeric";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "length" => self.length = map.next_value_seed(crate::lenient::TextOption)?,
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
