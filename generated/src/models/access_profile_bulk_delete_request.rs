//! `AccessProfileBulkDeleteRequest`, from `v3/schemas/access/AccessProfileBulkDeleteRequest.yaml`.

/// `AccessProfileBulkDeleteRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct AccessProfileBulkDeleteRequest {
    /// List of IDs of Access Profiles to be deleted.
    #[serde(
        rename = "accessProfileIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_profile_ids: Option<Vec<String>>,
    /// If **true**, silently skip over any of the specified Access Profiles if they cannot be deleted because they are in use. If **false**, no deletions will be attempted if any of the Access Profiles are in use.
    #[serde(
        rename = "bestEffortOnly",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub best_effort_only: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl AccessProfileBulkDeleteRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        AccessProfileBulkDeleteRequest {
            access_profile_ids: None,
            best_effort_only: None,
            additional_properties: Default::default(),
        }
    }
}
