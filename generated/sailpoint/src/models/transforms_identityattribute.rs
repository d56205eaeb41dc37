//! `TransformsIdentityattribute`, from `apis/transforms/schemas/identityattribute.yaml`.

use crate::models::{TransformsInput, TransformsRequiresperiodicrefresh};

/// `TransformsIdentityattribute` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TransformsIdentityattribute {
    /// The system (camel-cased) name of the identity attribute to bring in
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<TransformsRequiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<TransformsInput>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TransformsIdentityattribute {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(name: impl Into<String>) -> Self {
        TransformsIdentityattribute {
            name: name.into(),
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for TransformsIdentityattribute {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TransformsIdentityattribute {
    const NAME: &'static str = "TransformsIdentityattribute";

    #[inline]
    fn empty() -> Self {
        TransformsIdentityattribute {
            name: Default::default(),
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
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
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
