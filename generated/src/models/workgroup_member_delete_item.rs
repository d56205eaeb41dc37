//! `WorkgroupMemberDeleteItem`, from `beta/schemas/workgroups/WorkgroupMemberDeleteItem.yaml`.

/// `WorkgroupMemberDeleteItem` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct WorkgroupMemberDeleteItem {
    /// Identifier of identity in bulk member add /remove request.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The HTTP response status code returned for an individual  member that is requested for deletion during a bulk delete operation.
    ///
    /// > 204   - Identity is removed from Governance Group members list.
    ///
    /// > 404   - Identity is not member of Governance Group.
    ///
    /// A server's absent or `null` member reads as `0`.
    #[serde(default, deserialize_with = "crate::lenient::null_as_default")]
    pub status: i32,
    /// Human readable status description and containing additional context information about success or failures etc.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub description: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl WorkgroupMemberDeleteItem {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>, status: i32) -> Self {
        WorkgroupMemberDeleteItem {
            id: id.into(),
            status,
            description: None,
            additional_properties: Default::default(),
        }
    }
}
