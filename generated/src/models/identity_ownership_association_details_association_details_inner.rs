//! `IdentityOwnershipAssociationDetailsAssociationDetailsInner`, from `beta/schemas/IdentityOwnershipAssociationDetails.yaml#/properties/associationDetails/items`.

use crate::models::IdentityEntities;

/// `IdentityOwnershipAssociationDetailsAssociationDetailsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityOwnershipAssociationDetailsAssociationDetailsInner {
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

impl IdentityOwnershipAssociationDetailsAssociationDetailsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityOwnershipAssociationDetailsAssociationDetailsInner {
            association_type: None,
            entities: None,
        }
    }
}
