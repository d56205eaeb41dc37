//! `IdentityOwnershipAssociationDetails`, from `beta/schemas/IdentityOwnershipAssociationDetails.yaml`.

use crate::models::IdentityOwnershipAssociationDetailsAssociationDetailsInner;

/// `IdentityOwnershipAssociationDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityOwnershipAssociationDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityOwnershipAssociationDetails {
            association_details: None,
            additional_properties: Default::default(),
        }
    }
}
