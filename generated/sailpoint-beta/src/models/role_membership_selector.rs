//! `RoleMembershipSelector`, from `v3/schemas/access/RoleMembershipSelector.yaml`.

use crate::models::{
    RoleCriteriaLevel1, RoleMembershipIdentity, RoleMembershipSelectorType,
};

/// When present, specifies that the Role is to be granted to Identities which either satisfy specific criteria or which are members of a given list of Identities.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct RoleMembershipSelector {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RoleMembershipSelectorType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub criteria: Option<RoleCriteriaLevel1>,
    /// Defines role membership as being exclusive to the specified Identities, when type is IDENTITY_LIST.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identities: Option<Vec<RoleMembershipIdentity>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMembershipSelector {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for RoleMembershipSelector {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for RoleMembershipSelector {
    const NAME: &'static str = "RoleMembershipSelector";

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
