//! `RoleTargetDto`, from `beta/schemas/RoleTargetDto.yaml`.

use crate::models::{AccountInfoDto, BaseReferenceDto};

/// `RoleTargetDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct RoleTargetDto {
    /// Source Id and Name related to this assignment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<BaseReferenceDto>,
    #[serde(rename = "accountInfo", default, skip_serializing_if = "Option::is_none")]
    pub account_info: Option<AccountInfoDto>,
    /// Role reference for this account target
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<BaseReferenceDto>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl RoleTargetDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        RoleTargetDto {
            source: None,
            account_info: None,
            role: None,
            additional_properties: Default::default(),
        }
    }
}
