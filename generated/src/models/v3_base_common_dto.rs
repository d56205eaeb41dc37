//! `V3BaseCommonDto`, from `v3/schemas/BaseCommonDto.yaml`.

/// `V3BaseCommonDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct V3BaseCommonDto {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// Name of the Object
    #[serde(default, deserialize_with = "crate::lenient::string_option")]
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::datetime::deserialize_option"
    )]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl V3BaseCommonDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        V3BaseCommonDto {
            id: None,
            name: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}
