//! `IdentityAssociationDetailsAssociationDetailsInner`, from `beta/schemas/IdentityAssociationDetails.yaml#/properties/associationDetails/items`.

use crate::models::IdentityEntities;

/// `IdentityAssociationDetailsAssociationDetailsInner` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
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
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentityAssociationDetailsAssociationDetailsInner {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        IdentityAssociationDetailsAssociationDetailsInner {
            association_type: None,
            entities: None,
            additional_properties: Default::default(),
        }
    }
}
