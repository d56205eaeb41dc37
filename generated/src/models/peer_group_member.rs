//! `PeerGroupMember`, from `beta/schemas/PeerGroupMember.yaml`.

/// `PeerGroupMember` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct PeerGroupMember {
    /// A unique identifier for the peer group member.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// The type of the peer group member.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The ID of the peer group.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub peer_group_id: Option<String>,
    /// Arbitrary key-value pairs, belonging to the peer group member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<
        std::collections::BTreeMap<String, serde_json::Map<String, serde_json::Value>>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl PeerGroupMember {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        PeerGroupMember {
            id: None,
            r#type: None,
            peer_group_id: None,
            attributes: None,
            additional_properties: Default::default(),
        }
    }
}
