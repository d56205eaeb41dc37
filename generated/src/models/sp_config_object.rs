//! `SpConfigObject`, from `beta/schemas/SpConfigObject.yaml`.

use crate::models::SpConfigRules;

/// Response model for object configuration.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SpConfigObject {
    /// Object type the configuration is for.
    #[serde(
        rename = "objectType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub object_type: Option<String>,
    /// List of JSON paths within an exported object of this type, representing references that must be resolved.
    #[serde(
        rename = "referenceExtractors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_extractors: Option<Vec<String>>,
    /// Indicates whether this type of object will be JWS signed and cannot be modified before import.
    #[serde(
        rename = "signatureRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub signature_required: Option<bool>,
    /// Indicates whether this object type must be always be resolved by ID.
    #[serde(
        rename = "alwaysResolveById",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub always_resolve_by_id: Option<bool>,
    /// Indicates whether this is a legacy object.
    #[serde(
        rename = "legacyObject",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub legacy_object: Option<bool>,
    /// Indicates whether there is only one object of this type.
    #[serde(
        rename = "onePerTenant",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub one_per_tenant: Option<bool>,
    /// Indicates whether the object can be exported or is just a reference object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::boolean_option"
    )]
    pub exportable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<SpConfigRules>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SpConfigObject {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        SpConfigObject {
            object_type: None,
            reference_extractors: None,
            signature_required: None,
            always_resolve_by_id: None,
            legacy_object: None,
            one_per_tenant: None,
            exportable: None,
            rules: None,
            additional_properties: Default::default(),
        }
    }
}
