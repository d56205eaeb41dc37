//! `Dataaccess`, from `apis/certification-summaries/schemas/dataaccess.yaml`.

use crate::models::{
    DataaccessCategoriesInner, DataaccessImpactScore, DataaccessPoliciesInner,
};

/// DAS data for the entitlement
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Dataaccess {
    /// List of classification policies that apply to resources the entitlement \ groups has access to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policies: Option<Vec<DataaccessPoliciesInner>>,
    /// List of classification categories that apply to resources the entitlement \ groups has access to
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<DataaccessCategoriesInner>>,
    #[serde(rename = "impactScore", skip_serializing_if = "Option::is_none")]
    pub impact_score: Option<DataaccessImpactScore>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Dataaccess {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Dataaccess {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Dataaccess {
    const NAME: &'static str = "Dataaccess";

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
            "policies" => self.policies = map.next_value()?,
            "categories" => self.categories = map.next_value()?,
            "impactScore" => self.impact_score = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
