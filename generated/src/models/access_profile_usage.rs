//! `AccessProfileUsage`, from `v3/schemas/access/AccessProfileUsage.yaml`.

use crate::models::AccessProfileUsageUsedByInner;

/// `AccessProfileUsage` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessProfileUsage {
    /// ID of the Access Profile that is in use
    #[serde(
        rename = "accessProfileId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub access_profile_id: Option<String>,
    /// List of references to objects which are using the indicated Access Profile
    #[serde(rename = "usedBy", default, skip_serializing_if = "Option::is_none")]
    pub used_by: Option<Vec<AccessProfileUsageUsedByInner>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessProfileUsage {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileUsage {
            access_profile_id: None,
            used_by: None,
            additional_properties: Default::default(),
        }
    }
}
