//! `BaseReferenceDto`, from `beta/schemas/BaseReferenceDto.yaml`.

/// `BaseReferenceDto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BaseReferenceDto {
    /// the application ID
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub id: Option<String>,
    /// the application name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::lenient::string_option"
    )]
    pub name: Option<String>,
}

impl BaseReferenceDto {
    /// Builds the value from its required fields; the optional ones start empty.
    pub fn new() -> Self {
        BaseReferenceDto {
            id: None,
            name: None,
        }
    }
}
