//! `RoleMembershipSelector`, from `v3/schemas/access/RoleMembershipSelector.yaml`.

use crate::models::{
    RoleCriteriaLevel1, RoleMembershipIdentity, RoleMembershipSelectorType,
};

/// When present, specifies that the Role is to be granted to Identities which either satisfy specific criteria or which are members of a given list of Identities.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleMembershipSelector {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<RoleMembershipSelectorType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria: Option<RoleCriteriaLevel1>,
    /// Defines role membership as being exclusive to the specified Identities, when type is IDENTITY_LIST.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identities: Option<Vec<RoleMembershipIdentity>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleMembershipSelector {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleMembershipSelector {
            r#type: None,
            criteria: None,
            identities: None,
            additional_properties: Default::default(),
        }
    }
}
