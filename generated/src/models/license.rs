//! `License`, from `beta/schemas/License.yaml`.

/// `License` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct License {
    /// Name of the license
    #[serde(
        rename = "licenseId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub license_id: Option<String>,
    /// Legacy name of the license
    #[serde(
        rename = "legacyFeatureName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub legacy_feature_name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl License {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        License {
            license_id: None,
            legacy_feature_name: None,
            additional_properties: Default::default(),
        }
    }
}
