//! `TransformsReplaceall`, from `apis/transforms/schemas/replaceall.yaml`.

use crate::models::{TransformsInput, TransformsRequiresperiodicrefresh};

/// `TransformsReplaceall` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TransformsReplaceall {
    /// An attribute of key-value pairs. Each pair identifies the pattern to search for as its key, and the replacement string as its value.
    ///
    /// A server's absent or `null` member reads as an empty map.
    pub table: serde_json::Map<String, serde_json::Value>,
    #[serde(rename = "requiresPeriodicRefresh", skip_serializing_if = "Option::is_none")]
    pub requires_periodic_refresh: Option<TransformsRequiresperiodicrefresh>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<TransformsInput>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl TransformsReplaceall {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(table: serde_json::Map<String, serde_json::Value>) -> Self {
        TransformsReplaceall {
            table,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for TransformsReplaceall {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TransformsReplaceall {
    const NAME: &'static str = "TransformsReplaceall";

    #[inline]
    fn empty() -> Self {
        TransformsReplaceall {
            table: Default::default(),
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
            "table" => {
                self.table = map.next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
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
