//! `Configurationitemresponse`, from `apis/work-reassignment/schemas/configurationitemresponse.yaml`.

use crate::models::{Configurationdetailsresponse, Identity2};

/// The response body of a Reassignment Configuration for a single identity
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Configurationitemresponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity2>,
    /// Details of how work should be reassigned for an Identity
    #[serde(rename = "configDetails", skip_serializing_if = "Option::is_none")]
    pub config_details: Option<Vec<Configurationdetailsresponse>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Configurationitemresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Configurationitemresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Configurationitemresponse {
    const NAME: &'static str = "Configurationitemresponse";

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
            "identity" => self.identity = map.next_value()?,
            "configDetails" => self.config_details = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
