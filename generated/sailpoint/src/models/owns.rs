//! `Owns`, from `apis/search/schemas/owns.yaml`.

use crate::models::Reference;

/// `Owns` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Owns {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<Reference>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<Reference>>,
    #[serde(rename = "accessProfiles", skip_serializing_if = "Option::is_none")]
    pub access_profiles: Option<Vec<Reference>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Reference>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apps: Option<Vec<Reference>>,
    #[serde(rename = "governanceGroups", skip_serializing_if = "Option::is_none")]
    pub governance_groups: Option<Vec<Reference>>,
    #[serde(rename = "fallbackApprover", skip_serializing_if = "Option::is_none")]
    pub fallback_approver: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Owns {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Owns {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Owns {
    const NAME: &'static str = "Owns";

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
            "sources" => self.sources = map.next_value()?,
            "entitlements" => self.entitlements = map.next_value()?,
            "accessProfiles" => self.access_profiles = map.next_value()?,
            "roles" => self.roles = map.next_value()?,
            "apps" => self.apps = map.next_value()?,
            "governanceGroups" => self.governance_groups = map.next_value()?,
            "fallbackApprover" => {
                self.fallback_approver = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
