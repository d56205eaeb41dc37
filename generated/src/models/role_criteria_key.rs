//! `RoleCriteriaKey`, from `v3/schemas/access/RoleCriteriaKey.yaml`.

use crate::models::RoleCriteriaKeyType;

/// Refers to a specific Identity attribute, Account attibute, or Entitlement used in Role membership criteria
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RoleCriteriaKey {
    pub r#type: RoleCriteriaKeyType,
    /// The name of the attribute or entitlement to which the associated criteria applies.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub property: String,
    /// ID of the Source from which an account attribute or entitlement is drawn. Required if type is ACCOUNT or ENTITLEMENT
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub source_id: Option<String>,
}

impl RoleCriteriaKey {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(r#type: RoleCriteriaKeyType, property: impl Into<String>) -> Self {
        RoleCriteriaKey {
            r#type,
            property: property.into(),
            source_id: None,
        }
    }
}
