//! `SourceAppCreateDtoAccountSource`, from `beta/schemas/app/SourceAppCreateDto.yaml#/properties/accountSource`.

/// `SourceAppCreateDtoAccountSource` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SourceAppCreateDtoAccountSource {
    /// The source ID
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
}

impl SourceAppCreateDtoAccountSource {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new(id: impl Into<String>) -> Self {
        SourceAppCreateDtoAccountSource {
            id: id.into(),
            r#type: None,
            name: None,
        }
    }
}
