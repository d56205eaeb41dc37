//! `TransformsLookup`, from `apis/transforms/schemas/lookup.yaml`.

use crate::models::{TransformsInput, TransformsRequiresperiodicrefresh};

/// `TransformsLookup` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct TransformsLookup {
    /// This is a JSON object of key-value pairs. The key is the string that will attempt to be matched to the input, and the value is the output string that should be returned if the key is matched
    ///
    ///
    /// >**Note** the use of the optional default key value here; if none of the three countries in the above example match the input string, the transform will return "Unknown Region" for the attribute that is mapped to this transform.
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

impl TransformsLookup {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(table: serde_json::Map<String, serde_json::Value>) -> Self {
        TransformsLookup {
            table,
            requires_periodic_refresh: None,
            input: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for TransformsLookup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for TransformsLookup {
    const NAME: &'static str = "TransformsLookup";

    #[inline]
    fn empty() -> Self {
        TransformsLookup {
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
