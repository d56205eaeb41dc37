//! `IdentityAssociationDetailsAssociationDetailsInner`, from `beta/schemas/IdentityAssociationDetails.yaml#/properties/associationDetails/items`.

use crate::models::IdentityEntities;

/// `IdentityAssociationDetailsAssociationDetailsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityAssociationDetailsAssociationDetailsInner {
    /// association type with the identity
    #[serde(
        rename = "associationType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub association_type: Option<String>,
    /// the specific resource this identity has ownership on
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<IdentityEntities>>,
}

impl IdentityAssociationDetailsAssociationDetailsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityAssociationDetailsAssociationDetailsInner {
            association_type: None,
            entities: None,
        }
    }
}
