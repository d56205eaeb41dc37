//! `Sedbatchrequest`, from `apis/suggested-entitlement-description/schemas/sedbatchrequest.yaml`.

use crate::models::Searchcriteria;

/// Sed Batch Request
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sedbatchrequest {
    /// list of entitlement ids
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<String>>,
    /// list of sed ids
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seds: Option<Vec<String>>,
    /// Search criteria for the batch request.
    #[serde(rename = "searchCriteria", skip_serializing_if = "Option::is_none")]
    pub search_criteria: Option<std::collections::BTreeMap<String, Searchcriteria>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sedbatchrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sedbatchrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sedbatchrequest {
    const NAME: &'static str = "Sedbatchrequest";

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
            "entitlements" => self.entitlements = map.next_value()?,
            "seds" => self.seds = map.next_value()?,
            "searchCriteria" => self.search_criteria = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
