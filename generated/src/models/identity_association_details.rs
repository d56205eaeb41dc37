//! `IdentityAssociationDetails`, from `beta/schemas/IdentityAssociationDetails.yaml`.

use crate::models::IdentityAssociationDetailsAssociationDetailsInner;

/// `IdentityAssociationDetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct IdentityAssociationDetails {
    /// any additional context information of the http call result
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub message: Option<String>,
    /// list of all the resource associations for the identity
    #[serde(
        rename = "associationDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub association_details: Option<
        Vec<IdentityAssociationDetailsAssociationDetailsInner>,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityAssociationDetails {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityAssociationDetails {
            message: None,
            association_details: None,
            additional_properties: Default::default(),
        }
    }
}
