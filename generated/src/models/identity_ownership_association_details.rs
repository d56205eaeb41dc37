//! `IdentityOwnershipAssociationDetails`, from `beta/schemas/IdentityOwnershipAssociationDetails.yaml`.

use crate::models::IdentityOwnershipAssociationDetailsAssociationDetailsInner;

/// `IdentityOwnershipAssociationDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IdentityOwnershipAssociationDetails {
    /// list of all the resource associations for the identity
    #[serde(
        rename = "associationDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub association_details: Option<
        Vec<IdentityOwnershipAssociationDetailsAssociationDetailsInner>,
    >,
}

impl IdentityOwnershipAssociationDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityOwnershipAssociationDetails {
            association_details: None,
        }
    }
}
