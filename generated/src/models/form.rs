//! `Form`, from `beta/schemas/FormDetails.yaml`.

use crate::models::Section;

/// `Form` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct Form {
    /// ID of the form
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the form
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// The form title
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub title: Option<String>,
    /// The form subtitle.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub subtitle: Option<String>,
    /// The name of the user that should be shown this form
    #[serde(
        rename = "targetUser",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub target_user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sections: Option<Vec<Section>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Form {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        Form {
            id: None,
            name: None,
            title: None,
            subtitle: None,
            target_user: None,
            sections: None,
            additional_properties: Default::default(),
        }
    }
}
