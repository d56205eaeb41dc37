//! `SourceAppCreateDtoAccountSource`, from `beta/schemas/app/SourceAppCreateDto.yaml#/properties/accountSource`.

/// `SourceAppCreateDtoAccountSource` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct SourceAppCreateDtoAccountSource {
    /// The source ID
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(default, deserialize_with = "crate::lenient::string")]
    pub id: String,
    /// The source type, will always be "SOURCE"
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub r#type: Option<String>,
    /// The source name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SourceAppCreateDtoAccountSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>) -> Self {
        SourceAppCreateDtoAccountSource {
            id: id.into(),
            r#type: None,
            name: None,
            additional_properties: Default::default(),
        }
    }
}
