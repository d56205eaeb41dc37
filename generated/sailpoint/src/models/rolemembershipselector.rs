//! `Rolemembershipselector`, from `apis/roles/schemas/rolemembershipselector.yaml`.

use crate::models::{
    Rolecriterialevel1, Rolemembershipidentity, Rolemembershipselectortype,
};

/// When present, specifies that the Role is to be granted to Identities which either satisfy specific criteria or which are members of a given list of Identities.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Rolemembershipselector {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Rolemembershipselectortype>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub criteria: Option<Rolecriterialevel1>,
    /// Defines role membership as being exclusive to the specified Identities, when type is IDENTITY_LIST.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identities: Option<Vec<Rolemembershipidentity>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Rolemembershipselector {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Rolemembershipselector {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Rolemembershipselector {
    const NAME: &'static str = "Rolemembershipselector";

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
            "type" => self.r#type = map.next_value()?,
            "criteria" => self.criteria = map.next_value()?,
            "identities" => self.identities = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
