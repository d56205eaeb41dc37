//! `V3ApprovalStatusDtoOriginalOwner`, from `v3/schemas/ApprovalStatusDto.yaml#/properties/originalOwner`.

use crate::models::V3ApprovalStatusDtoOriginalOwnerType;

/// Identity of orginal approval owner.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct V3ApprovalStatusDtoOriginalOwner {
    /// DTO type of original approval owner's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<V3ApprovalStatusDtoOriginalOwnerType>,
    /// ID of original approval owner's identity.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Display name of original approval owner.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl V3ApprovalStatusDtoOriginalOwner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3ApprovalStatusDtoOriginalOwner {
            r#type: None,
            id: None,
            name: None,
        }
    }
}
