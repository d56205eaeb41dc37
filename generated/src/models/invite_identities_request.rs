//! `InviteIdentitiesRequest`, from `beta/schemas/InviteIdentitiesRequest.yaml`.

/// `InviteIdentitiesRequest` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct InviteIdentitiesRequest {
    /// The list of Identities IDs to invite - required when 'uninvited' is false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<String>>,
    /// indicator (optional) to invite all unregistered identities in the system within a limit 1000. This parameter makes sense only when 'ids' is empty.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub uninvited: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl InviteIdentitiesRequest {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        InviteIdentitiesRequest {
            ids: None,
            uninvited: None,
            additional_properties: Default::default(),
        }
    }
}
